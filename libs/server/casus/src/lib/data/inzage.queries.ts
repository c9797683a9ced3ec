import type { Db } from '@rmc/server-core';
import { meldingenVanPersoonSql } from '@rmc/server-meldingen';
import { nazorgTakenVanCasussenSql } from '@rmc/server-nazorg';
import { instellingNaamSql, organisatieNaamSql, regioNaamSql } from '@rmc/server-organisaties';
import type { InzageOntvanger } from '@rmc/shared-api-types';
import type { CasusOverlegBron } from '../overleg-bron.port';

/**
 * The inzage bundle's parts (AVG right of access) and the erasure's open-case check: the SQL of the
 * persoonsrechten service (docs/architecture.md, "Who owns which table"). The meldingen, nazorg tasks and
 * meetings come from their owners' subqueries, names from organisaties' expressions; each part stays one
 * statement in the caller's transaction.
 */
type Sql = Pick<Db, 'query'>;

/** The ids of person `$1`'s cases. */
const CASUSSEN_VAN_PERSOON = `SELECT id FROM casus WHERE persoon_id = $1`;

/** An organisation's name as `<alias>.naam`; like an inner join, a row whose organisation RLS hides is left out. */
const organisatieNaamJoin = (kolom: string, alias: string) =>
  `JOIN LATERAL (SELECT ${organisatieNaamSql(kolom)} AS naam) ${alias} ON ${alias}.naam IS NOT NULL`;

/** Everything casus and the contexts it reads hold on person `persoonId` (BSN `bsn`), part by part, in the bundle's order. */
export async function inzageDelen(sql: Sql, overleg: CasusOverlegBron, persoonId: string, bsn: string) {
  const q = <T = Record<string, unknown>>(tekst: string) => sql.query<T>(tekst, [persoonId]);
  return {
    casussen: await q(
      `SELECT id, fase, doelgroep, bron, oordeel_signalering AS "oordeelSignalering", intake, plan, evaluatie, sluitreden, aangemaakt_op AS "aangemaaktOp", afgesloten_op AS "afgeslotenOp"
         FROM casus
        WHERE persoon_id = $1`,
    ),
    leefgebieden: await q(
      `SELECT s.casus_id AS "casusId", to_char(s.datum, 'YYYY-MM-DD') AS datum, s.scores
         FROM levensdomein_scan s JOIN casus c ON c.id = s.casus_id
        WHERE c.persoon_id = $1`,
    ),
    acties: await q(
      `SELECT a.casus_id AS "casusId", a.omschrijving, a.status, to_char(a.deadline, 'YYYY-MM-DD') AS deadline
         FROM plan_actie a JOIN casus c ON c.id = a.casus_id
        WHERE c.persoon_id = $1`,
    ),
    contactmomenten: await q(
      `SELECT to_char(m.datum, 'YYYY-MM-DD') AS datum, m.vorm, m.uitkomst, m.notitie
         FROM contactmoment m JOIN casus c ON c.id = m.casus_id
        WHERE c.persoon_id = $1`,
    ),
    meldingen: await q(
      `SELECT m.soort, m.status, to_char(m.begindatum, 'YYYY-MM-DD') AS begindatum, m.gemeld_op AS "gemeldOp", ${instellingNaamSql('m.instelling_id')} AS instelling
         FROM (${meldingenVanPersoonSql('$1')}) m`,
    ),
    ontvangers: await q<InzageOntvanger>(
      `SELECT o.naam AS organisatie, d.grondslag, d.doel, d.secties, d.aangemaakt_op AS "gedeeldOp", to_char(d.eind_datum, 'YYYY-MM-DD') AS "eindDatum", d.ingetrokken_op AS "ingetrokkenOp"
         FROM casus_deling d JOIN casus c ON c.id = d.casus_id ${organisatieNaamJoin('d.organisatie_id', 'o')}
        WHERE c.persoon_id = $1`,
    ),
    actieHistorie: await q(
      `SELECT s.actie_id AS "actieId", s.status, s.toelichting, s.op
         FROM plan_actie_status s JOIN plan_actie a ON a.id = s.actie_id JOIN casus c ON c.id = a.casus_id
        WHERE c.persoon_id = $1
        ORDER BY s.op`,
    ),
    faseHistorie: await q(
      `SELECT f.casus_id AS "casusId", f.van, f.naar, f.op
         FROM casus_fase_wijziging f JOIN casus c ON c.id = f.casus_id
        WHERE c.persoon_id = $1
        ORDER BY f.op`,
    ),
    partnerNotities: await q(
      `SELECT n.casus_id AS "casusId", o.naam AS organisatie, n.tekst, n.op
         FROM partner_notitie n ${organisatieNaamJoin('n.organisatie_id', 'o')} JOIN casus c ON c.id = n.casus_id
        WHERE c.persoon_id = $1
        ORDER BY n.op`,
    ),
    overleggen: await q(
      `SELECT ov.soort, ov.titel, ov.start, ov.vraag, ov.notities, ov.besluiten
         FROM (${overleg.agendapuntenVanCasussenSql(CASUSSEN_VAN_PERSOON)}) ov
        ORDER BY ov.start`,
    ),
    nazorg: await q(
      `SELECT t.soort, to_char(t.moment, 'YYYY-MM-DD') AS moment, t.uitkomst, t.toelichting, t.afgerond_op AS "afgerondOp"
         FROM (${nazorgTakenVanCasussenSql(CASUSSEN_VAN_PERSOON)}) t
        ORDER BY t.moment`,
    ),
    overdrachten: await q(
      `SELECT o.grondslag, o.aangeboden_op AS "aangebodenOp", o.status,
              coalesce(${regioNaamSql('o.naar_regio_id')}, ${organisatieNaamSql('o.naar_organisatie_id')}) AS ontvanger, o.pakket
         FROM overdracht o JOIN casus c ON c.id = o.casus_id
        WHERE c.persoon_id = $1`,
    ),
    machtigingen: await q(
      `SELECT m.bestandsnaam, m.mime, m.grootte, m.aangemaakt_op AS "toegevoegdOp"
         FROM deling_machtiging m JOIN casus c ON c.id = m.casus_id
        WHERE c.persoon_id = $1`,
    ),
    ontvangenOverdrachten: await sql.query(
      `SELECT ${regioNaamSql('o.regio_id')} AS van, o.grondslag, o.aangeboden_op AS "aangebodenOp", o.status, o.pakket
         FROM overdracht o
        WHERE o.naar_regio_id = app_regio()
          AND o.pakket->'persoon'->>'bsn' = $1`,
      [bsn],
    ),
  };
}

/** Whether the person has a case still being worked (phase other than afgesloten, nazorg, beeindigd). */
export async function heeftActieveCasus(sql: Sql, persoonId: string): Promise<boolean> {
  const rows = await sql.query(
    [`SELECT 1`, `FROM casus`, `WHERE persoon_id = $1`, `AND fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')`].join('\n'),
    [persoonId],
  );
  return rows.length > 0;
}
