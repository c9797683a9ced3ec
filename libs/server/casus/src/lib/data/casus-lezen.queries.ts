import type { Db } from '@rmc/server-core';
import { gebruikerNaamSql } from '@rmc/server-identity';
import { organisatieNaamSql } from '@rmc/server-organisaties';
import { persoonOpIdSql } from '@rmc/server-personen';
import type { Contactpoging, Fase } from '@rmc/shared-domain';

/** What a query of this module needs: the tenancy service (or anything with its `query`). */
type Sql = Pick<Db, 'query'>;

/** One case with the names around it, as the detail and the record checks read it. */
export interface CasusRij {
  id: string;
  regio_id: string;
  persoon_id: string;
  fase: Fase;
  doelgroep: string;
  bron: string;
  consulent_naam: string | null;
  procesregie_id: string | null;
  procesregie_naam: string | null;
  casusregie_organisatie_id: string | null;
  casusregie_naam: string | null;
  oordeel_signalering: { actieNodig: boolean; toelichting: string } | null;
  intake: unknown;
  big5: unknown;
  plan: unknown;
  evaluatie: unknown;
  sluitreden: string | null;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  telefoon: string | null;
  email: string | null;
  postcode: string;
  bsn: string;
}

export interface ScanRij {
  datum: string;
  scores: Record<string, { score: number; notitie?: string }>;
}

export interface ActieRij {
  id: string;
  omschrijving: string;
  eigenaarOrganisatieId: string | null;
  eigenaar: string | null;
  deadline: string | null;
  status: string;
  toelichting: string | null;
}

export type ContactRij = Contactpoging & { notitie: string | null };

export interface NotitieRij {
  tekst: string;
  op: string;
  organisatie: string;
}

export interface DelingRij {
  id: string;
  organisatieId: string;
  organisatie: string;
  grondslag: string;
  doel: string;
  secties: string[];
  eindDatum: string;
  ingetrokken: boolean;
  machtiging: { bestandsnaam: string; grootte: number; op: string } | null;
}

/** The case row with the person's name and contact, the consulent and the regie (under the caller's RLS). */
export async function casusRij(sql: Sql, id: string): Promise<CasusRij | undefined> {
  const [r] = await sql.query<CasusRij>(
    [
      `SELECT c.id, c.regio_id, c.persoon_id, c.fase, c.doelgroep, c.bron,`,
      `       ${gebruikerNaamSql('c.consulent_id')} AS consulent_naam,`,
      `       c.procesregie_id, ${gebruikerNaamSql('c.procesregie_id')} AS procesregie_naam,`,
      `       c.casusregie_organisatie_id, ${organisatieNaamSql('c.casusregie_organisatie_id')} AS casusregie_naam,`,
      `       c.oordeel_signalering, c.intake, c.big5, c.plan, c.evaluatie, c.sluitreden,`,
      `       p.voornaam, p.achternaam, to_char(p.geboortedatum, 'YYYY-MM-DD') AS geboortedatum,`,
      `       p.telefoon, p.email, p.postcode, p.bsn`,
      `FROM casus c`,
      `JOIN LATERAL (${persoonOpIdSql('c.persoon_id')}) p ON true`,
      `WHERE c.id = $1`,
    ].join('\n'),
    [id],
  );
  return r;
}

/** The life-domain scans of a case, oldest first. */
export function scansVan(sql: Sql, casusId: string): Promise<ScanRij[]> {
  return sql.query<ScanRij>(
    [
      `SELECT to_char(datum, 'YYYY-MM-DD') AS datum, scores`,
      `FROM levensdomein_scan`,
      `WHERE casus_id = $1`,
      `ORDER BY datum, aangemaakt_op`,
    ].join('\n'),
    [casusId],
  );
}

/**
 * The plan's actions, oldest first. `alleenOrganisatie`: only the actions that organisation owns (a partner's
 * `mijnActies`), so a partner's read never loads the rest of the plan.
 */
