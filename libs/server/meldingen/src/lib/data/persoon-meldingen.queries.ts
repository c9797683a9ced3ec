import { persoonKolomSql } from '@rmc/server-personen';

/**
 * A person's meldingen and their events as subqueries for the casus context's timeline and inzage
 * (docs/architecture.md, "Who owns which table": meldingen owns `melding` and `melding_gebeurtenis`), so
 * those stay one statement under the caller's RLS.
 */

/** SQL subquery: every column of the meldingen of person `persoonId` (a placeholder or column): same BSN, same region. */
export function meldingenVanPersoonSql(persoonId: string): string {
  return `SELECT m.* FROM melding m WHERE m.bsn = ${persoonKolomSql('bsn', persoonId)} AND m.regio_id = ${persoonKolomSql('regio_id', persoonId)}`;
}

/** SQL subquery: every column of the events of the meldingen whose ids subquery `meldingIds` selects. */
export function meldingGebeurtenissenSql(meldingIds: string): string {
  return `SELECT e.* FROM melding_gebeurtenis e WHERE e.melding_id IN (${meldingIds})`;
}
