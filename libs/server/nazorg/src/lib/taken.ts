import { kwintMomenten, volgendeJaarcontact, type IsoDate, type RegioInstellingen } from '@rmc/shared-domain';
import type { EntityManager } from 'typeorm';
import { rows } from './rows';

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
export async function onderhoudTaken(em: EntityManager, vandaag: IsoDate, inst: RegioInstellingen): Promise<{ nieuw: number; beeindigd: number }> {
  let nieuw = 0;
  const oudVsv = rows<{ id: string; laatste: string | null }>(
    await em.query(
      `SELECT c.id, to_char(greatest(
                (SELECT max(m.datum) FROM contactmoment m WHERE m.casus_id = c.id AND m.uitkomst = 'contact'),
                (SELECT max((t.afgerond_op AT TIME ZONE 'Europe/Amsterdam')::date) FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'jaarcontact')), 'YYYY-MM-DD') AS laatste
         FROM casus c
        WHERE c.regio_id = app_regio() AND c.doelgroep = 'oud-vsv' AND c.fase IN ${OPEN_FASEN}
          AND NOT EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'jaarcontact' AND t.afgerond_op IS NULL)`,
    ),
  );
  for (const c of oudVsv) nieuw += await voegToe(em, c.id, 'jaarcontact', [volgendeJaarcontact(c.laatste, vandaag)]);

  if (inst.kwintVolgen) {
    const jikp = rows<{ id: string; start: string }>(
      await em.query(
        `SELECT c.id, to_char(c.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS start FROM casus c
          WHERE c.regio_id = app_regio() AND c.doelgroep LIKE 'jikp-%' AND c.fase <> 'beeindigd' AND coalesce(c.sluitreden, '') <> 'overgedragen'
            AND NOT EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'kwint')`,
      ),
    );
    // Moments already past (a case from before the region followed Kwint) are skipped, not reminded in a burst.
    for (const c of jikp) nieuw += await voegToe(em, c.id, 'kwint', kwintMomenten(c.start).filter((m) => m >= vandaag));
  }

  const beeindigd = rows<{ id: string }>(
    await em.query(
      `UPDATE casus c SET fase = 'beeindigd', gewijzigd_op = now()
        WHERE c.regio_id = app_regio() AND c.fase = 'nazorg' AND c.nazorg_tot < $1::date
          AND NOT EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = c.id AND t.soort = 'nazorg' AND t.afgerond_op IS NULL)
        RETURNING c.id`,
      [vandaag],
    ),
  ).length;
  return { nieuw, beeindigd };
}

async function voegToe(em: EntityManager, casusId: string, soort: TaakSoort, momenten: IsoDate[]): Promise<number> {
  let n = 0;
  for (const moment of momenten)
    n += rows<{ id: string }>(
      await em.query(
        `INSERT INTO nazorg_taak (regio_id, casus_id, soort, moment) VALUES (app_regio(), $1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
        [casusId, soort, moment],
      ),
    ).length;
  return n;
}
