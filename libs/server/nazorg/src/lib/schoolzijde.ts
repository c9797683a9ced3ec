import { Db, schrijfSchoolzijdeAudit } from '@rmc/server-core';
import { verwijderSchoolMeldingen, wisOudeImportInhoud } from '@rmc/server-meldingen';
import { alleVestigingen } from '@rmc/server-organisaties';
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
  const vestigingen = await alleVestigingen(db);
  const totaal = { imports: 0, meldingen: 0, mislukt: 0 };
  const { maxLeeftijd, bewaartermijnJaren } = STANDAARD_REGIO_INSTELLINGEN;
  for (const v of vestigingen) {
    // One vestiging's failure must not stop the others; it is counted and retried on the next tick.
    // The school's own context: the vestiging and its instelling, no region, no role, no user.
    await db
      .inContext({ vestigingId: v.id, instellingId: v.instelling_id }, async () => {
        const gewist = await wisOudeImportInhoud(db, IMPORT_INHOUD_BEWAARDAGEN);
        const meldingen = await verwijderSchoolMeldingen(db, v.id, vandaag, maxLeeftijd + bewaartermijnJaren, bewaartermijnJaren);
        for (const m of meldingen)
          await schrijfSchoolzijdeAudit(db, m.id, createHmac('sha256', pseudonymKey).update(m.bsn).digest('hex').slice(0, 32));
        totaal.imports += gewist.length;
        totaal.meldingen += meldingen.length;
      })
      .catch(() => {
        totaal.mislukt++;
      });
  }
  return totaal;
}
