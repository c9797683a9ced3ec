import type { Db } from '@rmc/server-core';
import { gebruikerNaamSql } from '@rmc/server-identity';
import { organisatieNaamSql, regioNaamSql } from '@rmc/server-organisaties';

/**
 * Warm handover: the SQL of the overdracht service on casus's own tables (docs/architecture.md, "Who owns
 * which table"). Region, organisation and user names come from their owners' SQL expressions; the person,
 * the PC4 route and the receiving organisation from their owners' query functions (called by the service).
 */
type Sql = Pick<Db, 'query'>;

/** The case being handed over, locked (a double-submitted handover waits for the first and then finds it closed). */
export async function casusVoorOverdracht(
  sql: Sql,
  casusId: string,
): Promise<{ id: string; regio_id: string; persoon_id: string; doelgroep: string; fase: string } | undefined> {
  const [r] = await sql.query<{ id: string; regio_id: string; persoon_id: string; doelgroep: string; fase: string }>(
    [`SELECT id, regio_id, persoon_id, doelgroep, fase`, `FROM casus`, `WHERE id = $1`, `FOR UPDATE`].join('\n'),
    [casusId],
  );
  return r;
}

/** The newest life-domain scan of a case, for the package. */
export async function laatsteScanVan(sql: Sql, casusId: string): Promise<{ datum: string; scores: unknown } | undefined> {
  const [r] = await sql.query<{ datum: string; scores: unknown }>(
    [
      `SELECT to_char(datum, 'YYYY-MM-DD') AS datum, scores`,
      `FROM levensdomein_scan`,
      `WHERE casus_id = $1`,
      `ORDER BY datum DESC`,
      `LIMIT 1`,
    ].join('\n'),
    [casusId],
  );
  return r;
}

/** The open plan actions of a case, for the package. */
export function openActiesVoorPakket(
  sql: Sql,
  casusId: string,
): Promise<Array<{ omschrijving: string; deadline: string | null }>> {
  return sql.query(
    [
      `SELECT omschrijving, to_char(deadline, 'YYYY-MM-DD') AS deadline`,
      `FROM plan_actie`,
      `WHERE casus_id = $1`,
      `AND status = 'open'`,
    ].join('\n'),
    [casusId],
  );
}

/** How many contact moments a case has. */
export async function aantalContacten(sql: Sql, casusId: string): Promise<number> {
  const [r] = await sql.query<{ n: number }>(
    [`SELECT count(*)::int AS n`, `FROM contactmoment`, `WHERE casus_id = $1`].join('\n'),
    [casusId],
  );
  return r!.n;
}

