import { rijen, type Uitvoerder } from '@rmc/server-core';
import { markeerMeldingen } from '@rmc/server-meldingen';
import type { CasusMarkering, NazorgCasusBron } from '../bronnen.port';
import type { Markering } from '../kandidaten';

/**
 * The reminder scan's own statements (nazorg owns `herinnering`; ADR 0009, 0013). Every function runs on
 * the caller's transaction (the region's, `Db.alsRegio`), under its RLS.
 */

/** Claims and marker updates go in blocks of this many rows. */
export const HERINNERING_BLOK = 5_000;

/** One scan (or one retention run) per region at a time: a transaction-level advisory lock, false when another run holds it. */
export async function regioSlot(q: Uitvoerder, soort: 'herinneringen-scan' | 'bewaartermijn', regioId: string): Promise<boolean> {
  const [slot] = rijen<{ ok: boolean }>(
    await q.query(`SELECT pg_try_advisory_xact_lock(hashtextextended($1::text || '-' || $2::text, 0)) AS ok`, [soort, regioId]),
  );
  return !!slot?.ok;
}

export interface HerinneringClaim {
  sleutel: string;
  regel: string;
  onderwerpId: string;
  ontvangerId: string;
  moment: string;
}

/**
 * Claims reminders by their deterministic key, in one insert: only the keys claimed now come back. A
 * concurrent scan's insert waits for this one's commit and then claims nothing (ADR 0009).
 */
export async function claimHerinneringen(q: Uitvoerder, regioId: string, claims: readonly HerinneringClaim[]): Promise<string[]> {
  const rows = rijen<{ sleutel: string }>(
    await q.query(
      `INSERT INTO herinnering (regio_id, sleutel, regel, onderwerp_id, ontvanger_id, moment)
       SELECT $1, u.sleutel, u.regel, u.onderwerp_id, u.ontvanger_id, u.moment
       FROM unnest($2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::date[]) AS u(sleutel, regel, onderwerp_id, ontvanger_id, moment)
       ON CONFLICT (sleutel) DO NOTHING
       RETURNING sleutel`,
      [
        regioId,
        claims.map((c) => c.sleutel),
        claims.map((c) => c.regel),
        claims.map((c) => c.onderwerpId),
        claims.map((c) => c.ontvangerId),
        claims.map((c) => c.moment),
      ],
    ),
  );
  return rows.map((r) => r.sleutel);
}

/**
 * The handled markers (ADR 0013): one column of one subject table for a set of rows, one statement per
 * block. The table and column come from a closed list (`Markering`), never from input. Each owner holds
 * the UPDATE of its table: nazorg its tasks, meldingen its meldingen, casus (through the port) the rest.
 */
export async function schrijfMarkering(q: Uitvoerder, m: Markering, casus: Pick<NazorgCasusBron, 'markeer'>): Promise<void> {
  for (let i = 0; i < m.waarden.length; i += HERINNERING_BLOK) {
    const deel = m.waarden.slice(i, i + HERINNERING_BLOK);
    if (m.tabel === 'nazorg_taak') {
      await q.query(
        `UPDATE nazorg_taak t
         SET herinnerd = u.waarde::date
         FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
         WHERE t.id = u.id`,
        [deel.map(([id]) => id), deel.map(([, w]) => w)],
      );
    } else if (m.tabel === 'melding') {
      if (m.kolom !== 'oppak_herinnerd' && m.kolom !== 'terugkoppel_herinnerd')
        throw new Error(`Geen markering melding.${m.kolom}`);
      await markeerMeldingen(q, m.kolom, deel);
    } else {
      await casus.markeer(q, { tabel: m.tabel, kolom: m.kolom, waarden: deel } as CasusMarkering);
    }
  }
}

/** Deletes the reminder claims about these subjects (retention, before the subjects themselves go). */
export async function verwijderHerinneringenOver(q: Uitvoerder, onderwerpIds: readonly string[]): Promise<void> {
  await q.query(`DELETE FROM herinnering WHERE onderwerp_id = ANY($1::uuid[])`, [onderwerpIds]);
}
