import type { Db } from '@rmc/server-core';
import type { TijdlijnItem } from '@rmc/shared-api-types';

/**
 * Port: the person's timeline (their cases and meldingen; docs/architecture.md, "Who owns which
 * table"). The casus context builds it (it owns the case events) and imports personen for the person's
 * name and BSN, so personen cannot import casus: casus implements this port and provides it under
 * {@link PERSOON_TIJDLIJN} (its global `PersoonTijdlijnModule`, imported by `CasusModule`).
 */
export interface PersoonTijdlijnBron {
  /** Every case of the person in the region and the meldingen, in the caller's transaction (RLS). */
  persoonTijdlijn(db: Pick<Db, 'query'>, persoonId: string): Promise<TijdlijnItem[]>;
}

export const PERSOON_TIJDLIJN = Symbol('PERSOON_TIJDLIJN');
