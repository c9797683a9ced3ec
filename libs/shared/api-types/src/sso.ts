/** Single sign-on (OIDC per organisation): the login buttons, the TOTP step after SSO, logout, provider admin. */

/** GET /api/v1/auth/sso/providers (public): the active providers, for the "Inloggen met …" buttons. */
export interface SsoKnop {
  id: string;
  /** Shown as "Inloggen met <naam>". */
  naam: string;
}

/** POST /api/v1/auth/sso/totp (public; the SSO cookie names the login in progress) */
export interface SsoTotpRequest {
  totp: string;
}

/** POST /api/v1/auth/sso/uitloggen: the session is ended; the portal goes to `redirectUrl` (the provider's logout) when set. */
export interface SsoUitloggenResponse {
  redirectUrl: string | null;
}

/** One identity provider as the region (or the platform) manages it. The client secret is never returned. */
export interface IdentiteitsproviderDto {
  id: string;
  naam: string;
  /** Region provider: the organisation it serves; school provider: the instelling. */
  organisatieId: string | null;
  organisatieNaam: string | null;
  instellingId: string | null;
  instellingNaam: string | null;
  issuer: string;
  clientId: string;
  /** Whether a client secret is stored (always true; the secret itself never leaves the server). */
  clientSecretIngesteld: boolean;
  domeinen: string[];
  gebruikerClaim: string;
  /** `acr` values that count as multi-factor authentication (besides an `amr` with mfa, otp, hwk, …). */
  mfaAcr: string[];
  wachtwoordLoginUit: boolean;
  actief: boolean;
  /** What to register at the provider. */
  redirectUri: string;
  backchannelLogoutUri: string;
  postLogoutRedirectUri: string;
}

/** POST /api/v1/identiteitsproviders */
export interface IdentiteitsproviderCreateRequest {
  naam: string;
  /** Region: one of its organisations. Platform: leave out and give `instellingId`. */
  organisatieId?: string;
  instellingId?: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  domeinen: string[];
  gebruikerClaim?: string;
  mfaAcr?: string[];
  wachtwoordLoginUit?: boolean;
}

/** PATCH /api/v1/identiteitsproviders/{id}: every field optional; `clientSecret` only when it changes. */
export interface IdentiteitsproviderUpdateRequest {
  naam?: string;
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  domeinen?: string[];
  gebruikerClaim?: string;
  mfaAcr?: string[];
  wachtwoordLoginUit?: boolean;
  actief?: boolean;
}
