import { rijen, type Uitvoerder } from '@rmc/server-core';
import { persoonIdsMetBsnSql } from '@rmc/server-personen';

/**
 * What the meldingen context needs of cases (its `CasusOpener` port, provided by `CasusPoortenModule`):
 * a judgement "actie vereist" opens or reuses a case, and a melding shows whether its person has an open
 * case. Every function takes the executor of the caller's transaction.
 */

/** The person's newest open case (phase other than afgesloten, nazorg, beeindigd). */
export async function openCasusVan(q: Uitvoerder, persoonId: string): Promise<{ id: string } | undefined> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `SELECT id
         FROM casus
        WHERE persoon_id = $1
          AND fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')
        ORDER BY aangemaakt_op DESC
        LIMIT 1`,
      [persoonId],
    ),
  );
  return r;
}

/** A new case in phase waarnemen from a melding; returns its id. */
export async function maakCasusUitMelding(
  q: Uitvoerder,
  c: { regioId: string | null; persoonId: string; doelgroep: string; consulentId: string },
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, bron)
       VALUES ($1, $2, $3, $4, 'melding')
       RETURNING id`,
      [c.regioId, c.persoonId, c.doelgroep, c.consulentId],
    ),
  );
  return r!.id;
}

/** SQL expression (boolean): the person with BSN `bsn` in region `regio` (column expressions of the caller's statement) has an open case. */
export function openCasusSql(regio: string, bsn: string): string {
  return `EXISTS (SELECT 1 FROM casus k WHERE k.persoon_id IN (${persoonIdsMetBsnSql(regio, bsn)}) AND k.fase NOT IN ('afgesloten', 'nazorg', 'beeindigd'))`;
}
