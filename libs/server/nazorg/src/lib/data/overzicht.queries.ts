import type { Db } from '@rmc/server-core';

type Sql = Pick<Db, 'query'>;

/**
 * The Overzicht's nazorg count (issue 13 item 2): the region's open nazorg tasks whose moment has come
 * (today or earlier, Amsterdam), capped at `tot`. Index: `nazorg_taak_open_idx (regio_id, moment, id)
 * WHERE afgerond_op IS NULL`; the region comes from RLS (`regio_id = app_regio()`, RMC roles only).
 */
export async function telNazorgTakenTeDoen(sql: Sql, tot: number): Promise<number> {
  const [r] = await sql.query<{ n: number }>(
    [
      `SELECT count(*)::int AS n`,
      `FROM (SELECT 1 FROM nazorg_taak t`,
      `WHERE t.regio_id = (SELECT app_regio())`,
      `AND t.afgerond_op IS NULL`,
      `AND t.moment <= app_vandaag()`,
      `LIMIT ${Number(tot)}) x`,
    ].join('\n'),
    [],
  );
  return r?.n ?? 0;
}
