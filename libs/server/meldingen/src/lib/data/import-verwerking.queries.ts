import { gebruikerNaamSql } from '@rmc/server-identity';
import { routeVoorPc4Sql } from '@rmc/server-organisaties';
import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { EerdereMelding } from '@rmc/shared-domain';

/**
 * The statements of the CSV import in the worker (`verwerkImport`): the batch row, the session-private
 * staging table `pg_temp.import_regel` and the set-based checks and inserts per chunk. Every function
 * takes the import's held QueryRunner (one connection: the staging table lives on it), inside the
 * transaction in the school's context that the caller opened (`inContextOp`); the staging statements
 * outside one. The SQL is as tuned for the national benchmark (docs/performance.md): change it only
 * with a new measurement.
 */

/** The staging table's columns after rij, uitkomst, fouten (the COPY order). */
export const STAGING_KOLOMMEN = [
  'rij',
  'uitkomst',
  'fouten',
  'import_sleutel',
  'aaneengesloten',
  'soort',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'pc4',
  'telefoon',
  'afwijkend_verblijfadres',
  'begindatum',
  'einddatum',
  'vermoedelijke_soort',
  'vermoedelijke_reden',
  'alles_gemist',
  'door_school_ondernomen',
  'actie_gewenst',
  'toelichting_actie_gewenst',
  'melder_naam',
  'melder_functie',
  'melder_telefoon',
  'melder_email',
  'verzuim_dagen',
  'verzuim_uren',
  'zorgen',
  'afspraken_met_student',
  'betrokken_contacten',
  'lopende_hulp',
  'verwachting_van_regio',
  'volledig',
  'ontbrekend',
  'oppak_deadline',
] as const;

// Session-private (no other connection, tenant or job sees it), no WAL; dropped when the job ends.
const STAGING_DDL = `
  CREATE TEMP TABLE import_regel (
    rij integer NOT NULL, uitkomst text NOT NULL, fouten jsonb, import_sleutel text, aaneengesloten boolean,
    soort text, bsn text, voornaam text, achternaam text, geboortedatum date, postcode text, pc4 integer, telefoon text, afwijkend_verblijfadres text,
    begindatum date, einddatum date, vermoedelijke_soort text, vermoedelijke_reden text, alles_gemist boolean, door_school_ondernomen text,
    actie_gewenst boolean, toelichting_actie_gewenst text, melder_naam text, melder_functie text, melder_telefoon text, melder_email text,
    verzuim_dagen integer, verzuim_uren integer, zorgen text[], afspraken_met_student text, betrokken_contacten text, lopende_hulp text,
    verwachting_van_regio text, volledig boolean, ontbrekend text[], oppak_deadline date
  ) ON COMMIT PRESERVE ROWS;
  CREATE UNIQUE INDEX ON import_regel (rij);
  CREATE INDEX ON import_regel (bsn, rij);
  CREATE INDEX ON import_regel (import_sleutel, rij)`;

