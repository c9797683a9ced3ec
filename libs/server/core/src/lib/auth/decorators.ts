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
  subject: SubjectType | 'sessie';
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

/** Any logged-in user (own session, own profile). */
export const Ingelogd = () =>
  applyDecorators(
    SetMetadata(VEREIST_KEY, { actie: 'read', subject: 'sessie' } satisfies Vereiste),
    ApiExtension('x-permission', 'session'),
    ApiBearerAuth(),
    ApiCookieAuth(),
  );