export function actiesVan(sql: Sql, casusId: string, alleenOrganisatie?: string | null): Promise<ActieRij[]> {
  const eigen = alleenOrganisatie !== undefined;
  return sql.query<ActieRij>(
    [
      `SELECT a.id, a.omschrijving, a.eigenaar_organisatie_id AS "eigenaarOrganisatieId",`,
      // An action the young person took on themselves (youth channel) names them as its owner.
      `       CASE WHEN a.eigenaar_jongere THEN 'De jongere zelf'`,
      `            ELSE coalesce(${organisatieNaamSql('a.eigenaar_organisatie_id')}, 'RMC-consulent') END AS eigenaar,`,
      `       to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, a.toelichting`,
      `FROM plan_actie a`,
      `WHERE a.casus_id = $1`,
      ...(eigen ? [`AND a.eigenaar_organisatie_id = $2`] : []),
      `ORDER BY a.aangemaakt_op`,
    ].join('\n'),
    eigen ? [casusId, alleenOrganisatie] : [casusId],
  );
}

/** The contact log, oldest first (with the notes: the detail shows them). */
export function contactenVan(sql: Sql, casusId: string): Promise<ContactRij[]> {
  return sql.query<ContactRij>(
    [
      `SELECT to_char(datum, 'YYYY-MM-DD') AS datum, vorm, uitkomst, notitie`,
      `FROM contactmoment`,
      `WHERE casus_id = $1`,
      `ORDER BY datum, aangemaakt_op`,
    ].join('\n'),
    [casusId],
  );
}

/** The contact attempts only (the minimum-effort rule when closing without contact). */
export function contactpogingenVan(sql: Sql, casusId: string): Promise<Contactpoging[]> {
  return sql.query<Contactpoging>(
    [`SELECT to_char(datum, 'YYYY-MM-DD') AS datum, vorm, uitkomst`, `FROM contactmoment`, `WHERE casus_id = $1`].join('\n'),
    [casusId],
  );
}

/**
 * Partner notes on the case. `toegang` is the CASL admission for `read Notitie` on `n` (its parameters
 * follow $1): the region reads every organisation's notes, a partner its own organisation's.
 */
export function notitiesVan(sql: Sql, casusId: string, toegang: { sql: string; params: unknown[] }): Promise<NotitieRij[]> {
  return sql.query<NotitieRij>(
    [
      `SELECT n.tekst, n.op, ${organisatieNaamSql('n.organisatie_id')} AS organisatie`,
      `FROM partner_notitie n`,
      `WHERE n.casus_id = $1`,
      `AND (${toegang.sql})`,
      `ORDER BY n.op`,
    ].join('\n'),
    [casusId, ...toegang.params],
  );
}

/** Every share of the case (running, withdrawn or ended) with its signed machtiging's metadata. */
export function delingenVan(sql: Sql, casusId: string): Promise<DelingRij[]> {
  return sql.query<DelingRij>(
    [
      `SELECT d.id, d.organisatie_id AS "organisatieId", ${organisatieNaamSql('d.organisatie_id')} AS organisatie,`,
      `       d.grondslag, d.doel, d.secties,`,
      `       to_char(d.eind_datum, 'YYYY-MM-DD') AS "eindDatum", d.ingetrokken_op IS NOT NULL AS ingetrokken,`,
      `       CASE WHEN m.id IS NOT NULL`,
      `            THEN json_build_object('bestandsnaam', m.bestandsnaam, 'grootte', m.grootte, 'op', m.aangemaakt_op)`,
      `       END AS machtiging`,
      `FROM casus_deling d`,
      `LEFT JOIN deling_machtiging m ON m.deling_id = d.id`,
      `WHERE d.casus_id = $1`,
      `ORDER BY d.aangemaakt_op`,
    ].join('\n'),
    [casusId],
  );
}

/** The person behind a case to be created: its id and BSN (the audit pseudonym), when visible. */
export async function persoonSleutel(sql: Sql, persoonId: string): Promise<{ id: string; bsn: string } | undefined> {
  const [p] = await sql.query<{ id: string; bsn: string }>(
    [`SELECT p.id, p.bsn`, `FROM (${persoonOpIdSql('$1')}) p`].join('\n'),
    [persoonId],
  );
  return p;
}

/** How many scans and plan actions the case has (facts for the phase guards). */
export async function tellingenVan(sql: Sql, casusId: string): Promise<{ scans: number; acties: number }> {
  const [t] = await sql.query<{ scans: number; acties: number }>(
    [
      `SELECT (SELECT count(*)::int FROM levensdomein_scan WHERE casus_id = $1) AS scans,`,
      `       (SELECT count(*)::int FROM plan_actie WHERE casus_id = $1) AS acties`,
    ].join('\n'),
    [casusId],
  );
  return t;
}
