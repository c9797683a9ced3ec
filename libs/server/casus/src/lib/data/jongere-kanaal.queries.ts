import type { Db } from '@rmc/server-core';
import { gebruikerEmailSql, gebruikerNaamSql } from '@rmc/server-identity';
import { organisatieNaamSql } from '@rmc/server-organisaties';

/**
 * The young person's channel (issue 15): what the jongere context reads and writes of the casus tables,
 * always in the young person's own transaction. RLS admits only their own rows (`*_jongere` policies,
 * migration 1735500000000 of the jongere context); every statement also names the person's case ids.
 */
type Sql = Pick<Db, 'query'>;

export interface JongereCasusRij {
  id: string;
  regio_id: string;
  fase: string;
  plan: { doelen?: Array<{ omschrijving: string; status: string }>; contactafspraken?: Array<Record<string, unknown>> } | null;
  consulent_id: string | null;
  consulent_naam: string | null;
  consulent_email: string | null;
}

/** The person's cases, newest first, with the consulent's name and work address (no case content beyond the plan). */
export async function casussenVanJongere(sql: Sql, persoonId: string): Promise<JongereCasusRij[]> {
  return sql.query<JongereCasusRij>(
    [
      `SELECT c.id, c.regio_id, c.fase, c.plan, c.consulent_id,`,
      `       ${gebruikerNaamSql('c.consulent_id')} AS consulent_naam,`,
      `       ${gebruikerEmailSql('c.consulent_id')} AS consulent_email`,
      `FROM casus c`,
      `WHERE c.persoon_id = $1`,
      `ORDER BY c.aangemaakt_op DESC`,
    ].join('\n'),
    [persoonId],
  );
}

export interface JongereActieRij {
  id: string;
  casus_id: string;
  omschrijving: string;
  deadline: string | null;
  status: string;
  eigenaar_jongere: boolean;
  eigenaar: string | null;
}

/** Every action of the person's cases: their own and the ones others took on (owner's organisation or name), without the status notes. */
export async function actiesVoorJongere(sql: Sql, casusIds: readonly string[]): Promise<JongereActieRij[]> {
  if (!casusIds.length) return [];
  return sql.query<JongereActieRij>(
    [
      `SELECT a.id, a.casus_id, a.omschrijving, a.deadline::text AS deadline, a.status, a.eigenaar_jongere,`,
      `       COALESCE(${organisatieNaamSql('a.eigenaar_organisatie_id')}, ${gebruikerNaamSql('a.eigenaar_gebruiker_id')}) AS eigenaar`,
      `FROM plan_actie a`,
      `WHERE a.casus_id = ANY($1::uuid[])`,
      `ORDER BY a.status = 'open' DESC, a.deadline NULLS LAST, a.aangemaakt_op`,
    ].join('\n'),
    [casusIds],
  );
}

export interface JongereDelingRij {
  id: string;
  casus_id: string;
  organisatie: string;
  grondslag: string;
  doel: string;
  secties: string[];
  toestemming_datum: string | null;
  sinds: string;
  eind_datum: string;
  ingetrokken_op: string | null;
  actief: boolean;
}

/** Who received the person's data, on which ground, for what, and until when (every share, also ended ones). */
export async function delingenVoorJongere(sql: Sql, casusIds: readonly string[]): Promise<JongereDelingRij[]> {
  if (!casusIds.length) return [];
  return sql.query<JongereDelingRij>(
    [
      `SELECT d.id, d.casus_id, ${organisatieNaamSql('d.organisatie_id')} AS organisatie, d.grondslag, d.doel, d.secties,`,
      `       d.toestemming->>'datum' AS toestemming_datum, d.aangemaakt_op AS sinds, d.eind_datum::text AS eind_datum,`,
      `       d.ingetrokken_op, (d.ingetrokken_op IS NULL AND d.eind_datum >= app_vandaag()) AS actief`,
      `FROM casus_deling d`,
      `WHERE d.casus_id = ANY($1::uuid[])`,
      `ORDER BY d.aangemaakt_op DESC`,
    ].join('\n'),
    [casusIds],
  );
}

/** Marks one of the person's own open actions done, with its history row (no professional author). */
export async function zetJongereActieGedaan(
  sql: Sql,
  actieId: string,
  casusIds: readonly string[],
): Promise<{ id: string; casus_id: string; regio_id: string } | undefined> {
  const [a] = await sql.query<{ id: string; casus_id: string; regio_id: string }>(
    [
      `UPDATE plan_actie SET status = 'gedaan', toelichting = NULL`,
      `WHERE id = $1`,
      `AND casus_id = ANY($2::uuid[])`,
      `AND eigenaar_jongere`,
      `AND status = 'open'`,
      `RETURNING id, casus_id, regio_id`,
    ].join('\n'),
    [actieId, casusIds],
  );
  if (!a) return undefined;
  await sql.query(
    [`INSERT INTO plan_actie_status (actie_id, regio_id, status, toelichting, door)`, `VALUES ($1, $2, 'gedaan', $3, NULL)`].join(
      '\n',
    ),
    [a.id, a.regio_id, 'Afgevinkt door de jongere'],
  );
  return a;
}

/** A message of the young person as a note on the case, recorded under the region's own team (no author). */
export async function voegJongereBerichtToe(
  sql: Sql,
  b: { casusId: string; regioId: string; organisatieId: string; tekst: string },
): Promise<void> {
  await sql.query(
    [`INSERT INTO partner_notitie (casus_id, regio_id, organisatie_id, tekst, door)`, `VALUES ($1, $2, $3, $4, NULL)`].join('\n'),
    [b.casusId, b.regioId, b.organisatieId, b.tekst],
  );
}

/** Ends a share the person consented to, at once; only a share on consent of one of their cases. */
export async function trekToestemmingIn(
  sql: Sql,
  delingId: string,
  casusIds: readonly string[],
): Promise<{ casus_id: string; organisatie_id: string } | undefined> {
  const [d] = await sql.query<{ casus_id: string; organisatie_id: string }>(
    [
      `UPDATE casus_deling SET ingetrokken_op = now()`,
      `WHERE id = $1`,
      `AND casus_id = ANY($2::uuid[])`,
      `AND grondslag = 'toestemming'`,
      `AND ingetrokken_op IS NULL`,
      `RETURNING casus_id, organisatie_id`,
    ].join('\n'),
    [delingId, casusIds],
  );
  return d;
}
