import type { AppAbility } from '@rmc/shared-authz';
import type { Rol } from '@rmc/shared-domain';

/** The verified actor of a request or job. Never built from a header, path or body. */
export interface Actor {
  gebruikerId: string;
  sessieId: string | null;
  lidmaatschapId: string;
  rol: Rol;
  regioId: string | null;
  organisatieId: string | null;
  vestigingId: string | null;
  /** The instelling of the vestiging (school users). */
  instellingId: string | null;
  naam: string;
  email: string;
  /** The region requires TOTP and this user has not set it up: only the setup routes are open. */
  totpInstellenVereist: boolean;
  /** Partners: active shares with their organisation, loaded per request. */
  delingen?: Array<{ casusId: string; secties: string[] }>;
  /** Role `jongere`: the young person of the session (their own dossier only; RLS reads it as `app_persoon()`). */
  persoonId?: string | null;
}

/** Typed part of the request store (the transaction itself is kept untyped by Db). */
export interface ClsStore {
  traceId: string;
  herkomst: string;
  actor?: Actor;
  ability?: AppAbility;
  [key: symbol]: unknown;
}
