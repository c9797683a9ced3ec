/**
 * How a young person proves who they are (docs/jongere-kanaal.md, ADR 0018). The channel does not care:
 * every method ends in a {@link JongereIdentiteit}, and the session service starts the same short session
 * for it. Today: the one-time link from the consulent's invitation and an e-mail code. A DigiD broker (or
 * an OIDC provider marked "DigiD-compatible", see docs/adr/0017-oidc-sso.md) is one more implementation:
 * it verifies the broker's answer, maps the asserted BSN to the person's account, and returns it.
 */
export interface JongereIdentiteit {
  accountId: string;
  persoonId: string;
  regioId: string;
}

export interface JongereAuthenticator<Bewijs> {
  /** Recorded with the session (`jongere_sessie.methode`) and in the login's audit row. */
  readonly methode: string;
  /** The identity behind the proof, or null: one answer for every failure (no enumeration). */
  verifieer(bewijs: Bewijs): Promise<JongereIdentiteit | null>;
}

/** Code length, validity and attempts of the e-mail code. */
export const CODE_CIJFERS = 6;
export const CODE_GELDIG_MS = 10 * 60_000;
export const CODE_MAX_POGINGEN = 5;
/** Codes per account per hour: with 5 attempts each, at most 25 guesses an hour (of a million). */
export const CODES_PER_UUR = 5;
/** The invitation link: one use, 7 days. */
export const LINK_GELDIG_MS = 7 * 24 * 3_600_000;
/** The session: 15 minutes idle, 2 hours at most. */
export const SESSIE_INACTIEF_MS = 15 * 60_000;
export const SESSIE_MAX_MS = 2 * 3_600_000;
