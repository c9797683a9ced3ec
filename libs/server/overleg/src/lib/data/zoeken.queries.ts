import { naamConditie, rijen, zoekWoorden, type Uitvoerder } from '@rmc/server-core';

/**
 * Search (issue 13) on meetings by title: the overleg context's part, on the trigram index
 * `overleg_zoektitel_idx` through `zoek_overleg_ids` (migration `1735720000000-overleg-zoeken`). `where` is the CASL admission on
 * alias `o` (a partner: meetings its organisation takes part in), RLS the second layer.
 */

export interface OverlegZoekRij {
  id: string;
  titel: string;
  start: string;
}

export async function zoekOverleggen(
  q: Uitvoerder,
  where: string,
  woorden: string[],
  params: unknown[],
  p: (v: unknown) => string,
  limit: number,
): Promise<OverlegZoekRij[]> {
  return rijen(
    await q.query(
      `SELECT o.id, o.titel, to_char(o.start AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') AS start
         FROM overleg o
        WHERE (${where}) AND o.id = ANY((SELECT zoek_overleg_ids(${p(zoekWoorden(woorden))}::text[], 200))::uuid[])
          AND ${naamConditie(woorden, 'zoektekst(o.titel)', p, true)}
        ORDER BY o.start DESC, o.id DESC
        LIMIT ${p(limit)}`,
      params,
    ),
  );
}
