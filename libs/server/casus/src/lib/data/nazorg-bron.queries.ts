import { rijen, type Uitvoerder } from '@rmc/server-core';
import { lidmaatschapJoinSql } from '@rmc/server-identity';
import { laatsteJaarcontactSql, taakBestaatSql, type CasusMarkering, type NazorgCasusBron } from '@rmc/server-nazorg';
import { organisatieJoinSql } from '@rmc/server-organisaties';
import type { IsoDate } from '@rmc/shared-domain';

/**
 * The case side of the reminder scan and the calendar tasks (nazorg's port `NazorgCasusBron`; nazorg
 * cannot import casus). Each candidate query names the region and repeats the predicate of its partial
 * index (migration 1734600000000, ADR 0013, docs/performance-plans.md): the text is the one the scan
 * was tuned with; memberships, organisations and tasks come in as their owners' SQL fragments.
 */

/** Phases in which a case is still being worked (not closed, not in nazorg, not ended). */
const OPEN_FASEN = `('waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren')`;

/** Plan and MDO actions at or past their deadline: the owning user, else the owning organisation's users, else the consulent. */
export async function actiesMetDeadline(
  q: Uitvoerder,
  regioId: string,
  vandaag: IsoDate,
): Promise<Array<{ id: string; casus_id: string; deadline: string; ontvanger: string | null }>> {
  return rijen<{ id: string; casus_id: string; deadline: string; ontvanger: string | null }>(
    await q.query(
      `SELECT a.id, a.casus_id, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, coalesce(a.eigenaar_gebruiker_id, l.gebruiker_id, c.consulent_id) AS ontvanger
         FROM plan_actie a JOIN casus c ON c.id = a.casus_id
         ${organisatieJoinSql('LEFT JOIN', 'o', 'o.id = a.eigenaar_organisatie_id')}
         ${lidmaatschapJoinSql('LEFT JOIN', 'l', 'a.eigenaar_gebruiker_id IS NULL AND l.organisatie_id = a.eigenaar_organisatie_id AND l.actief')}
        WHERE a.regio_id = $2 AND a.status = 'open' AND a.deadline IS NOT NULL AND a.herinnerd IS DISTINCT FROM a.deadline AND a.deadline <= $1
          -- Only while the case is being worked (a closed or handed-over case's actions remind nobody).
          AND c.fase IN ('waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren')
          -- A partner is reminded only while its share runs (after that the link would answer 404).
          AND (o.id IS NULL OR o.soort IN ('regio-team', 'leerplicht')
               OR EXISTS (SELECT 1 FROM casus_deling d WHERE d.casus_id = a.casus_id AND d.organisatie_id = o.id AND d.ingetrokken_op IS NULL AND d.eind_datum >= $1))`,
      [vandaag, regioId],
    ),
  );
}

/** SQL fragment for nazorg's statements: `JOIN casus <alias> ON <voorwaarde>`. */
export function casusJoinSql(alias: string, voorwaarde: string): string {
  return `JOIN casus ${alias} ON ${voorwaarde}`;
}

/** SQL expression for retention's person read: `EXISTS` a case of the person `persoonKolom` that is still active. */
export function actieveCasusVanPersoonSql(persoonKolom: string): string {
  return `EXISTS (SELECT 1 FROM casus c WHERE c.persoon_id = ${persoonKolom} AND c.fase NOT IN ('afgesloten', 'beeindigd'))`;
}

/** A share or consent ending within `dagen` days, not yet reminded about, with the case's consulent. */
export async function delingenMetEinde(
  q: Uitvoerder,
  regioId: string,
  vandaag: IsoDate,
  dagen: number,
): Promise<Array<{ id: string; casus_id: string; eind: string; consulent_id: string | null }>> {
  return rijen<{ id: string; casus_id: string; eind: string; consulent_id: string | null }>(
    await q.query(
      `SELECT d.id, d.casus_id, to_char(d.eind_datum, 'YYYY-MM-DD') AS eind, c.consulent_id FROM casus_deling d JOIN casus c ON c.id = d.casus_id
        WHERE d.regio_id = $2 AND d.ingetrokken_op IS NULL AND d.herinnerd IS DISTINCT FROM d.eind_datum
          AND d.eind_datum >= $1 AND d.eind_datum <= $1::date + $3::int`,
      [vandaag, regioId, dagen],
    ),
  );
}

