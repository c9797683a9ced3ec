import type { Db } from '@rmc/server-core';
import { meldingenVanPersoonSql, meldingGebeurtenissenSql } from '@rmc/server-meldingen';
import { nazorgTakenVanCasussenSql } from '@rmc/server-nazorg';
import { organisatieNaamSql, regioNaamSql, vestigingNaamSql } from '@rmc/server-organisaties';
import { bouwTijdlijn, type TijdlijnGebeurtenis, type TijdlijnItem } from '@rmc/shared-domain';
import type { CasusOverlegBron } from '../overleg-bron.port';

/**
 * The raw events of a timeline in one query, under the caller's RLS (RMC roles only: the service
 * never builds it for a partner, and casus_fase_wijziging / contactmoment would not admit one).
 * $1 is the person; `casussen` selects the cases (one case, or all the person's cases). The meldingen,
 * nazorg tasks and meetings come from their owners' subqueries, names from organisaties' expressions
 * (docs/architecture.md, "Who owns which table").
 */
const utc = (t: string) => `to_char((${t}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const dag = (d: string) => `to_char(${d}, 'YYYY-MM-DD')`;
/** Events recorded by date only: at the moment of recording when that was the same day, else noon that day. */
const dagSorteer = (d: string, vastgelegd: string) =>
  utc(
    `CASE WHEN ${d} = (${vastgelegd} AT TIME ZONE 'Europe/Amsterdam')::date THEN ${vastgelegd} ELSE (${d} + time '12:00') AT TIME ZONE 'Europe/Amsterdam' END`,
  );
const moment = (t: string) => `${utc(t)}, ${utc(t)}`;

/** A share's organisation name as `o.naam`; like an inner join, a share whose organisation RLS hides is left out. */
const DELING_ORGANISATIE = `JOIN LATERAL (SELECT ${organisatieNaamSql('d.organisatie_id')} AS naam) o ON o.naam IS NOT NULL`;
/** The receiving region's or organisation's name of handover `o`. */
const OVERDRACHT_NAAR = `coalesce(${regioNaamSql('o.naar_regio_id')}, ${organisatieNaamSql('o.naar_organisatie_id')})`;

function sql(casussen: string, overleg: CasusOverlegBron): string {
  return `
    WITH c AS (SELECT * FROM casus WHERE ${casussen}),
         m AS (${meldingenVanPersoonSql('$1')})
    SELECT 'melding-gemeld' AS gebeurtenis, ${utc('m.gemeld_op')} AS op, ${utc('m.gemeld_op')} AS sorteer, NULL::uuid AS "casusId", m.id AS "refId",
           jsonb_build_object('soort', m.soort, 'vestiging', ${vestigingNaamSql('m.vestiging_id')}) AS g
      FROM m
    UNION ALL SELECT 'melding-opgepakt', ${moment('m.opgepakt_op')}, NULL, m.id, '{}'::jsonb FROM m WHERE m.opgepakt_op IS NOT NULL
    UNION ALL SELECT 'melding-oordeel', ${moment('e.op')}, NULL, m.id, jsonb_build_object('oordeel', m.oordeel)
      FROM (${meldingGebeurtenissenSql('SELECT id FROM m')}) e JOIN m ON m.id = e.melding_id WHERE e.soort = 'oordeel'
    UNION ALL SELECT 'melding-teruggemeld', ${moment('e.op')}, NULL, m.id, jsonb_build_object('tekst', e.tekst, 'reden', m.reden_afgesloten)
      FROM (${meldingGebeurtenissenSql('SELECT id FROM m')}) e JOIN m ON m.id = e.melding_id WHERE e.soort = 'terugkoppeling'
    UNION ALL SELECT 'casus-aangemaakt', ${moment('c.aangemaakt_op')}, c.id, c.id,
           jsonb_build_object('bron', c.bron, 'fase', (SELECT f.naar FROM casus_fase_wijziging f WHERE f.casus_id = c.id AND f.van IS NULL ORDER BY f.op LIMIT 1))
      FROM c
    UNION ALL SELECT 'overgenomen', ${moment('o.geaccepteerd_op')}, c.id, o.id, jsonb_build_object('van', ${regioNaamSql('o.regio_id')})
      FROM overdracht o JOIN c ON c.id = o.nieuwe_casus_id WHERE o.geaccepteerd_op IS NOT NULL
    UNION ALL SELECT 'fase', ${moment('f.op')}, f.casus_id, f.id, jsonb_build_object('van', f.van, 'naar', f.naar)
      FROM casus_fase_wijziging f JOIN c ON c.id = f.casus_id WHERE f.van IS NOT NULL
    UNION ALL SELECT 'signalering', ${moment('coalesce(c.signalering_op, c.aangemaakt_op)')}, c.id, c.id,
           jsonb_build_object('actieNodig', coalesce((c.oordeel_signalering->>'actieNodig')::boolean, false))
      FROM c WHERE c.oordeel_signalering IS NOT NULL
    UNION ALL SELECT 'scan', ${dag('s.datum')}, ${dagSorteer('s.datum', 's.aangemaakt_op')}, s.casus_id, s.id,
           jsonb_build_object('aantal', (SELECT count(*) FROM jsonb_object_keys(s.scores)))
      FROM levensdomein_scan s JOIN c ON c.id = s.casus_id
    UNION ALL SELECT 'actie', ${moment('a.aangemaakt_op')}, a.casus_id, a.id, jsonb_build_object('omschrijving', a.omschrijving, 'eigenaar', ${organisatieNaamSql('a.eigenaar_organisatie_id')})
      FROM plan_actie a JOIN c ON c.id = a.casus_id
    UNION ALL SELECT 'actie-status', ${moment('st.op')}, a.casus_id, st.id, jsonb_build_object('omschrijving', a.omschrijving, 'status', st.status)
      FROM plan_actie_status st JOIN plan_actie a ON a.id = st.actie_id JOIN c ON c.id = a.casus_id
    UNION ALL SELECT 'contact', ${dag('k.datum')}, ${dagSorteer('k.datum', 'k.aangemaakt_op')}, k.casus_id, k.id, jsonb_build_object('vorm', k.vorm, 'uitkomst', k.uitkomst)
      FROM contactmoment k JOIN c ON c.id = k.casus_id
    UNION ALL SELECT 'deling', ${moment('d.aangemaakt_op')}, d.casus_id, d.id, jsonb_build_object('organisatie', o.naam)
      FROM casus_deling d JOIN c ON c.id = d.casus_id ${DELING_ORGANISATIE}
    UNION ALL SELECT 'deling-ingetrokken', ${moment('d.ingetrokken_op')}, d.casus_id, d.id, jsonb_build_object('organisatie', o.naam)
      FROM casus_deling d JOIN c ON c.id = d.casus_id ${DELING_ORGANISATIE} WHERE d.ingetrokken_op IS NOT NULL
    UNION ALL SELECT 'deling-verlopen', ${dag('d.eind_datum')}, ${utc(`(d.eind_datum + time '23:59:59') AT TIME ZONE 'Europe/Amsterdam'`)}, d.casus_id, d.id,
           jsonb_build_object('organisatie', o.naam)
      FROM casus_deling d JOIN c ON c.id = d.casus_id ${DELING_ORGANISATIE}
     WHERE d.ingetrokken_op IS NULL AND d.eind_datum < (now() AT TIME ZONE 'Europe/Amsterdam')::date
    UNION ALL SELECT 'overleg', ${moment('ov.start')}, ov.casus_id, ov.overleg_id, jsonb_build_object('titel', ov.titel, 'voorbij', ov.start <= now())
      FROM (${overleg.agendapuntenVanCasussenSql('SELECT id FROM c')}) ov
    UNION ALL SELECT 'nazorg', ${moment('t.afgerond_op')}, t.casus_id, t.id,
           jsonb_build_object('moment', ${dag('t.moment')}, 'uitkomst', t.uitkomst, 'soort', to_jsonb(t) ->> 'soort')
      FROM (${nazorgTakenVanCasussenSql('SELECT id FROM c')}) t WHERE t.afgerond_op IS NOT NULL AND t.uitkomst IS NOT NULL
    UNION ALL SELECT 'overdracht', ${moment('o.aangeboden_op')}, o.casus_id, o.id, jsonb_build_object('naar', ${OVERDRACHT_NAAR})
      FROM overdracht o JOIN c ON c.id = o.casus_id
    UNION ALL SELECT 'overdracht-geaccepteerd', ${moment('o.geaccepteerd_op')}, o.casus_id, o.id, jsonb_build_object('naar', ${OVERDRACHT_NAAR})
      FROM overdracht o JOIN c ON c.id = o.casus_id
     WHERE o.geaccepteerd_op IS NOT NULL`;
}

/** The first SELECT names the columns; the later branches follow by position. */
type Query = Pick<Db, 'query'>;

/** One case: its own events and the person's meldingen in the region. */
export async function casusTijdlijn(
  db: Query,
  overleg: CasusOverlegBron,
  casusId: string,
  persoonId: string,
): Promise<TijdlijnItem[]> {
  return bouwTijdlijn(await db.query<TijdlijnGebeurtenis>(sql('id = $2', overleg), [persoonId, casusId]));
}

/** One person: every case of the person in the region and the meldingen; case events link to their case. */
export async function persoonTijdlijn(db: Query, overleg: CasusOverlegBron, persoonId: string): Promise<TijdlijnItem[]> {
  return bouwTijdlijn(await db.query<TijdlijnGebeurtenis>(sql('persoon_id = $1', overleg), [persoonId]), { casusLinks: true });
}
