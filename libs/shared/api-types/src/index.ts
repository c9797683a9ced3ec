/**
 * Request/response shapes of the REST API under /api/v1 (shared by api and portal).
 * Errors are RFC 9457 problem+json: { type, title, status, detail, errors?: [{ field, message }] }.
 */
import type { OrganisatieSoort, RegioInstellingen, Rol } from '@rmc/shared-domain';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  traceId?: string;
  errors?: { field: string; message: string }[];
}

/** POST /api/v1/auth/login */
export interface LoginRequest {
  email: string;
  wachtwoord: string;
  /** 6-digit TOTP code; required when the previous answer said totpVereist. */
  totp?: string;
}
/** 200: logged in (cookie set; accessToken only for API clients, `ingelogd` for the portal) or asked for the TOTP step. */
export type LoginResponse = { accessToken: string; totpVereist?: false } | { ingelogd: true; totpVereist?: false } | { totpVereist: true };

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

export interface RegioDto {
  id: string;
  naam: string;
  contactgemeente: { code: string; naam: string };
  gemeenten: { code: string; naam: string }[];
  instellingen: RegioInstellingen;
  actief: boolean;
}
/** PATCH /api/v1/regio/instellingen */
export type RegioInstellingenUpdate = Partial<RegioInstellingen>;

export interface OrganisatieDto {
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  gemeenteCode: string | null;
  actief: boolean;
}
/** POST /api/v1/organisaties ; PATCH /api/v1/organisaties/:id (naam, actief) */
export interface OrganisatieCreate {
  naam: string;
  soort: OrganisatieSoort;
  gemeenteCode?: string;
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

export interface PersoonDto {
  id: string;
  bsn?: string;
  voornaam?: string;
  achternaam?: string;
  geboortedatum?: string;
  postcode?: string;
  gemeenteCode?: string;
  telefoon?: string;
  email?: string;
}
export interface PersoonCreate {
  bsn: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  telefoon?: string;
  email?: string;
}

export interface InstellingDto {
  id: string;
  naam: string;
  brin: string;
  vestigingen: { id: string; naam: string; plaats: string; postcode: string }[];
}

/** Platform administration: GET/POST /api/v1/platform/regios, PATCH /api/v1/platform/regios/:id */
export interface PlatformRegioCreate {
  naam: string;
  contactgemeenteCode: string;
  gemeenteCodes: string[];
}
export interface PlatformRegioDto {
  id: string;
  naam: string;
  contactgemeenteCode: string;
  gemeenteCodes: string[];
  actief: boolean;
  aantalGebruikers: number;
}
/** POST /api/v1/platform/regios/:id/coordinatoren -> invites the region's first coördinator */
export interface PlatformCoordinatorUitnodiging {
  email: string;
  naam: string;
}

export interface Paged<T> {
  items: T[];
  total: number;
}
