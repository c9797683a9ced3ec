/**
 * Moves keyboard focus to an element by id. Used instead of `href="#id"` navigation because with
 * `<base href="/">` a bare fragment link would resolve to "/#id" and leave the current route.
 */
export function focusOpElement(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  if (!element.hasAttribute('tabindex') && !isVanzelfFocusbaar(element)) element.setAttribute('tabindex', '-1');
  element.focus();
  element.scrollIntoView({ block: 'start' });
  return true;
}

function isVanzelfFocusbaar(element: HTMLElement): boolean {
  return ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A'].includes(element.tagName);
}
