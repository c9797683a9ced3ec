import { rijen, type Uitvoerder } from '@rmc/server-core';
import { gebruikerNaamSql } from '@rmc/server-identity';

/**
 * Meetings, series, participants and agenda items: the only SQL that names `overleg`, `overleg_reeks`,
 * `overleg_deelnemer` and `agendapunt` (docs/architecture.md, "Who owns which table"). Every function
 * takes the executor of the caller's transaction (`Db.em`), so RLS and the transaction stay the caller's.
 * The chair's and participants' names come from identity's `gebruikerNaamSql`.
 */

export interface OverlegRij {
  id: string;
  regioId: string;
  reeksId: string | null;
  soort: string;
  titel: string;
  start: string;
  plaats: string | null;
  onlineLink: string | null;
  voorzitterId: string;
  voorzitter: string;
  deelnemerOrganisaties: string[];
  status: 'gepland' | 'vastgesteld';
}

const KOLOMMEN = `o.id, o.regio_id AS "regioId", o.reeks_id AS "reeksId", o.soort, o.titel, o.start, o.plaats, o.online_link AS "onlineLink",
       o.voorzitter_id AS "voorzitterId", ${gebruikerNaamSql('o.voorzitter_id')} AS voorzitter, o.deelnemer_organisaties AS "deelnemerOrganisaties",
       o.status
  FROM overleg o`;

export async function overlegOpId(q: Uitvoerder, id: string): Promise<OverlegRij | undefined> {
  const [r] = rijen<OverlegRij>(
    await q.query(
      `SELECT ${KOLOMMEN}
        WHERE o.id = $1`,
      [id],
    ),
  );
  return r;
}

/** One page of meetings: `sleutel` is the cursor key expression, `waar` conditions on alias `o`, `limit` a placeholder. */
export async function overlegPagina(
  q: Uitvoerder,
  pagina: { sleutel: string; waar: string[]; ordening: string; limit: string },
  params: unknown[],
): Promise<Array<OverlegRij & { sleutel: string }>> {
  return rijen(
    await q.query(
      `SELECT ${pagina.sleutel} AS sleutel, ${KOLOMMEN}
        WHERE ${pagina.waar.join(' AND ')}
        ORDER BY ${pagina.ordening}
        LIMIT ${pagina.limit}`,
      params,
    ),
  );
}

export async function reeksBestaat(q: Uitvoerder, id: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM overleg_reeks
        WHERE id = $1`,
      [id],
    ),
  );
  return rows.length > 0;
}

/** A new series; returns its id. */
export async function maakReeks(
  q: Uitvoerder,
  r: { regioId: string | null; naam: string; deelnemerOrganisaties: string[] },
): Promise<string> {
  const [row] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO overleg_reeks (regio_id, naam, deelnemer_organisaties)
       VALUES ($1, $2, $3)
       RETURNING id`,
      [r.regioId, r.naam, r.deelnemerOrganisaties],
    ),
  );
  return row!.id;
}

/** A new meeting; returns its id. */
export async function maakOverleg(
  q: Uitvoerder,
  o: {
    regioId: string | null;
    reeksId: string | null;
    soort: string;
    titel: string;
    start: string;
    plaats: string | null;
    onlineLink: string | null;
    voorzitterId: string;
    deelnemerOrganisaties: string[];
  },
): Promise<string> {
  const [row] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO overleg (regio_id, reeks_id, soort, titel, start, plaats, online_link, voorzitter_id, deelnemer_organisaties)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id`,
      [o.regioId, o.reeksId, o.soort, o.titel, o.start, o.plaats, o.onlineLink, o.voorzitterId, o.deelnemerOrganisaties],
    ),
  );
  return row!.id;
}

export async function voegDeelnemerToe(
  q: Uitvoerder,
  overlegId: string,
  regioId: string | null,
  gebruikerId: string,
): Promise<void> {
  await q.query(
    `INSERT INTO overleg_deelnemer (overleg_id, regio_id, gebruiker_id)
     VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [overlegId, regioId, gebruikerId],
  );
}