/** One chunk: file the valid new rows of a row range, with their event, routed by PC4 → gemeente → region. */
const INSERT_DEEL = `
  WITH nieuw AS (
    INSERT INTO melding (regio_id, instelling_id, vestiging_id, gemeld_door, agenda_id, soort, status, bsn, voornaam, achternaam, geboortedatum, postcode,
      gemeente_code, telefoon, afwijkend_verblijfadres, begindatum, einddatum, vermoedelijke_soort, vermoedelijke_reden, alles_gemist, door_school_ondernomen,
      actie_gewenst, toelichting_actie_gewenst, melder_naam, melder_functie, melder_telefoon, melder_email, verzuim_dagen, verzuim_uren, zorgen,
      afspraken_met_student, betrokken_contacten, lopende_hulp, verwachting_van_regio, volledig, ontbrekend, gemeld_op, gemeld_op_datum, oppak_deadline, import_sleutel)
    SELECT route.regio_id, $1, $2, $3, $4, s.soort, CASE WHEN route.regio_id IS NULL THEN 'regio-niet-aangesloten' ELSE 'ontvangen' END, s.bsn, s.voornaam,
           s.achternaam, s.geboortedatum, s.postcode, route.gemeente_code, s.telefoon, s.afwijkend_verblijfadres, s.begindatum, s.einddatum, s.vermoedelijke_soort,
           s.vermoedelijke_reden, s.alles_gemist, s.door_school_ondernomen, s.actie_gewenst, s.toelichting_actie_gewenst, s.melder_naam, s.melder_functie,
           s.melder_telefoon, s.melder_email, s.verzuim_dagen, s.verzuim_uren, s.zorgen, s.afspraken_met_student, s.betrokken_contacten, s.lopende_hulp,
           s.verwachting_van_regio, s.volledig, s.ontbrekend, $5::timestamptz, $6::date, CASE WHEN route.regio_id IS NULL THEN NULL ELSE s.oppak_deadline END,
           s.import_sleutel
      FROM pg_temp.import_regel s
      LEFT JOIN LATERAL (
        ${routeVoorPc4Sql('s.pc4')}
      ) route ON true
     WHERE s.rij BETWEEN $7 AND $8 AND s.uitkomst = 'nieuw'
     ORDER BY s.rij
    -- A retried job, or the same file uploaded twice at once: the import key decides, nothing is added twice.
    ON CONFLICT (vestiging_id, import_sleutel) DO NOTHING
    RETURNING id, regio_id
  ), gebeurtenis AS (
    INSERT INTO melding_gebeurtenis (melding_id, regio_id, vestiging_id, soort, tekst, zichtbaar_voor_school, door)
    SELECT id, regio_id, $2, 'ingediend', CASE WHEN regio_id IS NULL THEN $9::text END, true, $3 FROM nieuw
  )
  SELECT count(*)::int AS opgeslagen FROM nieuw`;

const TELLING_DEEL = `
  SELECT count(*) FILTER (WHERE uitkomst = 'nieuw')::int AS nieuw, count(*) FILTER (WHERE uitkomst = 'aanwezig')::int AS aanwezig,
         count(*) FILTER (WHERE uitkomst = 'fout')::int AS fout
    FROM pg_temp.import_regel WHERE rij BETWEEN $1 AND $2`;

export interface ImportBatchRij {
  id: string;
  proefrun: boolean;
  kolommen: Record<string, string>;
  inhoud: string;
  status: string;
  totaal: number;
  /** The uploader's name: the default for "Naam melder" when the file has none. */
  uploaderNaam: string | null;
}

export async function leesImportBatch(q: Uitvoerder, id: string): Promise<ImportBatchRij | undefined> {
  const [b] = rijen<ImportBatchRij>(
    await q.query(
      `SELECT id, proefrun, kolommen, inhoud, status, totaal, ${gebruikerNaamSql('gebruiker_id')} AS "uploaderNaam"
         FROM import_batch
        WHERE id = $1`,
      [id],
    ),
  );
  return b;
}

/** Starts (or restarts) processing: status bezig, counters and report cleared. */
export async function zetImportBezig(q: Uitvoerder, id: string): Promise<void> {
  await q.query(
    `UPDATE import_batch
        SET status = 'bezig', verwerkt = 0, goed = 0, al_aanwezig = 0, fout = 0, fouten = '[]'
      WHERE id = $1`,
    [id],
  );
}

export async function zetImportMislukt(q: Uitvoerder, id: string, fouten: unknown[]): Promise<void> {
  await q.query(
    `UPDATE import_batch
        SET status = 'mislukt', fouten = $2
      WHERE id = $1`,
    [id, JSON.stringify(fouten)],
  );
}

/** Progress after a chunk: rows done and the counts and report so far. */
export async function zetImportVoortgang(
  q: Uitvoerder,
  id: string,
  v: { verwerkt: number; goed: number; alAanwezig: number; fout: number; fouten: unknown[] },
): Promise<void> {
  await q.query(
    `UPDATE import_batch
        SET verwerkt = $2, goed = $3, al_aanwezig = $4, fout = $5, fouten = $6
      WHERE id = $1`,
    [id, v.verwerkt, v.goed, v.alAanwezig, v.fout, JSON.stringify(v.fouten)],
  );
}

/** Done: the raw CSV names every student in it; once every row is saved or reported, it has no purpose left. */
export async function zetImportKlaar(q: Uitvoerder, id: string, totaal: number): Promise<void> {
  await q.query(
    `UPDATE import_batch
        SET status = 'klaar', klaar_op = now(), inhoud = '', totaal = $2, verwerkt = $2
      WHERE id = $1`,
    [id, totaal],
  );
}

