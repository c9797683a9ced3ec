/**
 * Single sign-on rules (docs/adr/0017-oidc-sso.md), pure so both the server and tests use them.
 */

/**
 * `amr` values (RFC 8176) that show a second factor or a phishing-resistant key: when the provider
 * names one of these, the platform's own TOTP is not asked again.
 */
export const MFA_AMR = ['mfa', 'mca', 'otp', 'hwk', 'swk', 'sms', 'tel', 'sc', 'fpt', 'face', 'iris', 'retina'] as const;

/** Whether the ID token asserts multi-factor authentication: an `amr` above, or an `acr` the provider's config names. */
export function idpBevestigtMfa(claims: { amr?: unknown; acr?: unknown }, mfaAcr: readonly string[]): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((a): a is string => typeof a === 'string') : [];
  if (amr.some((a) => (MFA_AMR as readonly string[]).includes(a.toLowerCase()))) return true;
  return typeof claims.acr === 'string' && mfaAcr.includes(claims.acr);
}

/** The domain part of an e-mail address, lower-cased; null when it is not an address. */
export function emailDomein(email: string): string | null {
  const m = /^[^@\s]+@([^@\s]+)$/.exec(email.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether the address's domain is one of the allowed ones (exact, case-insensitive; no sub-domains). */
export function domeinToegestaan(email: string, domeinen: readonly string[]): boolean {
  const d = emailDomein(email);
  return d !== null && domeinen.some((x) => x.trim().toLowerCase() === d);
}

/** An allowed-domain entry: a host name such as `gemeente.nl` (letters, digits, hyphens, dots). */
export function isDomein(waarde: string): boolean {
  return /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(waarde.trim());
}
