import type { Db } from '@rmc/server-core';

/**
 * The scan's bookkeeping, outside any tenant context (`Db.systeem`): the list of active regions (a
 * region's own rows are read inside its tick, in its context) and the heartbeat rows (core's
 * `worker_hartslag`, no tenant data).
 */
type Sql = Pick<Db, 'systeem'>;

/** The ids of the active regions, ordered. */
export async function actieveRegioIds(sql: Sql): Promise<string[]> {
  const rijen = await sql.systeem<{ id: string }>(
    `SELECT id
      FROM regio
      WHERE actief
      ORDER BY id`,
  );
  return rijen.map((r) => r.id);
}

/** Whether a region is (still) active: a tick of a deactivated region does nothing. */
export async function regioIsActief(sql: Sql, regioId: string): Promise<boolean> {
  const [regio] = await sql.systeem<{ actief: boolean }>(
    `SELECT actief
      FROM regio
      WHERE id = $1`,
    [regioId],
  );
  return !!regio?.actief;
}

/**
 * One region's heartbeat row (`scan-regio-<id>`), folded in the same statement into the row
 * `herinneringen` that readiness, metrics and the Wachtrijen page read: age, the slowest region's
 * duration, the number of active regions and those whose last tick failed.
 */
export async function schrijfHartslag(sql: Sql, regioId: string, duurMs: number, mislukt: boolean): Promise<void> {
  await sql.systeem(
    `WITH regio_rij AS (
        INSERT INTO worker_hartslag (taak, laatst, duur_ms, regios, mislukt)
        VALUES ('scan-regio-' || $1, now(), $2, 1, $3)
        ON CONFLICT (taak) DO UPDATE SET laatst = EXCLUDED.laatst, duur_ms = EXCLUDED.duur_ms, mislukt = EXCLUDED.mislukt
        RETURNING taak, duur_ms, mislukt
      )
      INSERT INTO worker_hartslag (taak, laatst, duur_ms, regios, mislukt)
      SELECT 'herinneringen', now(), coalesce(max(coalesce(n.duur_ms, h.duur_ms)), 0), count(*),
             count(*) FILTER (WHERE coalesce(n.mislukt, h.mislukt) > 0)
      FROM regio r
      LEFT JOIN worker_hartslag h ON h.taak = 'scan-regio-' || r.id
      LEFT JOIN regio_rij n ON n.taak = 'scan-regio-' || r.id
      WHERE r.actief
      ON CONFLICT (taak) DO UPDATE SET laatst = EXCLUDED.laatst, duur_ms = EXCLUDED.duur_ms, regios = EXCLUDED.regios, mislukt = EXCLUDED.mislukt`,
    [regioId, duurMs, mislukt ? 1 : 0],
  );
}
