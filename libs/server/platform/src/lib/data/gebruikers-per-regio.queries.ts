import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * The number of distinct users with a membership in each region (region id → count; a region
 * without members is absent). Reads identity's `lidmaatschap`: listed in the ownership check's
 * allowlist until identity exports this count (identity is being reworked by another helper).
 */
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
