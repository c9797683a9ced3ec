import type { Db, SqlWhere } from '@rmc/server-core';
import { organisatieSoortSql } from '@rmc/server-organisaties';

/**
 * The Overzicht's counts on cases, actions and handovers (issue 13 item 2): each one statement, capped
 * at `tot` rows (`SELECT count(*) FROM (SELECT 1 … LIMIT tot)`), each on an index that the tenant
 * predicate (RLS) and the filter lead. `w` is the CASL admission on alias `c` (`c.id`, `c.regio_id`).
 */
type Sql = Pick<Db, 'query'>;

/** The phases in which the RMC works on a case (contact is expected). */
const ACTIEVE_FASEN = `('waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren')`;

async function tel(sql: Sql, regels: string[], params: unknown[]): Promise<number> {
  const [r] = await sql.query<{ n: number }>(regels.join('\n'), params);
  return r?.n ?? 0;
}

/**
 * The user's open actions past their deadline, as *Mijn acties* counts them: named to the user
 * (`plan_actie_open_gebruiker_idx`), for a partner its organisation's (`plan_actie_open_organisatie_idx`),
 * for the region's staff also the region's unnamed actions on the cases they are consulent of
 * (`casus (regio_id, consulent_id, …)` then `plan_actie_casus_idx`). The first two ranges are on the
 * index's own expression `coalesce(deadline, 'infinity')`.
 */
export function telMijnActiesTeLaat(
  sql: Sql,
  gebruikerId: string,
  partnerOrganisatieId: string | null,
  regioTeam: boolean,
  tot: number,
): Promise<number> {
  return tel(
    sql,
    [
      `SELECT count(*)::int AS n`,
      `FROM (SELECT a.id FROM plan_actie a`,
      `WHERE a.status = 'open' AND a.eigenaar_gebruiker_id = $1`,
      `AND coalesce(a.deadline, 'infinity'::date) < app_vandaag()`,
      `UNION`,
      `SELECT a.id FROM plan_actie a`,
      `WHERE $2::uuid IS NOT NULL AND a.status = 'open' AND a.eigenaar_organisatie_id = $2`,
      `AND coalesce(a.deadline, 'infinity'::date) < app_vandaag()`,
      `UNION`,
      `SELECT a.id FROM casus c`,
      `JOIN plan_actie a ON a.casus_id = c.id`,
      `WHERE $3 AND c.consulent_id = $1`,
      `AND a.status = 'open' AND a.eigenaar_gebruiker_id IS NULL AND a.deadline < app_vandaag()`,
      `AND coalesce(${organisatieSoortSql('a.eigenaar_organisatie_id')}, 'regio-team') = 'regio-team'`,
      `LIMIT ${Number(tot)}) x`,
    ],
    [gebruikerId, partnerOrganisatieId, regioTeam],
  );
}

/**
 * Active cases (waarnemen … evalueren) without a successful contact for `dagen` days, counted from the
 * last contact with outcome `contact` or, without one, from the case's creation (the caseload's
 * `geenContactDagen` rule). `consulentId`: only that consulent's cases. Index: `casus (regio_id,
 * consulent_id | fase, …)`, then the newest contact per case through `contactmoment_casus_idx`.
 */
export function telZonderContact(sql: Sql, w: SqlWhere, dagen: number, consulentId: string | null, tot: number): Promise<number> {
  const n = w.params.length;
  return tel(
    sql,
    [
      `SELECT count(*)::int AS n`,
      `FROM (SELECT 1 FROM casus c`,
      `WHERE (${w.sql})`,
      `AND c.fase IN ${ACTIEVE_FASEN}`,
      `AND ($${n + 1}::uuid IS NULL OR c.consulent_id = $${n + 1})`,
      `AND coalesce((SELECT max(k.datum) FROM contactmoment k WHERE k.casus_id = c.id AND k.uitkomst = 'contact'),`,
      `(c.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam')::date) <= app_vandaag() - $${n + 2}::int`,
      `LIMIT ${Number(tot)}) x`,
    ],
    [...w.params, consulentId, dagen],
  );
}

/**
 * Handovers waiting for the user's side: offered (`aangeboden`) to the region (`regioId`, RMC staff:
 * `overdracht_aangeboden_idx`) or to the organisation (`organisatieId`, leerplicht and W&I:
 * `overdracht_naar_organisatie_lijst_idx`).
 */
export function telWachtendeOverdrachten(
  sql: Sql,
  regioId: string | null,
  organisatieId: string | null,
  tot: number,
): Promise<number> {
  return tel(
    sql,
    [
      `SELECT count(*)::int AS n`,
      `FROM (SELECT o.id FROM overdracht o`,
      `WHERE $1::uuid IS NOT NULL AND o.status = 'aangeboden' AND o.naar_regio_id = $1`,
      `UNION`,
      `SELECT o.id FROM overdracht o`,
      `WHERE $2::uuid IS NOT NULL AND o.status = 'aangeboden' AND o.naar_organisatie_id = $2`,
      `LIMIT ${Number(tot)}) x`,
    ],
    [regioId, organisatieId],
  );
}

/**
 * A partner's shared cases with new activity in the last `dagen` days, by someone other than the user:
 * the case changed (`gewijzigd_op`, stamped by the RMC's changes of the case, its plan and contact), a
 * note (`partner_notitie_casus_idx`) or an action's status (`plan_actie_casus_alle_idx`,
 * `plan_actie_status_actie_idx`). `w` admits only the shared cases (`c.id IN (…)` per share, tens of
 * ids), so the primary key serves the outer scan.
 */
export function telGedeeldMetActiviteit(sql: Sql, w: SqlWhere, gebruikerId: string, dagen: number, tot: number): Promise<number> {
  const n = w.params.length;
  const sinds = `now() - make_interval(days => ${Number(dagen)})`;
  return tel(
    sql,
    [
      `SELECT count(*)::int AS n`,
      `FROM (SELECT 1 FROM casus c`,
      `WHERE (${w.sql})`,
      `AND (c.gewijzigd_op >= ${sinds}`,
      `OR EXISTS (SELECT 1 FROM partner_notitie pn WHERE pn.casus_id = c.id AND pn.op >= ${sinds} AND pn.door IS DISTINCT FROM $${n + 1})`,
      `OR EXISTS (SELECT 1 FROM plan_actie a JOIN plan_actie_status s ON s.actie_id = a.id`,
      `WHERE a.casus_id = c.id AND s.op >= ${sinds} AND s.door IS DISTINCT FROM $${n + 1}))`,
      `LIMIT ${Number(tot)}) x`,
    ],
    [...w.params, gebruikerId],
  );
}
