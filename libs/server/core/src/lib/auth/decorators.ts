import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiExtension } from '@nestjs/swagger';
import type { Actie, SubjectType } from '@rmc/shared-authz';

export const PUBLIC_KEY = 'rmc:public';
export const VEREIST_KEY = 'rmc:vereist';
export const ZONDER_TRANSACTIE_KEY = 'rmc:zonder-transactie';

/** Long-lived responses (server-sent events) must not hold the request transaction open; the handler opens its own. */
export const ZonderTransactie = () => SetMetadata(ZONDER_TRANSACTIE_KEY, true);

export interface Vereiste {
  actie: Actie;
  /** A list: any one of these suffices (a route that reads across subjects, such as search; the service filters per subject). */
  subject: SubjectType | readonly SubjectType[] | 'sessie';
}

/** Rare opt-out of authentication (login, set-password, health). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-permission', 'public'));

/**
 * The one permission decorator per route: the guard checks the type-level permission, the service
 * checks the record. Reflected into OpenAPI as x-permission (snapshot-tested).
 */
export const Vereist = (actie: Actie, subject: SubjectType) =>
  applyDecorators(
    SetMetadata(VEREIST_KEY, { actie, subject } satisfies Vereiste),
    ApiExtension('x-permission', `${actie}:${subject}`),
    ApiBearerAuth(),
    ApiCookieAuth(),
  );

/**
 * One permission over several subjects: the route is open to whoever may `actie` at least one of them (search:
 * `read` of Persoon, Melding, Casus or Overleg), and the service admits per subject. TOTP gate as @Vereist.
 */
export const VereistEenVan = (actie: Actie, subjects: readonly SubjectType[]) =>
  applyDecorators(
    SetMetadata(VEREIST_KEY, { actie, subject: subjects } satisfies Vereiste),
    ApiExtension('x-permission', `${actie}:${subjects.join('|')}`),
    ApiBearerAuth(),
    ApiCookieAuth(),
  );

/** Any logged-in user (own session, own profile). */
export const Ingelogd = () =>
  applyDecorators(
    SetMetadata(VEREIST_KEY, { actie: 'read', subject: 'sessie' } satisfies Vereiste),
    ApiExtension('x-permission', 'session'),
    ApiBearerAuth(),
    ApiCookieAuth(),
  );
