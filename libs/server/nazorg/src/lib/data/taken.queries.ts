import { naCursor, ordening, rijen, type Keyset, type Uitvoerder } from '@rmc/server-core';
import type { NazorgTaakDto } from '@rmc/shared-api-types';
import type { IsoDate } from '@rmc/shared-domain';
import type { NazorgCasusBron, NazorgPersoonBron } from '../bronnen.port';

/**
 * Follow-up tasks (nazorg owns `nazorg_taak`; ADR 0010). Every function runs on the caller's transaction,
 * under its RLS; the case and the person are joined through their owners' fragments (`bronnen.port.ts`).
 */

export type TaakSoortSql = 'nazorg' | 'jaarcontact' | 'kwint';

/** One set-based insert of (case, moment) pairs of one kind; existing tasks are kept (unique key). The ids inserted. */
export async function voegTakenToe(
  q: Uitvoerder,
  regioId: string,
  soort: TaakSoortSql,
  casusIds: readonly string[],
  momenten: readonly IsoDate[],
): Promise<Array<{ id: string }>> {
  return rijen<{ id: string }>(
    await q.query(
      `INSERT INTO nazorg_taak (regio_id, casus_id, soort, moment) SELECT $1, u.casus_id, $2, u.moment FROM unnest($3::uuid[], $4::date[]) AS u(casus_id, moment)
       ON CONFLICT DO NOTHING RETURNING id`,
      [regioId, soort, casusIds, momenten],
    ),
  );
}

/**
 * Stored tasks due and not yet reminded (`herinnerd`, a partial index), with the case's consulent:
 * nazorg check-ins only while the case is in nazorg, yearly oud-vsv tasks while the case has not ended,
 * Kwint tasks for their whole two years.
 */
export async function takenDue(
  q: Uitvoerder,
  casus: Pick<NazorgCasusBron, 'casusJoinSql'>,
  regioId: string,
  vandaag: IsoDate,
): Promise<Array<{ id: string; casus_id: string; soort: TaakSoortSql; moment: string; consulent_id: string | null }>> {
  return rijen<{ id: string; casus_id: string; soort: TaakSoortSql; moment: string; consulent_id: string | null }>(
    await q.query(
      `SELECT t.id, t.casus_id, t.soort, to_char(t.moment, 'YYYY-MM-DD') AS moment, c.consulent_id FROM nazorg_taak t ${casus.casusJoinSql('c', 'c.id = t.casus_id')}
        WHERE t.regio_id = $2 AND t.afgerond_op IS NULL AND t.herinnerd IS DISTINCT FROM t.moment AND t.moment <= $1
          -- Kwint follows the leaver for two years whatever the case does (its nazorg may end sooner);
          -- the yearly oud-vsv contact only while the case has not ended. Nothing after a handover, a
          -- move or the young person's death: there is nobody left here to follow.
          AND coalesce(c.sluitreden, '') NOT IN ('overgedragen', 'verhuisd', 'inschrijving-beeindigd-overleden')
          AND (CASE t.soort WHEN 'nazorg' THEN c.fase = 'nazorg' WHEN 'kwint' THEN true ELSE c.fase <> 'beeindigd' END)`,
      [vandaag, regioId],
    ),
  );
}

/**
 * One page of the region's tasks (open before finished, by moment, id), keyset-paged: the inner query
 * reads nazorg_taak only (RLS: the region) through `nazorg_taak_lijst_idx`; the case's person's name is
 * joined for the page's rows. `params`/`p` come from `parameters` (`$1` is today).
 */
export async function takenPagina(
  q: Uitvoerder,
  bronnen: { casus: Pick<NazorgCasusBron, 'casusJoinSql'>; personen: Pick<NazorgPersoonBron, 'persoonJoinSql'> },
  sleutel: Keyset,
  cursor: Parameters<typeof naCursor>[1],
  p: (v: unknown) => string,
  limit: number,
  params: unknown[],
  /** An extra condition on alias `t` (its parameters already in `params`); 'TRUE' for none. */
  filter = 'TRUE',
): Promise<Array<NazorgTaakDto & { bsn: string; afgerond: boolean }>> {
  return rijen<NazorgTaakDto & { bsn: string; afgerond: boolean }>(
    await q.query(
      `SELECT t.id, t.casus_id AS "casusId", t.soort, to_char(t.moment, 'YYYY-MM-DD') AS moment, t.uitkomst, t.afgerond_op AS "afgerondOp",
              p.voornaam, p.achternaam, p.bsn, (t.afgerond_op IS NULL AND t.moment <= $1::date) AS "nuTeDoen", t.afgerond
         FROM (SELECT t.*, (t.afgerond_op IS NOT NULL) AS afgerond FROM nazorg_taak t
                WHERE ${filter} AND ${naCursor(sleutel, cursor, p)} ORDER BY ${ordening(sleutel)} LIMIT ${p(limit + 1)}) t
         ${bronnen.casus.casusJoinSql('c', 'c.id = t.casus_id')} ${bronnen.personen.persoonJoinSql('p', 'p.id = c.persoon_id')}
        ORDER BY t.afgerond, t.moment, t.id`,
      params,
    ),
  );
}

/** One task (id, case, kind); undefined when it does not exist or is not visible. */
export async function taakOpId(q: Uitvoerder, id: string): Promise<{ id: string; casus_id: string; soort: string } | undefined> {
  const [t] = rijen<{ id: string; casus_id: string; soort: string }>(
    await q.query(`SELECT id, casus_id, soort FROM nazorg_taak WHERE id = $1`, [id]),
  );
  return t;
}

/** Records a task's outcome, claimed in the update itself (of two concurrent outcomes only the first); false when already finished. */
export async function legUitkomstVast(
  q: Uitvoerder,
  id: string,
  uitkomst: string,
  toelichting: string | null,
  door: string,
): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `UPDATE nazorg_taak SET uitkomst = $2, toelichting = $3, afgerond_op = now(), door = $4 WHERE id = $1 AND afgerond_op IS NULL RETURNING id`,
      [id, uitkomst, toelichting, door],
    ),
  );
  return rows.length > 0;
}
