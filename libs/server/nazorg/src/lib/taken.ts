import { kwintMomenten, volgendeJaarcontact, type IsoDate, type RegioInstellingen } from '@rmc/shared-domain';
import type { EntityManager } from 'typeorm';
import type { NazorgCasusBron } from './bronnen.port';
import { voegTakenToe } from './data/taken.queries';

export const TAAK_SOORTEN = ['nazorg', 'jaarcontact', 'kwint'] as const;
export type TaakSoort = (typeof TAAK_SOORTEN)[number];

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
  casus: NazorgCasusBron,
): Promise<{ nieuw: number; beeindigd: number; gelezen: number }> {
  // Each query names the region and matches a partial index (migration 1734600000000): open oud-vsv
  // cases, jikp cases not ended, cases in nazorg by end date. Tasks are inserted set-based.
  let nieuw = 0;
  const oudVsv = await casus.oudVsvZonderJaarcontact(em, regioId);
  nieuw += await voegToe(
    em,
    regioId,
    'jaarcontact',
    oudVsv.map((c) => [c.id, volgendeJaarcontact(c.laatste, vandaag)]),
  );
  let gelezen = oudVsv.length;

  if (inst.kwintVolgen) {
    const jikp = await casus.jikpZonderKwint(em, regioId, vandaag);
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

  const beeindigd = (await casus.beeindigVerlopenNazorg(em, regioId, vandaag)).length;
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
  return (
    await voegTakenToe(
      em,
      regioId,
      soort,
      paren.map(([c]) => c),
      paren.map(([, m]) => m),
    )
  ).length;
}
