import type { Db, SqlWhere } from '@rmc/server-core';

/**
 * The Overzicht's counts on meldingen (issue 13 item 2): each one statement, capped at `tot` rows
 * (`SELECT count(*) FROM (SELECT 1 … LIMIT tot)`), so a count never costs more than `tot` index
 * entries. `w` is the CASL admission on alias `m` (region: `m.regio_id`, school: `m.vestiging_id`);
 * RLS filters the same rows again. Indexes: `melding (regio_id | vestiging_id, status, gemeld_op DESC, id DESC)`
 * and `melding (vestiging_id, gemeld_op DESC, id DESC)` (migration `1734400000000-lijst-indexen`).
 */
type Sql = Pick<Db, 'query'>;

async function tel(sql: Sql, w: SqlWhere, voorwaarden: string[], tot: number): Promise<number> {
  const [r] = await sql.query<{ n: number }>(
    [
      `SELECT count(*)::int AS n`,
      `FROM (SELECT 1`,
      `FROM melding m`,
      `WHERE (${w.sql})`,
      ...voorwaarden.map((v) => `AND ${v}`),
      `LIMIT ${Number(tot)}) x`,
    ].join('\n'),
    w.params,
  );
  return r?.n ?? 0;
}

/** Region: new meldingen in triage (status `ontvangen`). */
export function telTriageNieuw(sql: Sql, w: SqlWhere, tot: number): Promise<number> {
  return tel(sql, w, [`m.regio_id IS NOT NULL`, `m.status = 'ontvangen'`], tot);
}

/** Region: meldingen in triage past their term (not picked up, `oppak_deadline` before today in Amsterdam). */
export function telTriageTeLaat(sql: Sql, w: SqlWhere, tot: number): Promise<number> {
  return tel(
    sql,
    w,
    [`m.regio_id IS NOT NULL`, `m.status = 'ontvangen'`, `m.opgepakt_op IS NULL`, `m.oppak_deadline < app_vandaag()`],
    tot,
  );
}

/** School: meldingen where the region asked a question the school has not answered yet. */
export function telOpenAanvullingen(sql: Sql, w: SqlWhere, tot: number): Promise<number> {
  return tel(sql, w, [`m.status = 'aanvulling-gevraagd'`], tot);
}

/**
 * School: meldingen with feedback (terugkoppeling) from the region in the last `dagen` days. Read through
 * the vestiging's list index on `gemeld_op`, bounded to meldingen filed in the last `venster` days
 * (feedback arrives within weeks), so the range stays small for a large vestiging.
 */
export function telRecenteTerugkoppelingen(sql: Sql, w: SqlWhere, dagen: number, venster: number, tot: number): Promise<number> {
  return tel(
    sql,
    w,
    [
      `m.gemeld_op >= now() - make_interval(days => ${Number(venster)})`,
      `m.teruggemeld_op >= now() - make_interval(days => ${Number(dagen)})`,
    ],
    tot,
  );
}
