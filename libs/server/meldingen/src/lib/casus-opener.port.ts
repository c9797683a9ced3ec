import type { Uitvoerder } from '@rmc/server-core';

/**
 * Port: what meldingen needs of the casus context (docs/architecture.md, "Who owns which table": casus
 * owns `casus`). Casus imports meldingen (closing feedback), so meldingen cannot import casus: casus
 * implements this port and provides it under {@link CASUS_OPENER} (its global `CasusPoortenModule`,
 * imported by `CasusModule`). Every function takes the executor of the caller's transaction.
 */
export interface CasusOpener {
  /** The person's newest open case (phase other than afgesloten, nazorg, beeindigd). */
  openCasusVan(q: Uitvoerder, persoonId: string): Promise<{ id: string } | undefined>;
  /** A new case in phase waarnemen from a melding; returns its id. */
  maakCasusUitMelding(
    q: Uitvoerder,
    c: { regioId: string | null; persoonId: string; doelgroep: string; consulentId: string },
  ): Promise<string>;
  /** SQL expression (boolean): the person with BSN `bsn` in region `regio` (column expressions) has an open case. */
  openCasusSql(regio: string, bsn: string): string;
}

export const CASUS_OPENER = Symbol('CASUS_OPENER');
