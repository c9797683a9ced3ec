/** Pure rules of identity: password policy, session lifetime, login throttling. */

export const MIN_WACHTWOORD_LENGTE = 12;

/** What the password may not contain or be: the user's own address and name, and a list of common passwords. */
export interface WachtwoordContext {
  email?: string | null;
  naam?: string | null;
  /** Lower-case common passwords (the server passes the 10,000 most common, loaded once). */
  veelGebruikt?: { has(wachtwoord: string): boolean };
}

/** Name and address parts shorter than this are not checked (too many false hits: "de", "van", "jan"). */
export const MIN_DEEL_LENGTE = 4;

/** Lower case without diacritics, so "Müller" and "muller" are the same part. */
function gewoon(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function delen(s: string): string[] {
  return gewoon(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((d) => d.length >= MIN_DEEL_LENGTE);
}

/**
 * Returns a Dutch reason when the password is not acceptable, otherwise null. Without a context only
 * the form is checked (the portal does that before sending); the server passes the context.
 */
export function controleerWachtwoord(wachtwoord: string, context: WachtwoordContext = {}): string | null {
  if (typeof wachtwoord !== 'string' || wachtwoord.length < MIN_WACHTWOORD_LENGTE)
    return `Het wachtwoord moet minstens ${MIN_WACHTWOORD_LENGTE} tekens lang zijn.`;
  if (wachtwoord.length > 200) return 'Het wachtwoord mag hoogstens 200 tekens lang zijn.';
  const soorten = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(wachtwoord)).length;
  if (soorten < 3) return 'Gebruik minstens drie van: kleine letters, hoofdletters, cijfers, leestekens.';
  const w = gewoon(wachtwoord);
  if (context.veelGebruikt?.has(wachtwoord.toLowerCase()))
    return 'Dit wachtwoord staat in de lijst van veelgebruikte wachtwoorden. Kies een ander wachtwoord.';
  const email = context.email?.trim();
  if (email) {
    const lokaal = gewoon(email.split('@')[0] ?? '');
    if ((lokaal.length >= MIN_DEEL_LENGTE && w.includes(lokaal)) || delen(lokaal).some((d) => w.includes(d)))
      return 'Het wachtwoord mag (een deel van) uw e-mailadres niet bevatten.';
  }
  if (context.naam && delen(context.naam).some((d) => w.includes(d)))
    return 'Het wachtwoord mag (een deel van) uw naam niet bevatten.';
  return null;
}

export interface SessieTijden {
  aangemaaktOp: Date;
  laatstActiefOp: Date;
  inactiefMinuten: number;
  maxUren: number;
}

/** A session ends at the idle timeout or at the absolute lifetime, whichever comes first. */
export function sessieVerlooptOp(s: SessieTijden): Date {
  const idle = s.laatstActiefOp.getTime() + s.inactiefMinuten * 60_000;
  const absoluut = s.aangemaaktOp.getTime() + s.maxUren * 3_600_000;
  return new Date(Math.min(idle, absoluut));
}

export function sessieIsGeldig(s: SessieTijden, nu: Date): boolean {
  return nu.getTime() < sessieVerlooptOp(s).getTime();
}

/** Failed logins before the account is locked, and the lock grows per further failure. */
export const MAX_MISLUKTE_POGINGEN = 5;
export const BLOKKADE_BASIS_MINUTEN = 15;

/**
 * After a failed login with `mislukt` failures in a row, until when is the account locked?
 * Null means: not locked. The lock doubles per failure beyond the limit, capped at 24 hours.
 */
export function blokkadeTot(mislukt: number, nu: Date): Date | null {
  if (mislukt < MAX_MISLUKTE_POGINGEN) return null;
  const extra = mislukt - MAX_MISLUKTE_POGINGEN;
  const minuten = Math.min(BLOKKADE_BASIS_MINUTEN * 2 ** extra, 24 * 60);
  return new Date(nu.getTime() + minuten * 60_000);
}
