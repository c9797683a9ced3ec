import { kwintMomenten, volgendeJaarcontact, type IsoDate, type RegioInstellingen } from '@rmc/shared-domain';
import type { EntityManager } from 'typeorm';
import { rijen } from '@rmc/server-core';

export const TAAK_SOORTEN = ['nazorg', 'jaarcontact', 'kwint'] as const;
export type TaakSoort = (typeof TAAK_SOORTEN)[number];

/** Phases in which a case is still being worked (not closed, not in nazorg, not ended). */
const OPEN_FASEN = `('waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren')`;

/**
 * Stored follow-up tasks that come from the calendar rather than from a user action. Idempotent: the
 * unique (casus, soort, moment) key and the "no open task yet" checks make a second run add nothing.
 *  - Oud-vsv: at least one contact a year — one open yearly task per open oud-vsv case, due a year
 *    after the last successful contact or the last finished yearly task (or today when never).
 *  - JIKP (motie Kwint, when the region follows it): eight quarterly tasks from the case start.
 *  - Nazorg ends by itself once its term has passed and no check-in is left open.
 */
export async function onderhoudTaken(
  em: EntityManager,
  regioId: string,
  vandaag: IsoDate,
  inst: RegioInstellingen,
): Promise<{ nieuw: number; beeindigd: number; gelezen: number }> {
  // Each query names the region and matches a partial index (migration 1734600000000): open oud-vsv
  // cases, jikp cases not ended, cases in nazorg by end date. Tasks are inserted set-based.
  let nieuw = 0;
  const oudVsv = rijen<{ id: string; laatste: string | null }>(
    await em.query(
      `SELECT c.id, to_char(greatest(
                (SELECT max(m.datum) FROM contactmoment m WHERE m.casus_id = c.id AND m.uitkomst = 'contact'),
                (SELECT max((t.afgerond_op AT TIME ZONE 'Europe/Amsterdam')::date) FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'jaarcontact')), 'YYYY-MM-DD') AS laatste
         FROM casus c
        WHERE c.regio_id = $1 AND c.doelgroep = 'oud-vsv' AND c.fase IN ${OPEN_FASEN}
          AND NOT EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'jaarcontact' AND t.afgerond_op IS NULL)`,
      [regioId],
    ),
  );
  nieuw += await voegToe(
    em,
    regioId,
    'jaarcontact',
    oudVsv.map((c) => [c.id, volgendeJaarcontact(c.laatste, vandaag)]),
  );
  let gelezen = oudVsv.length;

  if (inst.kwintVolgen) {
    const jikp = rijen<{ id: string; start: string }>(
      await em.query(
        `SELECT c.id, to_char(c.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS start FROM casus c
          WHERE c.regio_id = $1 AND c.doelgroep LIKE 'jikp-%' AND c.fase <> 'beeindigd' AND coalesce(c.sluitreden, '') <> 'overgedragen'
            -- The last of the eight moments is two years after the start: an older case gets none (below).
            AND c.aangemaakt_op >= $2::date - interval '25 months'
            AND NOT EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'kwint')`,
        [regioId, vandaag],
      ),
    );
    // Moments already past (a case from before the region followed Kwint) are skipped, not reminded in a burst.
    nieuw += await voegToe(
      em,
      regioId,
      'kwint',
      jikp.flatMap((c) =>
        kwintMomenten(c.start)
          .filter((m) => m >= vandaag)
          .map((m): [string, IsoDate] => [c.id, m]),
      ),
    );
    gelezen += jikp.length;
  }

  const beeindigd = rijen<{ id: string }>(
    await em.query(
      `UPDATE casus c SET fase = 'beeindigd', gewijzigd_op = now()
        WHERE c.regio_id = $2 AND c.fase = 'nazorg' AND c.nazorg_tot < $1::date
          AND NOT EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'nazorg' AND t.afgerond_op IS NULL)
        RETURNING c.id`,
      [vandaag, regioId],
    ),
  ).length;
  return { nieuw, beeindigd, gelezen: gelezen + beeindigd };
}

/** One set-based insert of (case, moment) pairs of one kind; existing tasks are kept (unique key). */
async function voegToe(
  em: EntityManager,
  regioId: string,
  soort: TaakSoort,
  paren: Array<[casusId: string, moment: IsoDate]>,
): Promise<number> {
  if (!paren.length) return 0;
  return rijen<{ id: string }>(
    await em.query(
      `INSERT INTO nazorg_taak (regio_id, casus_id, soort, moment) SELECT $1, u.casus_id, $2, u.moment FROM unnest($3::uuid[], $4::date[]) AS u(casus_id, moment)
       ON CONFLICT DO NOTHING RETURNING id`,
      [regioId, soort, paren.map(([c]) => c), paren.map(([, m]) => m)],
    ),
  ).length;
}
