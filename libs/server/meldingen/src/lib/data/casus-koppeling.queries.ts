import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * The judgement "actie vereist" opens or reuses a case for the melding's person. These statements
 * name personen's `persoon` and casus's `casus`: meldingen cannot import either owner, because
 * `server-casus` imports `server-meldingen` (closing feedback) and `server-personen` imports
 * `server-casus` (timeline), so the edge would close a cycle. Listed in the ownership check's
 * allowlist until casus exports a "case for a melding" function that meldingen can reach (or the
 * edge is inverted).
 */

/** The person with this BSN (under RLS: of the caller's region). */
export async function persoonMetBsn(q: Uitvoerder, bsn: string): Promise<{ id: string } | undefined> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `SELECT id
         FROM persoon
        WHERE bsn = $1`,
      [bsn],
    ),
  );
  return r;
}

/** A person made from the melding's details; returns its id. */
export async function persoonUitMelding(q: Uitvoerder, meldingId: string): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon)
       SELECT regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon
         FROM melding
        WHERE id = $1
       RETURNING id`,
      [meldingId],
    ),
  );
  return r!.id;
}

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
