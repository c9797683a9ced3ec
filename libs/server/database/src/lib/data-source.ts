import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Migratie } from './migratie-lijst';
import { APP_ROLE } from './sql-helpers';

/**
 * Common options: never synchronize, undefined/null in where clauses throw. Only the migrate step
 * passes the migrations (the ordered list of `libs/server/migrations`); the app and the worker need none.
 */
export function dataSourceOptions(url: string, poolMax: number, migraties: Migratie[] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: migraties,
    migrationsTableName: 'schema_migraties',
    synchronize: false,
    migrationsRun: false,
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: {
      max: poolMax,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 30_000,
      application_name: 'rmc-platform',
    },
  };
}

/**
 * Runs the given pending migrations as the owner and makes sure the app login role is a member of
 * APP_ROLE. Called with the full ordered list by `migrate()` of `@rmc/server-migrations`.
 */
export async function voerMigratiesUit(ownerUrl: string, appUrl: string, migraties: Migratie[]): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(ownerUrl, 2, migraties));
  await ds.initialize();
  try {
    const done = await ds.runMigrations({ transaction: 'each' });
    await ensureAppLogin(ds, appUrl);
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

async function ensureAppLogin(ds: DataSource, appUrl: string): Promise<void> {
  const u = new URL(appUrl);
  const user = decodeURIComponent(u.username);
  const password = decodeURIComponent(u.password);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(user)) throw new Error('APP_DATABASE_URL user must be a plain identifier');
  const [owner] = await ds.query(`SELECT current_user AS u`);
  if (owner.u === user)
    throw new Error('APP_DATABASE_URL must use a different role than DATABASE_URL (the app must not own tables)');
  const exists = await ds.query(`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = $1`, [user]);
  if (!exists.length) {
    await ds.query(
      `CREATE ROLE ${user} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${quoteLiteral(password)}`,
    );
  } else if (exists[0].rolbypassrls || exists[0].rolsuper) {
    throw new Error(`role ${user} must not be superuser nor have BYPASSRLS`);
  }
  await ds.query(`GRANT ${APP_ROLE} TO ${user}`);
}

function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
