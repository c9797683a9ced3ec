import type { Db } from '@rmc/server-core';

/**
 * Writes and small reads of the case's own tables (casus, levensdomein_scan, plan_actie, plan_actie_status,
 * contactmoment, casus_deling, partner_notitie). Every function runs on the caller's transaction, under its
 * RLS; the service decides who may call it (CASL) before it does.
 */
type Sql = Pick<Db, 'query'>;

/** The case's jsonb records that are replaced as a whole. */
export type CasusDocument = 'intake' | 'big5' | 'plan' | 'evaluatie';

export interface NieuweCasus {
  regioId: string | null;
  persoonId: string;
  doelgroep: string;
  consulentId: string;
  bron: string;
  bronToelichting: string | null;
}

/** Whether the person has a case that is still open (phase other than afgesloten, nazorg, beeindigd). */
export async function heeftOpenCasus(sql: Sql, persoonId: string): Promise<boolean> {
  const rows = await sql.query(
    [`SELECT 1`, `FROM casus`, `WHERE persoon_id = $1`, `AND fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')`].join('\n'),
    [persoonId],
  );
  return rows.length > 0;
}

/** A new case; its creator is consulent and procesregie. Returns the id. */
export async function maakCasus(sql: Sql, c: NieuweCasus): Promise<string> {
  const [r] = await sql.query<{ id: string }>(
    [
      `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, procesregie_id, bron, bron_toelichting)`,
      `VALUES ($1, $2, $3, $4, $4, $5, $6)`,
      `RETURNING id`,
    ].join('\n'),
    [c.regioId, c.persoonId, c.doelgroep, c.consulentId, c.bron, c.bronToelichting],
  );
  return r.id;
}

/** Stamps the last change of the case. */
export async function raakCasusAan(sql: Sql, id: string): Promise<void> {
  await sql.query([`UPDATE casus`, `SET gewijzigd_op = now()`, `WHERE id = $1`].join('\n'), [id]);
}

/** The judgement of the signalering phase, with its moment. */
export async function zetSignalering(sql: Sql, id: string, oordeel: object): Promise<void> {
  await sql.query([`UPDATE casus`, `SET oordeel_signalering = $2, signalering_op = now()`, `WHERE id = $1`].join('\n'), [
    id,
    JSON.stringify(oordeel),
  ]);
}

/** Replaces one of the case's jsonb records (intake, Big 5, plan, evaluation). */
export async function zetDocument(sql: Sql, id: string, document: CasusDocument, waarde: unknown): Promise<void> {
  const kolom = { intake: 'intake', big5: 'big5', plan: 'plan', evaluatie: 'evaluatie' }[document];
  await sql.query([`UPDATE casus`, `SET ${kolom} = $2`, `WHERE id = $1`].join('\n'), [id, JSON.stringify(waarde)]);
}

export async function voegScanToe(
  sql: Sql,
  s: { casusId: string; regioId: string; datum: string; scores: object; door: string },
): Promise<void> {
  await sql.query(
    [`INSERT INTO levensdomein_scan (casus_id, regio_id, datum, scores, door)`, `VALUES ($1, $2, $3, $4, $5)`].join('\n'),
    [s.casusId, s.regioId, s.datum, JSON.stringify(s.scores), s.door],
  );
}

