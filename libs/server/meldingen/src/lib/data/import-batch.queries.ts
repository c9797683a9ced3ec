import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { ImportStatus } from '@rmc/shared-api-types';

/** CSV import batches as the API sees them (the worker's processing has its own statements in import-verwerking.ts). */

/** A new batch (status wachtend); returns its id. */
export async function maakImportBatch(
  q: Uitvoerder,
  b: {
    vestigingId: string;
    instellingId: string;
    gebruikerId: string;
    proefrun: boolean;
    kolommen: object;
    inhoud: string;
    totaal: number;
  },
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO import_batch (vestiging_id, instelling_id, gebruiker_id, proefrun, kolommen, inhoud, totaal)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id`,
      [b.vestigingId, b.instellingId, b.gebruikerId, b.proefrun, JSON.stringify(b.kolommen), b.inhoud, b.totaal],
    ),
  );
  return r!.id;
}

/** The state of batch `id` (under RLS: the caller's vestiging), or undefined. */
export async function importBatchStatus(q: Uitvoerder, id: string): Promise<ImportStatus | undefined> {
  const [r] = rijen<ImportStatus>(
    await q.query(
      `SELECT id, status, proefrun, totaal, verwerkt, goed, al_aanwezig AS "alAanwezig", fout, fouten
         FROM import_batch
        WHERE id = $1`,
      [id],
    ),
  );
  return r;
}
