import { naamConditie, rijen, type Uitvoerder, type Zoekvraag } from '@rmc/server-core';

/**
 * Search (issue 13) on young people: the personen context's part. A BSN exactly on `(regio_id, bsn)`, a date
 * of birth on `(regio_id, geboortedatum)`, a name on the trigram index `persoon_zoeknaam_idx`
 * (migration `1735700000000-zoeken`). RLS stays the caller's.
 */

/** The name expression exactly as `persoon_zoeknaam_idx` indexes it (alias `p`). */
const NAAM = `zoektekst(p.voornaam || ' ' || p.achternaam)`;

export interface PersoonZoekRij {
  id: string;
  regioId: string;
  bsn: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
}

/** The condition on alias `p` for one search term (placeholders through `p`). */
export function persoonZoekConditie(vraag: Zoekvraag, p: (v: unknown) => string): string {
  if (vraag.soort === 'bsn') return `p.bsn = ${p(vraag.bsn)}`;
  if (vraag.soort === 'geboortedatum') return `p.geboortedatum = ${p(vraag.datum)}::date`;
  return naamConditie(vraag.woorden, NAAM, p);
}

/**
 * SQL subquery for another context's statement: the ids of the persons matching the term (under the
 * caller's RLS). `p` adds the caller's placeholders.
 */
export function persoonZoekIdsSql(vraag: Zoekvraag, p: (v: unknown) => string): string {
  return `SELECT p.id FROM persoon p WHERE ${persoonZoekConditie(vraag, p)}`;
}

/** At most `limit` persons matching the term, by name; `where` is the CASL admission on alias `p`. */
export async function zoekPersonen(
  q: Uitvoerder,
  where: string,
  vraag: Zoekvraag,
  params: unknown[],
  p: (v: unknown) => string,
  limit: number,
): Promise<PersoonZoekRij[]> {
  const conditie = persoonZoekConditie(vraag, p);
  return rijen(
    await q.query(
      `SELECT p.id, p.regio_id AS "regioId", p.bsn, p.voornaam, p.achternaam, to_char(p.geboortedatum, 'YYYY-MM-DD') AS geboortedatum
         FROM persoon p
        WHERE (${where}) AND ${conditie}
        ORDER BY p.achternaam, p.voornaam, p.id
        LIMIT ${p(limit)}`,
      params,
    ),
  );
}
