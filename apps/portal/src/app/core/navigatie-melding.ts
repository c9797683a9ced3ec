import { inject } from '@angular/core';
import { Router } from '@angular/router';

/**
 * A one-off message handed to the next page in the navigation state ("U bent uitgelogd.").
 * Navigation state instead of a query parameter: nothing ends up in the URL or in server logs.
 * Call in an injection context (field initialiser or constructor).
 */
export function navigatieMelding(): string | null {
  const state = inject(Router).currentNavigation()?.extras.state ?? (history.state as Record<string, unknown> | null);
  const melding = state?.['melding'];
  return typeof melding === 'string' ? melding : null;
}

/** Only same-app paths are followed after login: an open redirect to another site is refused. */
export function veiligTerugPad(pad: string | null | undefined): string {
  if (!pad || !pad.startsWith('/') || pad.startsWith('//') || pad.startsWith('/inloggen')) return '/';
  return pad;
}
