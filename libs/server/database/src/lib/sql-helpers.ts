import type { QueryRunner } from 'typeorm';

/** Group role every app login role is a member of (granted privileges, never owner, no BYPASSRLS). */
export const APP_ROLE = 'rmc_app_rol';

/** Enables and FORCES row level security with one policy for all commands. */
export async function forceRls(q: QueryRunner, table: string, using: string, withCheck: string = using): Promise<void> {
  await q.query(`
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY ${table}_tenant ON ${table} USING (${using}) WITH CHECK (${withCheck});
  `);
}

export async function grant(q: QueryRunner, tables: string[], privileges: string): Promise<void> {
  for (const t of tables) await q.query(`GRANT ${privileges} ON ${t} TO ${APP_ROLE}`);
}