/** A fresh staging table on this connection. */
export async function maakStaging(q: Uitvoerder): Promise<void> {
  await verwijderStaging(q);
  await q.query(STAGING_DDL);
}

export async function verwijderStaging(q: Uitvoerder): Promise<void> {
  await q.query('DROP TABLE IF EXISTS pg_temp.import_regel');
}

/** Temporary tables get no autovacuum statistics. */
export async function analyseerStaging(q: Uitvoerder): Promise<void> {
  await q.query('ANALYZE pg_temp.import_regel');
}

/** The COPY statement that streams staging lines in (for pg-copy-streams on the held client). */
export const STAGING_COPY = `COPY pg_temp.import_regel (${STAGING_KOLOMMEN.join(', ')}) FROM STDIN`;

/** Up to `max` rows of van..tot with an error, in file order. */
export async function foutRijen(
  q: Uitvoerder,
  van: number,
  tot: number,
  max: number,
): Promise<Array<{ rij: number; fouten: Array<{ veld: string; melding: string }> }>> {
  return rijen(
    await q.query(
      `SELECT rij, fouten
         FROM pg_temp.import_regel
        WHERE rij BETWEEN $1 AND $2
          AND uitkomst = 'fout'
        ORDER BY rij
        LIMIT $3`,
      [van, tot, max],
    ),
  );
}

/**
 * Already imported: an earlier upload, an earlier run of this job, or an earlier chunk of this file.
 * Driven from the chunk, one probe of the unique key per row: melding grows during the job faster than
 * its statistics, and a join would let the planner scan the whole vestiging for every chunk.
 */
export async function markeerAlGeimporteerd(q: Uitvoerder, vestigingId: string, van: number, tot: number): Promise<void> {
  await q.query(
    `UPDATE pg_temp.import_regel s
        SET uitkomst = 'aanwezig'
      WHERE s.rij BETWEEN $2 AND $3
        AND s.uitkomst = 'nieuw'
        AND (SELECT m.id FROM melding m WHERE m.vestiging_id = $1 AND m.import_sleutel = s.import_sleutel LIMIT 1) IS NOT NULL`,
    [vestigingId, van, tot],
  );
}

/**
 * 7-day rule against earlier meldingen of the student at this vestiging: the candidate rows of van..tot
 * (continuous absence) with the student's meldingen of kinds `soorten` of the last 8 days.
 */
export async function zevenDagenKandidaten(
  q: Uitvoerder,
  vestigingId: string,
  soorten: string[],
  vandaag: string,
  van: number,
  tot: number,
): Promise<Array<{ rij: number; soort: string; eerdere: EerdereMelding[] }>> {
  return rijen(
    await q.query(
      `SELECT s.rij, s.soort, e.eerdere
         FROM pg_temp.import_regel s
        CROSS JOIN LATERAL (
          SELECT json_agg(json_build_object('id', m.id, 'soort', m.soort, 'gemeldOp', to_char(m.gemeld_op_datum, 'YYYY-MM-DD')) ORDER BY m.gemeld_op DESC) AS eerdere
            -- By the student's BSN index only ("IS TRUE" keeps the vestiging's index, with stale estimates, out of the plan).
            FROM melding m WHERE m.bsn = s.bsn AND (m.vestiging_id = $1) IS TRUE AND m.soort = ANY($2::text[]) AND m.gemeld_op_datum > $3::date - 8
              -- This very row, filed meanwhile by a concurrent run of the same job, is 'already there', not too soon.
              AND m.import_sleutel IS DISTINCT FROM s.import_sleutel
        ) e
        WHERE s.rij BETWEEN $4 AND $5 AND s.uitkomst = 'nieuw' AND s.aaneengesloten AND e.eerdere IS NOT NULL`,
      [vestigingId, soorten, vandaag, van, tot],
    ),
  );
}

/** Marks rows as errors with their report (`fouten`: JSON text per row). */
export async function markeerFouten(q: Uitvoerder, rijNummers: number[], fouten: string[]): Promise<void> {
  await q.query(
    `UPDATE pg_temp.import_regel s
        SET uitkomst = 'fout', fouten = f.fouten::jsonb
       FROM unnest($1::int[], $2::text[]) AS f(rij, fouten)
      WHERE s.rij = f.rij`,
    [rijNummers, fouten],
  );
}

