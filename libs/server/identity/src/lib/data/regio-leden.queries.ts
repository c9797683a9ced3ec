import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { ConsulentDto } from '@rmc/shared-api-types';

/**
 * Who works in a region, for other contexts (identity owns `gebruiker` and `lidmaatschap`). Every function
 * runs on the caller's transaction, under its RLS.
 */

/** The number of distinct users with a membership in each region (region id → count; a region without members is absent). */
export async function gebruikersPerRegio(q: Uitvoerder, regioIds: string[]): Promise<Map<string, number>> {
  const rows = rijen<{ regio_id: string; n: number }>(
    await q.query(
      `SELECT l.regio_id, count(DISTINCT l.gebruiker_id)::int AS n
         FROM lidmaatschap l
        WHERE l.regio_id = ANY($1::uuid[])
        GROUP BY l.regio_id`,
      [regioIds],
    ),
  );
  return new Map(rows.map((r) => [r.regio_id, r.n]));
}

/** Active consulenten, leerplichtambtenaren and coordinators of the caller's region (`app_regio()`), by name. */
export async function consulentenVanRegio(q: Uitvoerder): Promise<ConsulentDto[]> {
  return rijen(
    await q.query(
      `SELECT DISTINCT g.id, g.naam
         FROM lidmaatschap l
         JOIN gebruiker g ON g.id = l.gebruiker_id
        WHERE l.regio_id = app_regio()
          AND l.actief
          AND g.actief
          AND l.rol IN ('regio-consulent', 'leerplichtambtenaar', 'regio-coordinator')
        ORDER BY g.naam`,
    ),
  );
}
