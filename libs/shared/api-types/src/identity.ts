/** Identity: login, session, TOTP, password, users and invitations, school-system tokens, preferences. */
import type { Rol } from '@rmc/shared-domain';

/** POST /api/v1/auth/login */
export interface LoginRequest {
  email: string;
  wachtwoord: string;
  /** 6-digit TOTP code; required when the previous answer said totpVereist. */
  totp?: string;
}
/** 200: logged in (cookie set; accessToken only for API clients, `ingelogd` for the portal) or asked for the TOTP step. */
export type LoginResponse =
  { accessToken: string; totpVereist?: false } | { ingelogd: true; totpVereist?: false } | { totpVereist: true };

/** GET /api/v1/auth/me */
export interface MeResponse {
  gebruiker: { id: string; naam: string; email: string; totpActief: boolean };
  regio: { id: string; naam: string } | null;
  organisatie: { id: string; naam: string; soort: string } | null;
  rollen: Rol[];
  /** CASL rules packed with packRules(); unpack in the portal. */
  rules: unknown[];
  /** TOTP is required for this user but not yet set up: portal must show the setup step. */
  totpInstellenVereist: boolean;
}

/** POST /api/v1/auth/totp/instellen -> secret for the authenticator app */
export interface TotpInstellenResponse {
  secret: string;
  otpauthUrl: string;
}
/** POST /api/v1/auth/totp/activeren */
export interface TotpActiverenRequest {
  code: string;
}
/** POST /api/v1/auth/wachtwoord-instellen (public; token from the invitation mail link) */
export interface WachtwoordInstellenRequest {
  token: string;
  wachtwoord: string;
}

export interface GebruikerDto {
  id: string;
  naam: string;
  email: string;
  actief: boolean;
  /** 'uitgenodigd' until the password is set. */
  status: 'uitgenodigd' | 'actief' | 'geblokkeerd';
  lidmaatschappen: { id: string; rol: Rol; organisatieId: string | null; organisatieNaam: string | null }[];
}
/** POST /api/v1/gebruikers/uitnodigingen -> 201 GebruikerDto */
export interface UitnodigingCreate {
  email: string;
  naam: string;
  rol: Rol;
  organisatieId: string;
}
/** PATCH /api/v1/gebruikers/:id */
export interface GebruikerUpdate {
  actief?: boolean;
  naam?: string;
}

/** GET /api/v1/systeemkoppelingen — a school system's API token (never the token itself). */
export interface Systeemkoppeling {
  id: string;
  naam: string;
  aangemaaktOp: string;
  laatstGebruiktOp: string | null;
  ingetrokken: boolean;
}
/** POST /api/v1/systeemkoppelingen */
export interface SysteemkoppelingCreate {
  naam: string;
}
/** The answer to POST: the only time the token is sent. Never store it (no storage, no URL, no state). */
export interface NieuweSysteemkoppeling extends Systeemkoppeling {
  token: string;
}

export type MailVoorkeur = 'direct' | 'dagelijks';
/** PATCH /api/v1/auth/voorkeuren (also its answer). */
export interface VoorkeurenUpdate {
  mailVoorkeur: MailVoorkeur;
}