/** Contact attempts the ladder has not seen yet (`ladder_verwerkt`, a partial index). */
export async function nieuweContactpogingen(q: Uitvoerder, regioId: string): Promise<Array<{ id: string; casus_id: string }>> {
  return rijen<{ id: string; casus_id: string }>(
    await q.query(`SELECT id, casus_id FROM contactmoment WHERE regio_id = $1 AND NOT ladder_verwerkt`, [regioId]),
  );
}

/** Cases in a ladder phase whose stored next ladder moment has come. */
export async function ladderAanDeBeurt(q: Uitvoerder, regioId: string, vandaag: IsoDate): Promise<Array<{ id: string }>> {
  return rijen<{ id: string }>(
    await q.query(
      `SELECT id FROM casus WHERE regio_id = $1 AND ladder_volgende IS NOT NULL AND fase IN ('analyseren', 'plannen', 'handelen') AND ladder_volgende <= $2`,
      [regioId, vandaag],
    ),
  );
}

/** The cases' consulent and phase with each contact attempt (a case without attempts: one row with nulls). */
export async function contactpogingen(
  q: Uitvoerder,
  regioId: string,
  casusIds: readonly string[],
): Promise<
  Array<{ casus_id: string; consulent_id: string | null; fase: string; datum: string | null; uitkomst: string | null }>
> {
  return rijen<{ casus_id: string; consulent_id: string | null; fase: string; datum: string | null; uitkomst: string | null }>(
    await q.query(
      `SELECT c.id AS casus_id, c.consulent_id, c.fase, to_char(m.datum, 'YYYY-MM-DD') AS datum, m.uitkomst
         FROM casus c LEFT JOIN contactmoment m ON m.casus_id = c.id WHERE c.regio_id = $1 AND c.id = ANY($2::uuid[])`,
      [regioId, casusIds],
    ),
  );
}

/** Closed cases (before the start of today, UTC: a superset) still waiting for their nazorg to start, not yet reminded. */
export async function nazorgBesluitOpen(
  q: Uitvoerder,
  regioId: string,
  vandaag: IsoDate,
): Promise<Array<{ id: string; consulent_id: string; afgesloten: string; afgesloten_op: string }>> {
  return rijen<{ id: string; consulent_id: string; afgesloten: string; afgesloten_op: string }>(
    await q.query(
      `SELECT c.id, c.consulent_id, to_char(c.afgesloten_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS afgesloten, c.afgesloten_op::text AS afgesloten_op FROM casus c
        WHERE c.regio_id = $1 AND c.fase = 'afgesloten' AND c.afgesloten_op IS NOT NULL AND c.nazorg_besluit_herinnerd IS DISTINCT FROM c.afgesloten_op
          AND c.afgesloten_op < $2::date::timestamp AT TIME ZONE 'UTC'
          AND c.consulent_id IS NOT NULL AND coalesce(c.sluitreden, '') NOT IN ('overgedragen', 'inschrijving-beeindigd-overleden')`,
      [regioId, vandaag],
    ),
  );
}

/**
 * Warm handovers offered and not yet taken over, per recipient: the receiving region's coördinatoren
 * or the users of the receiving organisation (a partial index on status 'aangeboden').
 */
export async function overdrachtenAangeboden(
  q: Uitvoerder,
  regioId: string,
): Promise<Array<{ id: string; ontvanger: string; op: string }>> {
  return rijen<{ id: string; ontvanger: string; op: string }>(
    await q.query(
      `SELECT o.id, l.gebruiker_id AS ontvanger, to_char(o.aangeboden_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS op
         FROM overdracht o ${lidmaatschapJoinSql('JOIN', 'l', 'l.actief')}
              AND ((o.naar_regio_id = $1 AND l.regio_id = $1 AND l.rol = 'regio-coordinator')
                   OR (o.regio_id = $1 AND o.naar_organisatie_id IS NOT NULL AND l.organisatie_id = o.naar_organisatie_id))
        WHERE o.status = 'aangeboden' AND (o.naar_regio_id = $1 OR o.regio_id = $1)`,
      [regioId],
    ),
  );
}

/** Open oud-vsv cases without an open yearly task, with the last successful contact or finished yearly task. */
export async function oudVsvZonderJaarcontact(
  q: Uitvoerder,
  regioId: string,
): Promise<Array<{ id: string; laatste: string | null }>> {
  return rijen<{ id: string; laatste: string | null }>(
    await q.query(
      `SELECT c.id, to_char(greatest(
                (SELECT max(m.datum) FROM contactmoment m WHERE m.casus_id = c.id AND m.uitkomst = 'contact'),
                ${laatsteJaarcontactSql('c.id')}), 'YYYY-MM-DD') AS laatste
         FROM casus c
        WHERE c.regio_id = $1 AND c.doelgroep = 'oud-vsv' AND c.fase IN ${OPEN_FASEN}
          AND NOT ${taakBestaatSql('c.id', 'jaarcontact', true)}`,
      [regioId],
    ),
  );
}

