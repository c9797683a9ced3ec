import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { IsoDate } from '@rmc/shared-domain';

/**
 * The person side of retention and the nazorg task list: nazorg's port `NazorgPersoonBron`, which the
 * apps wire to {@link persoonNazorgBron} (`NazorgBronnenModule.forRoot`), so personen imports neither
 * nazorg nor casus (the case condition comes in as casus's SQL expression). Retention reads only those past the term (ADR 0013): the birth-date bound
 * (a superset by two days, for 29 February) is served by (regio_id, geboortedatum); the exact rule follows.
 */

/**
 * A region's persons past the term (`jaren` after birth) without an active case. `actieveCasusSql`:
 * casus's expression "the person `p.id` has an active case" (`EXISTS (…)`).
 */
export async function verlopenPersonen(
  q: Uitvoerder,
  regioId: string,
  vandaag: IsoDate,
  jaren: number,
  actieveCasusSql: string,
): Promise<Array<{ id: string; bsn: string; regio_id: string }>> {
  return rijen<{ id: string; bsn: string; regio_id: string }>(
    await q.query(
      `SELECT p.id, p.bsn, p.regio_id FROM persoon p
        WHERE p.regio_id = $3 AND p.geboortedatum < ($1::date - make_interval(years => $2))::date + 2
          AND p.geboortedatum + make_interval(years => $2) < $1::date
          AND NOT ${actieveCasusSql}`,
      [vandaag, jaren, regioId],
    ),
  );
}

/** SQL expression: `EXISTS` a person with the BSN `bsnKolom` in the region `regioKolom`. */
export function persoonBestaatSql(bsnKolom: string, regioKolom: string): string {
  return `EXISTS (SELECT 1 FROM persoon p WHERE p.bsn = ${bsnKolom} AND p.regio_id = ${regioKolom})`;
}

/** SQL fragment for another context's statement: `JOIN persoon <alias> ON <voorwaarde>`. */
export function persoonJoinSql(alias: string, voorwaarde: string): string {
  return `JOIN persoon ${alias} ON ${voorwaarde}`;
}

/** Personen's implementation of nazorg's port `NazorgPersoonBron` (checked where the apps wire it). */
export const persoonNazorgBron = { verlopenPersonen, persoonBestaatSql, persoonJoinSql };
