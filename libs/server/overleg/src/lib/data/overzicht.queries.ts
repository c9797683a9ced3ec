import type { Db, SqlWhere } from '@rmc/server-core';

type Sql = Pick<Db, 'query'>;

/**
 * The Overzicht's meeting count (issue 13 item 2): meetings the user may see that start this week
 * (Monday 00:00 to the next Monday, Amsterdam time), capped at `tot`. `w` is the CASL admission on
 * alias `o` (a partner: meetings its organisation takes part in). Index: `overleg (regio_id, start)`.
 */
export async function telOverleggenDezeWeek(sql: Sql, w: SqlWhere, tot: number): Promise<number> {
  const week = `date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam')`;
  const [r] = await sql.query<{ n: number }>(
    [
      `SELECT count(*)::int AS n`,
      `FROM (SELECT 1 FROM overleg o`,
      `WHERE (${w.sql})`,
      `AND o.start >= (${week}) AT TIME ZONE 'Europe/Amsterdam'`,
      `AND o.start < (${week} + interval '7 days') AT TIME ZONE 'Europe/Amsterdam'`,
      `LIMIT ${Number(tot)}) x`,
    ].join('\n'),
    w.params,
  );
  return r?.n ?? 0;
}
