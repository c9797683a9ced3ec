import { naamConditie, rijen, zoekWoorden, type Uitvoerder, type Zoekvraag } from '@rmc/server-core';

/**
 * Search (issue 13) on young people: the personen context's part. A BSN exactly on `(regio_id, bsn)`, a date
 * of birth on `(regio_id, geboortedatum)`, a name on the trigram index `persoon_zoeknaam_idx` through
 * `zoek_persoon_ids` (migration `1735700000000-zoeken`: under RLS a plain LIKE cannot use the index).
 * RLS and CASL stay the caller's: the function only proposes ids of the caller's region.
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

/** At most this many candidates per name search; the caller sorts them and shows 10 ("meer" beyond). */
const KANDIDATEN = 200;

/**
 * The condition on alias `p` for one search term (placeholders through `p`). `viaIndex`: a name through the
 * search function (a region-wide search); false for a caller whose admission is already a few rows (a
 * partner's shared cases): then a plain filter on those rows.
 */
export function persoonZoekConditie(vraag: Zoekvraag, p: (v: unknown) => string, viaIndex = true): string {
  if (vraag.soort === 'bsn') return `p.bsn = ${p(vraag.bsn)}`;
  if (vraag.soort === 'geboortedatum') return `p.geboortedatum = ${p(vraag.datum)}::date`;
  if (!viaIndex) return naamConditie(vraag.woorden, NAAM, p);
  return `p.id = ANY((SELECT zoek_persoon_ids(${p(zoekWoorden(vraag.woorden))}::text[], ${KANDIDATEN}))::uuid[])
          AND ${naamConditie(vraag.woorden, NAAM, p, true)}`;
}

/**
 * SQL subquery for another context's statement: the ids of the persons matching the term (under the
 * caller's RLS). `p` adds the caller's placeholders.
 */
export function persoonZoekIdsSql(vraag: Zoekvraag, p: (v: unknown) => string, viaIndex = true): string {
  return `SELECT p.id FROM persoon p WHERE ${persoonZoekConditie(vraag, p, viaIndex)}`;
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