export async function voegActieToe(
  sql: Sql,
  a: {
    casusId: string;
    regioId: string;
    omschrijving: string;
    eigenaarOrganisatieId: string | null;
    eigenaarGebruikerId: string | null;
    deadline: string | null;
    eigenaarJongere?: boolean;
  },
): Promise<void> {
  await sql.query(
    [
      `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_organisatie_id, eigenaar_gebruiker_id, deadline, eigenaar_jongere)`,
      `VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    ].join('\n'),
    [
      a.casusId,
      a.regioId,
      a.omschrijving,
      a.eigenaarOrganisatieId,
      a.eigenaarGebruikerId,
      a.deadline,
      a.eigenaarJongere ?? false,
    ],
  );
}

export interface ActieSleutel {
  id: string;
  casus_id: string;
  regio_id: string;
  eigenaar_organisatie_id: string | null;
}

/** One action of this case (what the CASL `update PlanActie` rule checks), or undefined. */
export async function actieVanCasus(sql: Sql, actieId: string, casusId: string): Promise<ActieSleutel | undefined> {
  const [a] = await sql.query<ActieSleutel>(
    [`SELECT id, casus_id, regio_id, eigenaar_organisatie_id`, `FROM plan_actie`, `WHERE id = $1`, `AND casus_id = $2`].join(
      '\n',
    ),
    [actieId, casusId],
  );
  return a;
}

/** The action's status, and a line in its history (what the next meeting of a series reports back on). */
export async function zetActieStatus(
  sql: Sql,
  a: { actieId: string; regioId: string; status: string; toelichting: string | null; door: string },
): Promise<void> {
  await sql.query([`UPDATE plan_actie`, `SET status = $2, toelichting = $3`, `WHERE id = $1`].join('\n'), [
    a.actieId,
    a.status,
    a.toelichting,
  ]);
  await sql.query(
    [`INSERT INTO plan_actie_status (actie_id, regio_id, status, toelichting, door)`, `VALUES ($1, $2, $3, $4, $5)`].join('\n'),
    [a.actieId, a.regioId, a.status, a.toelichting, a.door],
  );
}

export async function zetRegie(
  sql: Sql,
  id: string,
  procesregieId: string,
  casusregieOrganisatieId: string | null,
): Promise<void> {
  await sql.query([`UPDATE casus`, `SET procesregie_id = $2, casusregie_organisatie_id = $3`, `WHERE id = $1`].join('\n'), [
    id,
    procesregieId,
    casusregieOrganisatieId,
  ]);
}

/** The case's current consulent (null when none). */
export async function consulentVan(sql: Sql, id: string): Promise<string | null> {
  const [r] = await sql.query<{ consulent_id: string | null }>(
    [`SELECT consulent_id`, `FROM casus`, `WHERE id = $1`].join('\n'),
    [id],
  );
  return r?.consulent_id ?? null;
}

/** Open actions the previous consulent owned by name move to the new one. */
export async function verplaatsOpenActies(sql: Sql, casusId: string, van: string, naar: string): Promise<void> {
  await sql.query(
    [
      `UPDATE plan_actie`,
      `SET eigenaar_gebruiker_id = $3`,
      `WHERE casus_id = $1`,
      `AND status = 'open'`,
      `AND eigenaar_gebruiker_id = $2`,
    ].join('\n'),
    [casusId, van, naar],
  );
}

/** A new consulent (and maybe doelgroep); procesregie moves along when the previous consulent held it. */
export async function wijsCasusToe(sql: Sql, id: string, consulentId: string, doelgroep: string | null): Promise<void> {
  await sql.query(
    [
      `UPDATE casus`,
      `SET consulent_id = $2,`,
      `    doelgroep = coalesce($3, doelgroep),`,
      `    procesregie_id = CASE WHEN procesregie_id IS NOT DISTINCT FROM consulent_id THEN $2 ELSE procesregie_id END`,
      `WHERE id = $1`,
    ].join('\n'),
    [id, consulentId, doelgroep],
  );
}

export async function voegContactToe(
  sql: Sql,
  c: { casusId: string; regioId: string; datum: string; vorm: string; uitkomst: string; notitie: string | null; door: string },
): Promise<void> {
  await sql.query(
    [
      `INSERT INTO contactmoment (casus_id, regio_id, datum, vorm, uitkomst, notitie, door)`,
      `VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    ].join('\n'),
    [c.casusId, c.regioId, c.datum, c.vorm, c.uitkomst, c.notitie, c.door],
  );
}

/** The phase step, with the closing reason and moment, or the end of nazorg. */
export async function zetFase(
  sql: Sql,
  id: string,
  f: { naar: string; sluitreden: string | null; onderbouwing: string | null; nazorgTot: string },
): Promise<void> {
  await sql.query(
    [
      `UPDATE casus`,
      `SET fase = $2,`,
      `    sluitreden = coalesce($3, sluitreden),`,
      `    sluit_onderbouwing = coalesce($4, sluit_onderbouwing),`,
      `    afgesloten_op = CASE WHEN $2 = 'afgesloten' THEN now() ELSE afgesloten_op END,`,
      `    nazorg_tot = CASE WHEN $2 = 'nazorg' THEN $5::date ELSE nazorg_tot END`,
      `WHERE id = $1`,
    ].join('\n'),
    [id, f.naar, f.sluitreden, f.onderbouwing, f.nazorgTot],
  );
}

export async function voegDelingToe(
  sql: Sql,
  d: {
    casusId: string;
    regioId: string;
    organisatieId: string;
    grondslag: string;
    toestemming: object | null;
    vierstappen: object | null;
    doel: string;
    secties: string[];
    eindDatum: string;
    door: string;
  },
): Promise<void> {
  await sql.query(
    [
      `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, toestemming, vierstappen, doel, secties, eind_datum, aangemaakt_door)`,
      `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    ].join('\n'),
    [
      d.casusId,
      d.regioId,
      d.organisatieId,
      d.grondslag,
      d.toestemming ? JSON.stringify(d.toestemming) : null,
      d.vierstappen ? JSON.stringify(d.vierstappen) : null,
      d.doel,
      d.secties,
      d.eindDatum,
      d.door,
    ],
  );
}

/** The organisations with a running share of this case (not withdrawn, not ended). */
export async function lopendeDelingOrganisaties(sql: Sql, casusId: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    [
      `SELECT DISTINCT organisatie_id AS id`,
      `FROM casus_deling`,
      `WHERE casus_id = $1`,
      `AND ingetrokken_op IS NULL`,
      `AND eind_datum >= app_vandaag()`,
    ].join('\n'),
    [casusId],
  );
  return rows.map((r) => r.id);
}

/** Withdraws a running share of this case; false when there was none. */
export async function beeindigDeling(sql: Sql, delingId: string, casusId: string): Promise<boolean> {
  const rows = await sql.query(
    [
      `UPDATE casus_deling`,
      `SET ingetrokken_op = now()`,
      `WHERE id = $1`,
      `AND casus_id = $2`,
      `AND ingetrokken_op IS NULL`,
      `RETURNING id`,
    ].join('\n'),
    [delingId, casusId],
  );
  return rows.length > 0;
}

export async function voegNotitieToe(
  sql: Sql,
  n: { casusId: string; regioId: string; organisatieId: string | null; tekst: string; door: string },
): Promise<void> {
  await sql.query(
    [`INSERT INTO partner_notitie (casus_id, regio_id, organisatie_id, tekst, door)`, `VALUES ($1, $2, $3, $4, $5)`].join('\n'),
    [n.casusId, n.regioId, n.organisatieId, n.tekst, n.door],
  );
}