export async function maakOverdracht(
  sql: Sql,
  o: {
    regioId: string;
    naarRegioId: string | null;
    naarOrganisatieId: string | null;
    casusId: string;
    grondslag: string;
    toelichting: string | null;
    pakket: string;
    door: string;
  },
): Promise<void> {
  await sql.query(
    [
      `INSERT INTO overdracht (regio_id, naar_regio_id, naar_organisatie_id, casus_id, grondslag, toelichting, pakket, aangeboden_door)`,
      `VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    ].join('\n'),
    [o.regioId, o.naarRegioId, o.naarOrganisatieId, o.casusId, o.grondslag, o.toelichting, o.pakket, o.door],
  );
}

/** The sending case closes as "overgedragen". */
export async function sluitAlsOvergedragen(sql: Sql, casusId: string): Promise<void> {
  await sql.query(
    [
      `UPDATE casus`,
      `SET fase = 'afgesloten', sluitreden = 'overgedragen', afgesloten_op = now(), gewijzigd_op = now()`,
      `WHERE id = $1`,
    ].join('\n'),
    [casusId],
  );
}

/** Every running share of a case ends now (partners of the sending region lose their view). */
export async function trekDelingenIn(sql: Sql, casusId: string): Promise<void> {
  await sql.query(
    [`UPDATE casus_deling`, `SET ingetrokken_op = now()`, `WHERE casus_id = $1`, `AND ingetrokken_op IS NULL`].join('\n'),
    [casusId],
  );
}

/** The consulent's name of a case (null when none). */
export async function consulentNaamVan(sql: Sql, casusId: string): Promise<string | null> {
  const [r] = await sql.query<{ naam: string | null }>(
    [`SELECT ${gebruikerNaamSql('c.consulent_id')} AS naam`, `FROM casus c`, `WHERE c.id = $1`].join('\n'),
    [casusId],
  );
  return r?.naam ?? null;
}

/**
 * One page of handovers (newest first): `na` is the cursor condition, `orde` the ORDER BY and `limit` a
 * placeholder, all in `params`. `sleutel` is the time key expression.
 */
export function overdrachtPagina<T>(
  sql: Sql,
  p: { na: string; orde: string; limit: string; sleutel: string },
  params: unknown[],
): Promise<T[]> {
  return sql.query<T>(
    `SELECT o.id, CASE WHEN o.naar_regio_id = app_regio() OR o.naar_organisatie_id = app_organisatie() THEN 'inkomend' ELSE 'uitgaand' END AS richting,
              CASE WHEN o.naar_regio_id IS NULL THEN 'organisatie' ELSE 'regio' END AS soort, o.status, o.aangeboden_op AS "aangebodenOp",
              o.pakket, o.grondslag, o.toelichting, ${regioNaamSql('o.regio_id')} AS van,
              coalesce(${regioNaamSql('o.naar_regio_id')}, ${organisatieNaamSql('o.naar_organisatie_id')}) AS naar,
              CASE WHEN o.naar_regio_id = app_regio() THEN o.nieuwe_casus_id END AS "nieuweCasusId", ${p.sleutel} AS sleutel
         FROM (SELECT * FROM overdracht o WHERE ${p.na} ORDER BY ${p.orde} LIMIT ${p.limit}) o
        ORDER BY ${p.orde}`,
    params,
  );
}

interface OverdrachtRij<P> {
  id: string;
  naar_regio_id: string | null;
  naar_organisatie_id: string | null;
  status: string;
  pakket: P;
}

/** One handover with its receiver (region or organisation), status and package. */
export async function overdrachtOpId<P>(sql: Sql, id: string): Promise<OverdrachtRij<P> | undefined> {
  const [r] = await sql.query<OverdrachtRij<P>>(
    [`SELECT id, naar_regio_id, naar_organisatie_id, status, pakket`, `FROM overdracht`, `WHERE id = $1`].join('\n'),
    [id],
  );
  return r;
}

/** Claims an offered handover as accepted; false when another accept came first. */
export async function claimOverdracht(sql: Sql, id: string): Promise<boolean> {
  const rows = await sql.query(
    [
      `UPDATE overdracht`,
      `SET status = 'geaccepteerd', geaccepteerd_op = now()`,
      `WHERE id = $1`,
      `AND status = 'aangeboden'`,
      `RETURNING id`,
    ].join('\n'),
    [id],
  );
  return rows.length > 0;
}

/** The person's case still being worked, if any (one open case per person). */
export async function lopendeCasusVan(sql: Sql, persoonId: string): Promise<{ id: string } | undefined> {
  const [r] = await sql.query<{ id: string }>(
    [`SELECT id`, `FROM casus`, `WHERE persoon_id = $1`, `AND fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')`].join('\n'),
    [persoonId],
  );
  return r;
}

/** The receiving region's new case from a handover package; returns its id. */
export async function maakOvergenomenCasus(
  sql: Sql,
  c: { regioId: string | null; persoonId: string; doelgroep: string; consulentId: string; oordeel: string },
): Promise<string> {
  const [r] = await sql.query<{ id: string }>(
    [
      `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, procesregie_id, bron, bron_toelichting, oordeel_signalering)`,
      `VALUES ($1, $2, $3, $4, $4, 'partner', 'Warme overdracht', $5)`,
      `RETURNING id`,
    ].join('\n'),
    [c.regioId, c.persoonId, c.doelgroep, c.consulentId, c.oordeel],
  );
  return r!.id;
}

export async function voegOvergedragenActieToe(
  sql: Sql,
  a: { casusId: string; regioId: string | null; omschrijving: string; deadline: string | null },
): Promise<void> {
  await sql.query([`INSERT INTO plan_actie (casus_id, regio_id, omschrijving, deadline)`, `VALUES ($1, $2, $3, $4)`].join('\n'), [
    a.casusId,
    a.regioId,
    a.omschrijving,
    a.deadline,
  ]);
}

export async function voegOvergedragenScanToe(
  sql: Sql,
  s: { casusId: string; regioId: string | null; datum: string; scores: string; door: string },
): Promise<void> {
  await sql.query(
    [`INSERT INTO levensdomein_scan (casus_id, regio_id, datum, scores, door)`, `VALUES ($1, $2, $3, $4, $5)`].join('\n'),
    [s.casusId, s.regioId, s.datum, s.scores, s.door],
  );
}

export async function zetNieuweCasus(sql: Sql, id: string, casusId: string): Promise<void> {
  await sql.query([`UPDATE overdracht`, `SET nieuwe_casus_id = $2`, `WHERE id = $1`].join('\n'), [id, casusId]);
}