export interface AgendapuntRij {
  id: string;
  casusId: string;
  vraag: string;
  notities: string;
  besluiten: string[];
  volgorde: number;
}

export async function agendapunten(q: Uitvoerder, overlegId: string): Promise<AgendapuntRij[]> {
  return rijen(
    await q.query(
      `SELECT id, casus_id AS "casusId", vraag, notities, besluiten, volgorde
         FROM agendapunt
        WHERE overleg_id = $1
        ORDER BY volgorde`,
      [overlegId],
    ),
  );
}

/** SQL expression: the start of the meeting whose id is `kolom` (for another statement's condition). */
export function overlegStartSql(kolom: string): string {
  return `(SELECT start FROM overleg x WHERE x.id = ${kolom})`;
}

/** The participants with their names and attendance, by name. */
export async function deelnemers(
  q: Uitvoerder,
  overlegId: string,
): Promise<Array<{ gebruikerId: string; naam: string; aanwezig: boolean | null }>> {
  return rijen(
    await q.query(
      `SELECT d.gebruiker_id AS "gebruikerId", ${gebruikerNaamSql('d.gebruiker_id')} AS naam, d.aanwezig
         FROM overleg_deelnemer d
        WHERE d.overleg_id = $1
        ORDER BY naam`,
      [overlegId],
    ),
  );
}

export async function aantalAgendapunten(q: Uitvoerder, overlegId: string): Promise<number> {
  const [r] = rijen<{ n: number }>(
    await q.query(
      `SELECT count(*)::int AS n
         FROM agendapunt
        WHERE overleg_id = $1`,
      [overlegId],
    ),
  );
  return r!.n;
}

export async function maakAgendapunt(
  q: Uitvoerder,
  p: { overlegId: string; regioId: string; casusId: string; vraag: string; volgorde: number },
): Promise<void> {
  await q.query(
    `INSERT INTO agendapunt (overleg_id, regio_id, casus_id, vraag, volgorde)
     VALUES ($1, $2, $3, $4, $5)`,
    [p.overlegId, p.regioId, p.casusId, p.vraag, p.volgorde],
  );
}

export async function agendapuntVan(
  q: Uitvoerder,
  puntId: string,
  overlegId: string,
): Promise<{ id: string; casus_id: string } | undefined> {
  const [r] = rijen<{ id: string; casus_id: string }>(
    await q.query(
      `SELECT id, casus_id
         FROM agendapunt
        WHERE id = $1
          AND overleg_id = $2`,
      [puntId, overlegId],
    ),
  );
  return r;
}

export async function zetNotities(q: Uitvoerder, puntId: string, notities: string): Promise<void> {
  await q.query(
    `UPDATE agendapunt
        SET notities = $2
      WHERE id = $1`,
    [puntId, notities],
  );
}

export async function voegBesluitToe(q: Uitvoerder, puntId: string, tekst: string): Promise<void> {
  await q.query(
    `UPDATE agendapunt
        SET besluiten = array_append(besluiten, $2)
      WHERE id = $1`,
    [puntId, tekst],
  );
}

/** Marks exactly the users in `aanwezig` present. */
export async function zetAanwezigheid(q: Uitvoerder, overlegId: string, aanwezig: string[]): Promise<void> {
  await q.query(
    `UPDATE overleg_deelnemer
        SET aanwezig = (gebruiker_id = ANY($2::uuid[]))
      WHERE overleg_id = $1`,
    [overlegId, aanwezig],
  );
}

export async function stelOverlegVast(q: Uitvoerder, overlegId: string): Promise<void> {
  await q.query(
    `UPDATE overleg
        SET status = 'vastgesteld', vastgesteld_op = now()
      WHERE id = $1`,
    [overlegId],
  );
}