/** JIKP cases not ended or handed over, started at most 25 months ago, without Kwint tasks. */
export async function jikpZonderKwint(
  q: Uitvoerder,
  regioId: string,
  vandaag: IsoDate,
): Promise<Array<{ id: string; start: string }>> {
  return rijen<{ id: string; start: string }>(
    await q.query(
      `SELECT c.id, to_char(c.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS start FROM casus c
          WHERE c.regio_id = $1 AND c.doelgroep LIKE 'jikp-%' AND c.fase <> 'beeindigd' AND coalesce(c.sluitreden, '') <> 'overgedragen'
            -- The last of the eight moments is two years after the start: an older case gets none (below).
            AND c.aangemaakt_op >= $2::date - interval '25 months'
            AND NOT ${taakBestaatSql('c.id', 'kwint', false)}`,
      [regioId, vandaag],
    ),
  );
}

/** Nazorg ends by itself once its term has passed and no check-in is left open: those cases move to `beeindigd`. */
export async function beeindigVerlopenNazorg(q: Uitvoerder, regioId: string, vandaag: IsoDate): Promise<Array<{ id: string }>> {
  return rijen<{ id: string }>(
    await q.query(
      `UPDATE casus c SET fase = 'beeindigd', gewijzigd_op = now()
        WHERE c.regio_id = $2 AND c.fase = 'nazorg' AND c.nazorg_tot < $1::date
          AND NOT ${taakBestaatSql('c.id', 'nazorg', true)}
        RETURNING c.id`,
      [vandaag, regioId],
    ),
  );
}

/** The UPDATE of each handled marker on casus's tables, by table and column (the column's own type). */
const MARKEER_SQL: Record<`${CasusMarkering['tabel']}.${CasusMarkering['kolom']}`, string | undefined> = {
  'plan_actie.herinnerd': `UPDATE plan_actie t
    SET herinnerd = u.waarde::date
    FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
    WHERE t.id = u.id`,
  'casus_deling.herinnerd': `UPDATE casus_deling t
    SET herinnerd = u.waarde::date
    FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
    WHERE t.id = u.id`,
  'casus.nazorg_besluit_herinnerd': `UPDATE casus t
    SET nazorg_besluit_herinnerd = u.waarde::timestamptz
    FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
    WHERE t.id = u.id`,
  'casus.ladder_volgende': `UPDATE casus t
    SET ladder_volgende = u.waarde::date
    FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
    WHERE t.id = u.id`,
  'contactmoment.ladder_verwerkt': `UPDATE contactmoment t
    SET ladder_verwerkt = u.waarde::boolean
    FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
    WHERE t.id = u.id`,
  // Combinations the scan never writes.
  'plan_actie.nazorg_besluit_herinnerd': undefined,
  'plan_actie.ladder_volgende': undefined,
  'plan_actie.ladder_verwerkt': undefined,
  'casus_deling.nazorg_besluit_herinnerd': undefined,
  'casus_deling.ladder_volgende': undefined,
  'casus_deling.ladder_verwerkt': undefined,
  'casus.herinnerd': undefined,
  'casus.ladder_verwerkt': undefined,
  'contactmoment.herinnerd': undefined,
  'contactmoment.nazorg_besluit_herinnerd': undefined,
  'contactmoment.ladder_volgende': undefined,
};

/** Writes one block of the scan's handled markers (nazorg's port: casus holds the UPDATE of its tables). */
async function markeer(q: Uitvoerder, m: CasusMarkering): Promise<void> {
  const sql = MARKEER_SQL[`${m.tabel}.${m.kolom}`];
  if (!sql) throw new Error(`Geen markering ${m.tabel}.${m.kolom}`);
  await q.query(sql, [m.waarden.map(([id]) => id), m.waarden.map(([, w]) => w)]);
}

/** Casus's implementation of nazorg's port. */
export const casusNazorgBron: NazorgCasusBron = {
  actiesMetDeadline,
  markeer,
  actieveCasusVanPersoonSql,
  casusJoinSql,
  delingenMetEinde,
  nieuweContactpogingen,
  ladderAanDeBeurt,
  contactpogingen,
  nazorgBesluitOpen,
  overdrachtenAangeboden,
  oudVsvZonderJaarcontact,
  jikpZonderKwint,
  beeindigVerlopenNazorg,
};
