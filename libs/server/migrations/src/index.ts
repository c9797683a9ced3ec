import { CASUS_MIGRATIES } from '@rmc/server-casus/migrations';
import { DATABASE_MIGRATIES, ordenMigraties, voerMigratiesUit } from '@rmc/server-database';
import { IDENTITY_MIGRATIES } from '@rmc/server-identity/migrations';
import { JONGERE_MIGRATIES } from '@rmc/server-jongere/migrations';
import { MELDINGEN_MIGRATIES } from '@rmc/server-meldingen/migrations';
import { NOTIFICATIES_MIGRATIES } from '@rmc/server-notificaties/migrations';
import { OVERLEG_MIGRATIES } from '@rmc/server-overleg/migrations';
import { PERSONEN_MIGRATIES } from '@rmc/server-personen/migrations';
import { RAPPORTAGE_MIGRATIES } from '@rmc/server-rapportage/migrations';
import { SSO_MIGRATIES } from '@rmc/server-sso/migrations';

/**
 * Every migration, in one list ordered by timestamp: the historical cross-context ones of
 * `libs/server/database` and the migrations folder of each context (`libs/server/<ctx>/src/migrations/`,
 * imported through `@rmc/server-<ctx>/migrations`). A new context adds its list here. Only the migrate
 * step (CLI, test setup, tools) imports this lib; no context depends on it.
 */
export const MIGRATIONS = ordenMigraties(
  DATABASE_MIGRATIES,
  CASUS_MIGRATIES,
  MELDINGEN_MIGRATIES,
  NOTIFICATIES_MIGRATIES,
  RAPPORTAGE_MIGRATIES,
  IDENTITY_MIGRATIES,
  JONGERE_MIGRATIES,
  SSO_MIGRATIES,
  PERSONEN_MIGRATIES,
  OVERLEG_MIGRATIES,
);

/** Runs all pending migrations as the owner and makes sure the app login role is a member of APP_ROLE. */
export function migrate(ownerUrl: string, appUrl: string): Promise<string[]> {
  return voerMigratiesUit(ownerUrl, appUrl, MIGRATIONS);
}
