import { Db } from '@rmc/server-core';
import { STANDAARD_REGIO_INSTELLINGEN, type IsoDate } from '@rmc/shared-domain';
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The raw CSV of an import is kept this long, so a failed job can still be retried from the queue view. */
export const IMPORT_INHOUD_BEWAARDAGEN = 14;

/**
 * Retention for data no region owns, per vestiging in the school's own tenant context:
 * - the raw CSV of imports older than {@link IMPORT_INHOUD_BEWAARDAGEN} days is blanked (the counts and
 *   the row-number error report stay; they name no student);
 * - meldingen filed for a municipality without a region on the platform go after the platform default
 *   term (age limit + retention years, and the term since filing), their events with them.
 * Idempotent: a second run finds nothing. Returns what it erased.
 */
export async function ruimSchoolzijdeOp(
  bron: Db | DataSource,
  vandaag: IsoDate,
  pseudonymKey: string,
): Promise<{ imports: number; meldingen: number; mislukt: number }> {
  const db = Db.van(bron);
  const vestigingen = await db.systeem<{ id: string; instelling_id: string }>(`SELECT id, instelling_id FROM vestiging`);
  const totaal = { imports: 0, meldingen: 0, mislukt: 0 };
  const { maxLeeftijd, bewaartermijnJaren } = STANDAARD_REGIO_INSTELLINGEN;
  for (const v of vestigingen) {
    // One vestiging's failure must not stop the others; it is counted and retried on the next tick.
    // The school's own context: the vestiging and its instelling, no region, no role, no user.
    await db
      .inContext({ vestigingId: v.id, instellingId: v.instelling_id }, async () => {
        const gewist = await db.query<{ id: string }>(
          `UPDATE import_batch SET inhoud = '' WHERE inhoud <> '' AND aangemaakt_op < now() - make_interval(days => $1) RETURNING id`,
          [IMPORT_INHOUD_BEWAARDAGEN],
        );
        const meldingen = await db.query<{ id: string; bsn: string }>(
          `DELETE FROM melding m
            WHERE m.regio_id IS NULL AND m.vestiging_id = $1
              AND m.geboortedatum + make_interval(years => $3) < $2::date
              AND m.gemeld_op_datum + make_interval(years => $4) < $2::date
            RETURNING m.id, m.bsn`,
          [v.id, vandaag, maxLeeftijd + bewaartermijnJaren, bewaartermijnJaren],
        );
        for (const m of meldingen)
          await db.query(
            `INSERT INTO audit_log (regio_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst) VALUES (NULL, 'delete', 'Melding', $1, $2, 'bewaartermijn verstreken', 'toegestaan', 'worker')`,
            [m.id, createHmac('sha256', pseudonymKey).update(m.bsn).digest('hex').slice(0, 32)],
          );
        totaal.imports += gewist.length;
        totaal.meldingen += meldingen.length;
      })
      .catch(() => {
        totaal.mislukt++;
      });
  }
  return totaal;
}
