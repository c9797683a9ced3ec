import type { CasusOverlegBron } from '@rmc/server-casus';

/**
 * The casus context's `CasusOverlegBron` port (the meetings a case was discussed in, for its timeline and
 * the inzage), provided by `OverlegCasusBronModule`: a subquery, so casus's statement stays one statement.
 */
export const overlegCasusBron: CasusOverlegBron = {
  agendapuntenVanCasussenSql: (casusIds: string) =>
    `SELECT a.casus_id, ov.id AS overleg_id, ov.soort, ov.titel, ov.start, a.vraag, a.notities, a.besluiten
       FROM agendapunt a JOIN overleg ov ON ov.id = a.overleg_id
      WHERE a.casus_id IN (${casusIds})`,
};
