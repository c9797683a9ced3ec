import { rijen, type Uitvoerder, type Zoekvraag } from '@rmc/server-core';
import { persoonKolomSql, persoonZoekIdsSql } from '@rmc/server-personen';

/**
 * Search (issue 13) on cases: the casus context's part. A case is found through its young person (name,
 * BSN, date of birth: personen's `persoonZoekIdsSql`, on personen's indexes) and `casus_persoon_idx`.
 * `where` is the CASL admission on alias `c` (a partner: its shared case ids), RLS the second layer.
 */

export interface CasusZoekRij {
  id: string;
  regioId: string;
  fase: string;
  bsn: string;
  voornaam: string;
  achternaam: string;
}

export async function zoekCasussen(
  q: Uitvoerder,
  where: string,
  vraag: Zoekvraag,
  params: unknown[],
  p: (v: unknown) => string,
  limit: number,
  /** The admission is a few shared cases (a partner): filter those by name instead of the region-wide index. */
  alleenGedeeld = false,
): Promise<CasusZoekRij[]> {
  return rijen(
    await q.query(
      `SELECT c.id, c.regio_id AS "regioId", c.fase,
              ${persoonKolomSql('bsn', 'c.persoon_id')} AS bsn,
              ${persoonKolomSql('voornaam', 'c.persoon_id')} AS voornaam,
              ${persoonKolomSql('achternaam', 'c.persoon_id')} AS achternaam
         FROM casus c
        WHERE (${where}) AND c.persoon_id IN (${persoonZoekIdsSql(vraag, p, !alleenGedeeld)})
        ORDER BY c.aangemaakt_op DESC, c.id DESC
        LIMIT ${p(limit)}`,
      params,
    ),
  );
}