/**
 * Within the file, continuous absence: the student's first such row is filed; a later row with the
 * same import key is already there, any other is too soon (`melding`: the 7-day rule's message).
 */
export async function zevenDagenInBestand(q: Uitvoerder, van: number, tot: number, melding: string): Promise<void> {
  await q.query(
    `UPDATE pg_temp.import_regel s
        SET uitkomst = CASE WHEN x.sleutel = s.import_sleutel THEN 'aanwezig' ELSE 'fout' END,
            fouten = CASE WHEN x.sleutel = s.import_sleutel THEN NULL ELSE jsonb_build_array(jsonb_build_object('veld', 'soort', 'melding', $3::text)) END
       FROM (SELECT r.rij, f.rij AS eerste, f.import_sleutel AS sleutel
               FROM pg_temp.import_regel r
              CROSS JOIN LATERAL (SELECT e.rij, e.import_sleutel FROM pg_temp.import_regel e WHERE e.bsn = r.bsn AND e.aaneengesloten AND e.uitkomst = 'nieuw' ORDER BY e.rij LIMIT 1) f
              WHERE r.rij BETWEEN $1 AND $2 AND r.uitkomst = 'nieuw' AND r.aaneengesloten) x
      WHERE s.rij = x.rij
        AND x.eerste <> s.rij`,
    [van, tot, melding],
  );
}

/** Other kinds: the same student, start date and kind again in the file is already there. */
export async function markeerDubbelInBestand(q: Uitvoerder, van: number, tot: number): Promise<void> {
  await q.query(
    `UPDATE pg_temp.import_regel s
        SET uitkomst = 'aanwezig'
      WHERE s.rij BETWEEN $1 AND $2
        AND s.uitkomst = 'nieuw'
        AND NOT s.aaneengesloten
        AND EXISTS (SELECT 1 FROM pg_temp.import_regel e WHERE e.import_sleutel = s.import_sleutel AND e.rij < s.rij AND e.uitkomst = 'nieuw')`,
    [van, tot],
  );
}

/** New, already-there and error counts of van..tot. */
export async function telDeel(
  q: Uitvoerder,
  van: number,
  tot: number,
): Promise<{ nieuw: number; aanwezig: number; fout: number }> {
  const [d] = rijen<{ nieuw: number; aanwezig: number; fout: number }>(await q.query(TELLING_DEEL, [van, tot]));
  return d!;
}

/**
 * Files the new rows of van..tot with their events; returns how many were saved. `d`: the batch's
 * instelling, vestiging, user and agenda, the filing time and date, and the event text for a student
 * whose gemeente has no active region.
 */
export async function voegDeelIn(
  q: Uitvoerder,
  d: {
    instellingId: string;
    vestigingId: string;
    gebruikerId: string;
    agendaId: string | null;
    gemeldOp: Date;
    vandaag: string;
    nietAangesloten: string;
  },
  van: number,
  tot: number,
): Promise<number> {
  const [r] = rijen<{ opgeslagen: number }>(
    await q.query(INSERT_DEEL, [
      d.instellingId,
      d.vestigingId,
      d.gebruikerId,
      d.agendaId,
      d.gemeldOp,
      d.vandaag,
      van,
      tot,
      d.nietAangesloten,
    ]),
  );
  return r!.opgeslagen;
}

/** The rows of van..tot still to be filed, in file order. */
export async function nieuweRijen(q: Uitvoerder, van: number, tot: number): Promise<Array<{ rij: number }>> {
  return rijen(
    await q.query(
      `SELECT rij
         FROM pg_temp.import_regel
        WHERE rij BETWEEN $1 AND $2
          AND uitkomst = 'nieuw'
        ORDER BY rij`,
      [van, tot],
    ),
  );
}

/** A row that failed on its own (row-by-row retry) gets this report. */
export async function markeerRijFout(q: Uitvoerder, rij: number, fouten: unknown[]): Promise<void> {
  await q.query(
    `UPDATE pg_temp.import_regel
        SET uitkomst = 'fout', fouten = $2
      WHERE rij = $1`,
    [rij, JSON.stringify(fouten)],
  );
}
