import { naamConditie, rijen, zoekWoorden, type Uitvoerder, type Zoekvraag } from '@rmc/server-core';

/**
 * Search (issue 13) on meldingen: the meldingen context's part. The student's name on the trigram indexes
 * `melding_zoeknaam_idx` (both tenant columns in front) through `zoek_melding_ids` (under RLS a
 * plain LIKE cannot use them), a BSN on `melding_bsn_idx`, a date of birth on `(regio_id | vestiging_id,
 * geboortedatum)` (migration `1735710000000-melding-zoeken`). `where` (the CASL admission on alias `m`)
 * names the tenant column; RLS stays the caller's.
 */

const NAAM = `zoektekst(m.voornaam || ' ' || m.achternaam)`;

export interface MeldingZoekRij {
  id: string;
  bsn: string;
  voornaam: string;
  achternaam: string;
  status: string;
  gemeldOp: string;
}

export async function zoekMeldingen(
  q: Uitvoerder,
  where: string,
  vraag: Zoekvraag,
  params: unknown[],
  p: (v: unknown) => string,
  limit: number,
): Promise<MeldingZoekRij[]> {
  const conditie =
    vraag.soort === 'bsn'
      ? `m.bsn = ${p(vraag.bsn)}`
      : vraag.soort === 'geboortedatum'
        ? `m.geboortedatum = ${p(vraag.datum)}::date`
        : `m.id = ANY((SELECT zoek_melding_ids(${p(zoekWoorden(vraag.woorden))}::text[], 200))::uuid[]) AND ${naamConditie(vraag.woorden, NAAM, p, true)}`;
  return rijen(
    await q.query(
      `SELECT m.id, m.bsn, m.voornaam, m.achternaam, m.status, to_char(m.gemeld_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "gemeldOp"
         FROM melding m
        WHERE (${where}) AND ${conditie}
        ORDER BY m.gemeld_op DESC, m.id DESC
        LIMIT ${p(limit)}`,
      params,
    ),
  );
}
