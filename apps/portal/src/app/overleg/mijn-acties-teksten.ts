import type { MijnActie } from './overleg.api';

/** The case of an action: there its status is kept up to date (region: the plan; partner: its own actions). */
export function actieLink(a: MijnActie): string {
  return `/casussen/${encodeURIComponent(a.casusId)}`;
}

/**
 * ", waarvan N te laat" over the loaded rows. Overdue actions come first (by deadline), so while every
 * loaded row is overdue and more pages exist, the true number is at least N.
 */
export function teLaatTekst(acties: readonly MijnActie[], meer: boolean): string {
  const teLaat = acties.filter((a) => a.teLaat).length;
  if (!teLaat) return '';
  return meer && teLaat === acties.length ? `, waarvan minstens ${teLaat} te laat` : `, waarvan ${teLaat} te laat`;
}
