import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dataSourceOptions } from '@rmc/server-core';
import { geldendeNormen } from '@rmc/server-verzuimagenda';
import { routeVoorPc4Sql } from '@rmc/server-organisaties';
import {
  amsterdamDatum,
  beoordeelVolledigheid,
  csvRijen,
  plusWerkdagen,
  rijNaarMelding,
  zevenDagenRegel,
  type EerdereMelding,
  type MeldingNorm,
} from '@rmc/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { from as copyFrom } from 'pg-copy-streams';
import { inContextOp, rijen as rijenVan } from '@rmc/server-core';
import { DataSource, type DataSourceOptions, type QueryRunner } from 'typeorm';
import { MeldingCreateDto } from './dto';
import { controleerMelding, type Indiener, type MeldingInvoer } from './indiening';

export interface ImportJob {
  batchId: string;
  gebruikerId: string;
  vestigingId: string;
  instellingId: string;
}

interface Fout {
  rij: number;
  veld: string;
  melding: string;
}

/** At most this many rows per insert transaction (a 100,000-row file: 20 transactions). */
export const MAX_PER_TRANSACTIE = 5_000;
/** At least this many rows per transaction; in between a file is cut in about ten steps, so progress shows. */
const MIN_PER_TRANSACTIE = 500;
const MAX_FOUTEN_BEWAARD = 5_000;
/** Node yields to the event loop after this many checked rows (lock renewal, the mail worker, query results). */
const REGELS_PER_BERICHT = 1_000;
/**
 * The import's own connection budget per worker process: one connection holds the job's session
 * (its staging table) from start to end; one spare. The worker's shared pool is never used, so the
 * reminder scan and the mail relay cannot starve an import, nor an import them.
 */
export const IMPORT_VERBINDINGEN = 2;

const NIET_AANGESLOTEN = 'De woongemeente van de student is niet aangesloten bij het platform.';

/** The dedicated pool for CSV imports (app role, RLS as everywhere); a longer statement timeout for the COPY. */
export function importDataSource(appDatabaseUrl: string): DataSource {
  const basis = dataSourceOptions(appDatabaseUrl, IMPORT_VERBINDINGEN);
  return new DataSource({
    ...basis,
    extra: {
      ...(basis.extra as Record<string, unknown>),
      statement_timeout: 120_000,
      application_name: 'rmc-platform-import',
      options: '-c temp_buffers=32MB',
    },
  } as DataSourceOptions);
}

/** The first message per field, as the API would name it. */
function eersteFouten(errors: ValidationError[]): Array<{ veld: string; melding: string }> {
  return errors.map((e) => ({
    veld: e.property,
    melding: e.constraints?.['whitelistValidation']
      ? 'Dit veld bestaat niet; pas de kolomkoppeling aan.'
      : (Object.values(e.constraints ?? {})[0] ?? 'Ongeldige waarde.'),
  }));
}

/** Same key for the same student, start date and kind: a re-upload finds the row and does not add it again. */
export function importSleutel(m: Record<string, unknown>): string {
  return createHash('sha256')
    .update(`${m['bsn'] ?? ''}|${m['begindatum'] ?? ''}|${m['soort'] ?? ''}`)
    .digest('hex')
    .slice(0, 40);
}

/** Staging columns, in COPY order; each row of the file is one row here (rij = line number, header is 1). */
const STAGING_KOLOMMEN = [
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

/** Bad data that slipped past the checks (22xxx) or a constraint (23xxx): retry that chunk row by row. */
const isGegevensFout = (err: unknown) => /^2[23]/.test(String((err as { code?: unknown })?.code ?? ''));

/** COPY text format: \N for NULL; backslash, tab and line breaks escaped. */
function copyWaarde(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const t = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[\\\t\n\r]/.test(t)
    ? t.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : t;
}

/** A text[] literal (each element quoted), itself then escaped for COPY. */
function arrayLiteral(items: string[]): string {
  return `{${items.map((i) => `"${i.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

const s = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Columns the melding table needs (NOT NULL), in case a custom agenda does not require them. */
const NODIG_VOOR_OPSLAAN = [
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'begindatum',
  'vermoedelijkeSoort',
  'melderNaam',
  'melderFunctie',
] as const;

interface Controle {
  wie: Indiener;
  normen: MeldingNorm[];
  vandaag: string;
  kop: string[];
  kolommen: Record<string, string>;
  deadlines: Map<string, string>;
}

/**
 * One CSV row → one staging line. Everything that needs no database is checked here with the same
 * DTO and domain function as a melding filed in the portal (controleerMelding), so the messages are
 * the same; what needs the database or the other rows (import key, 7-day rule) is set-based in SQL.
 */
function stagingRegel(c: Controle, nummer: number, rij: string[]): string {
  const invoer = { ...rijNaarMelding(c.kop, rij, c.kolommen), leslocatieVestigingId: c.wie.vestigingId } as MeldingInvoer;
  const fout = (fouten: Array<{ veld: string; melding: string }>) =>
    `${nummer}\tfout\t${copyWaarde(fouten)}${'\t\\N'.repeat(STAGING_KOLOMMEN.length - 3)}\n`;
  const errors = validateSync(plainToInstance(MeldingCreateDto, invoer), { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) return fout(eersteFouten(errors));
  const controle = controleerMelding(c.wie, invoer, c.normen, c.vandaag);
  if (!controle.ok) return fout(controle.fouten.map((f) => ({ veld: f.field, melding: f.message })));
  const { norm, pc } = controle;
  const tekst = (veld: string) => s(invoer[veld]);
  const ontbreekt = NODIG_VOOR_OPSLAAN.filter((v) =>
    v === 'postcode'
      ? !pc
      : v === 'geboortedatum' || v === 'begindatum' || v === 'bsn' || v === 'vermoedelijkeSoort'
        ? !invoer[v]
        : !tekst(v),
  );
  if (ontbreekt.length)
    return fout(ontbreekt.map((veld) => ({ veld, melding: 'Vul dit veld in; zonder kan de melding niet worden opgeslagen.' })));
  const { volledig, ontbrekend } = beoordeelVolledigheid(invoer, norm);
  let deadline = c.deadlines.get(norm.soort);
  if (!deadline) c.deadlines.set(norm.soort, (deadline = plusWerkdagen(c.vandaag, norm.oppakTermijnWerkdagen)));
  const waarden: unknown[] = [
    nummer,
    'nieuw',
    null,
    importSleutel(invoer),
    norm.aaneengesloten,
    invoer.soort,
    invoer['bsn'],
    tekst('voornaam'),
    tekst('achternaam'),
    invoer['geboortedatum'],
    pc!.postcode,
    pc!.pc4,
    tekst('telefoon'),
    tekst('afwijkendVerblijfadres'),
    invoer['begindatum'],
    invoer['einddatum'] ?? null,
    invoer['vermoedelijkeSoort'],
    tekst('vermoedelijkeReden'),
    invoer['allesGemist'] ?? null,
    tekst('doorSchoolOndernomen'),
    invoer['actieGewenst'] === true,
    tekst('toelichtingActieGewenst'),
    tekst('melderNaam'),
    tekst('melderFunctie'),
    tekst('melderTelefoon'),
    tekst('melderEmail'),
    invoer['verzuimDagen'] ?? null,
    invoer['verzuimUren'] ?? null,
    arrayLiteral((invoer['zorgen'] as string[] | undefined) ?? []),
    tekst('afsprakenMetStudent'),
    tekst('betrokkenContacten'),
    tekst('lopendeHulp'),
    tekst('verwachtingVanRegio'),
    volledig,
    arrayLiteral(ontbrekend),
    deadline,
  ];
  return `${waarden.map(copyWaarde).join('\t')}\n`;
}

/**
 * One transaction on the job's connection in the school's tenant context (the uploading user at the
 * vestiging; no region, no role), set by the tenancy service as Db.inContext does for a request.
 */
function inSchool<T>(qr: QueryRunner, job: ImportJob, fn: () => Promise<T>): Promise<T> {
  return inContextOp(qr, { gebruikerId: job.gebruikerId, vestigingId: job.vestigingId, instellingId: job.instellingId }, fn);
}

/**
 * Processes one CSV import in the worker, set-based, on one connection of the import's own pool:
 * 1. the file streams through the row checks in Node into a session-private staging table (COPY);
 * 2. the checks that need the database or other rows run as a few statements in the school's tenant
 *    context: already imported (import key), the 7-day rule against earlier meldingen and within the
 *    file, and duplicates within the file;
 * 3. valid new rows are filed by INSERT … SELECT in chunks of at most 5,000, each chunk one transaction
 *    with its melding_gebeurtenis rows and the batch's progress; ON CONFLICT on the import key makes a
 *    retried or concurrent job add nothing twice.
 * RLS applies throughout: every statement on tenant tables runs as the app role in the school context.
 */
export interface ImportOpties {
  /** Rows per insert transaction (default: a tenth of the file, between 500 and 5,000). */
  perTransactie?: number;
  /** Filled with the milliseconds per phase (benchmark). */
  fasen?: Record<string, number>;
}

export async function verwerkImport(
  ds: DataSource,
  job: ImportJob,
  opties: ImportOpties = {},
): Promise<{ goed: number; fout: number; alAanwezig: number }> {
  const qr = ds.createQueryRunner();
  try {
    return await verwerk(qr, job, opties);
  } finally {
    await qr.query('DROP TABLE IF EXISTS pg_temp.import_regel').catch(() => undefined);
    await qr.release();
  }
}

async function verwerk(
  qr: QueryRunner,
  job: ImportJob,
  opties: ImportOpties,
): Promise<{ goed: number; fout: number; alAanwezig: number }> {
  let t = Date.now();
  const fase = (naam: string) => {
    if (opties.fasen) opties.fasen[naam] = Date.now() - t;
    t = Date.now();
  };
  const telling = { goed: 0, fout: 0, alAanwezig: 0 };
  const nu = new Date();
  const vandaag = amsterdamDatum(nu);
  const batch = await inSchool(qr, job, async () => {
    const [b] = await qr.query(`SELECT id, proefrun, kolommen, inhoud, status, totaal FROM import_batch WHERE id = $1`, [
      job.batchId,
    ]);
    // A finished batch is never processed again (a repeated job would otherwise wipe its report).
    if (b && b.status !== 'klaar')
      await qr.query(
        `UPDATE import_batch SET status = 'bezig', verwerkt = 0, goed = 0, al_aanwezig = 0, fout = 0, fouten = '[]' WHERE id = $1`,
        [job.batchId],
      );
    return b as
      | { id: string; proefrun: boolean; kolommen: Record<string, string>; inhoud: string; status: string; totaal: number }
      | undefined;
  });
  if (!batch || batch.status === 'klaar') return telling;
  if (!batch.inhoud) {
    // Retried after the retention sweep blanked the file: say so instead of "done, 0 rows".
    await inSchool(qr, job, () =>
      qr.query(`UPDATE import_batch SET status = 'mislukt', fouten = $2 WHERE id = $1`, [
        job.batchId,
        JSON.stringify([{ rij: 0, veld: 'csv', melding: 'Het bestand is na 14 dagen gewist; upload het opnieuw.' }]),
      ]),
    );
    return telling;
  }
  const { agendaId, normen } = await inSchool(qr, job, () =>
    geldendeNormen(
      { query: async <T>(sql: string, params?: unknown[]) => rijenVan<T>(await qr.query(sql, params)) },
      job.instellingId,
      vandaag,
    ),
  );

  fase('prepare');

  await qr.query('DROP TABLE IF EXISTS pg_temp.import_regel');
  await qr.query(STAGING_DDL);
  const rijen = csvRijen(batch.inhoud);
  batch.inhoud = '';
  const kop = (rijen.next().value as string[] | undefined) ?? [];
  const controle: Controle = { wie: job, normen, vandaag, kop, kolommen: batch.kolommen, deadlines: new Map() };
  const client = await qr.connect();
  const perTransactie =
    opties.perTransactie ?? Math.min(MAX_PER_TRANSACTIE, Math.max(MIN_PER_TRANSACTIE, Math.ceil(batch.totaal / 10)));
  const aaneengesloten = normen.filter((n) => n.aaneengesloten).map((n) => n.soort);
  const eersteAaneengesloten = normen.find((n) => n.aaneengesloten);
  // Within the file every row is filed today, so a later continuous-absence row of the same student gets this message.
  const zevenDagenVandaag =
    eersteAaneengesloten &&
    zevenDagenRegel(
      { gemeldOp: vandaag, norm: eersteAaneengesloten },
      [{ id: '', soort: eersteAaneengesloten.soort, gemeldOp: vandaag }],
      normen,
    );
  const fouten: Fout[] = [];
  const foutenTot = async (van: number, tot: number) => {
    if (fouten.length >= MAX_FOUTEN_BEWAARD) return;
    const metFout: Array<{ rij: number; fouten: Array<{ veld: string; melding: string }> }> = await qr.query(
      `SELECT rij, fouten FROM pg_temp.import_regel WHERE rij BETWEEN $1 AND $2 AND uitkomst = 'fout' ORDER BY rij LIMIT $3`,
      [van, tot, MAX_FOUTEN_BEWAARD - fouten.length],
    );
    for (const r of metFout) for (const f of r.fouten) if (fouten.length < MAX_FOUTEN_BEWAARD) fouten.push({ rij: r.rij, ...f });
  };

  /**
   * The checks that need the database or earlier rows, for rows van..tot, set-based. Rows are decided
   * in file order as one by one would: earlier chunks are already filed (or, in a dry run, staged as new).
   */
  const controleerDeel = async (van: number, tot: number) => {
    // Already imported: an earlier upload, an earlier run of this job, or an earlier chunk of this file.
    // Driven from the chunk, one probe of the unique key per row: melding grows during the job faster than
    // its statistics, and a join would let the planner scan the whole vestiging for every chunk.
    await qr.query(
      `UPDATE pg_temp.import_regel s SET uitkomst = 'aanwezig'
        WHERE s.rij BETWEEN $2 AND $3 AND s.uitkomst = 'nieuw'
          AND (SELECT m.id FROM melding m WHERE m.vestiging_id = $1 AND m.import_sleutel = s.import_sleutel LIMIT 1) IS NOT NULL`,
      [job.vestigingId, van, tot],
    );
    if (!aaneengesloten.length) return;
    // 7-day rule against earlier meldingen of the student at this vestiging: SQL finds the candidates,
    // the domain rule (zevenDagenRegel) decides and words the message.
    const kandidaten: Array<{ rij: number; soort: string; eerdere: EerdereMelding[] }> = await qr.query(
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
      [job.vestigingId, aaneengesloten, vandaag, van, tot],
    );
    const teVroeg = kandidaten.flatMap((k) => {
      const norm = normen.find((n) => n.soort === k.soort);
      const reden = norm ? zevenDagenRegel({ gemeldOp: vandaag, norm }, k.eerdere, normen) : null;
      return reden ? [{ rij: k.rij, fouten: JSON.stringify([{ veld: 'soort', melding: reden }]) }] : [];
    });
    if (teVroeg.length)
      await qr.query(
        `UPDATE pg_temp.import_regel s SET uitkomst = 'fout', fouten = f.fouten::jsonb FROM unnest($1::int[], $2::text[]) AS f(rij, fouten) WHERE s.rij = f.rij`,
        [teVroeg.map((f) => f.rij), teVroeg.map((f) => f.fouten)],
      );
    // Within the file, continuous absence: the student's first such row is filed; a later row with the
    // same import key is already there, any other is too soon (7-day rule, the first is of today).
    if (zevenDagenVandaag)
      await qr.query(
        `UPDATE pg_temp.import_regel s
            SET uitkomst = CASE WHEN x.sleutel = s.import_sleutel THEN 'aanwezig' ELSE 'fout' END,
                fouten = CASE WHEN x.sleutel = s.import_sleutel THEN NULL ELSE jsonb_build_array(jsonb_build_object('veld', 'soort', 'melding', $3::text)) END
           FROM (SELECT r.rij, f.rij AS eerste, f.import_sleutel AS sleutel
                   FROM pg_temp.import_regel r
                  CROSS JOIN LATERAL (SELECT e.rij, e.import_sleutel FROM pg_temp.import_regel e WHERE e.bsn = r.bsn AND e.aaneengesloten AND e.uitkomst = 'nieuw' ORDER BY e.rij LIMIT 1) f
                  WHERE r.rij BETWEEN $1 AND $2 AND r.uitkomst = 'nieuw' AND r.aaneengesloten) x
          WHERE s.rij = x.rij AND x.eerste <> s.rij`,
        [van, tot, zevenDagenVandaag],
      );
  };
  const dubbelInBestand = (van: number, tot: number) =>
    // Other kinds: the same student, start date and kind again in the file is already there.
    qr.query(
      `UPDATE pg_temp.import_regel s SET uitkomst = 'aanwezig'
        WHERE s.rij BETWEEN $1 AND $2 AND s.uitkomst = 'nieuw' AND NOT s.aaneengesloten
          AND EXISTS (SELECT 1 FROM pg_temp.import_regel e WHERE e.import_sleutel = s.import_sleutel AND e.rij < s.rij AND e.uitkomst = 'nieuw')`,
      [van, tot],
    );

  /** Checks, files (unless a dry run) and reports rows van..tot in one transaction in the school's context. */
  const verwerkDeel = async (van: number, tot: number) => {
    const params = (a: number, b: number) => [
      job.instellingId,
      job.vestigingId,
      job.gebruikerId,
      agendaId,
      new Date(),
      vandaag,
      a,
      b,
      NIET_AANGESLOTEN,
    ];
    const boek = async (opgeslagen: number) => {
      const [d] = await qr.query(TELLING_DEEL, [van, tot]);
      if (batch.proefrun) {
        telling.goed += d.nieuw;
        telling.alAanwezig += d.aanwezig;
      } else {
        telling.goed += opgeslagen;
        // Rows another run saved between the checks and this insert count as already there.
        telling.alAanwezig += d.aanwezig + (d.nieuw - opgeslagen);
      }
      telling.fout += d.fout;
      await foutenTot(van, tot);
      await qr.query(`UPDATE import_batch SET verwerkt = $2, goed = $3, al_aanwezig = $4, fout = $5, fouten = $6 WHERE id = $1`, [
        job.batchId,
        tot - 1,
        telling.goed,
        telling.alAanwezig,
        telling.fout,
        JSON.stringify(fouten),
      ]);
    };
    const voor = { ...telling, fouten: fouten.length };
    try {
      await inSchool(qr, job, async () => {
        await controleerDeel(van, tot);
        await dubbelInBestand(van, tot);
        await boek(batch.proefrun ? 0 : (await qr.query(INSERT_DEEL, params(van, tot)))[0].opgeslagen);
      });
    } catch (err) {
      if (!isGegevensFout(err) || batch.proefrun) throw err;
      // One bad row must not take its neighbours with it: this chunk again, one savepoint per row.
      Object.assign(telling, { goed: voor.goed, fout: voor.fout, alAanwezig: voor.alAanwezig });
      fouten.length = voor.fouten;
      await inSchool(qr, job, async () => {
        await controleerDeel(van, tot);
        await dubbelInBestand(van, tot);
        const nieuw: Array<{ rij: number }> = await qr.query(
          `SELECT rij FROM pg_temp.import_regel WHERE rij BETWEEN $1 AND $2 AND uitkomst = 'nieuw' ORDER BY rij`,
          [van, tot],
        );
        let opgeslagen = 0;
        for (const { rij } of nieuw) {
          await qr.query('SAVEPOINT rij');
          try {
            opgeslagen += (await qr.query(INSERT_DEEL, params(rij, rij)))[0].opgeslagen;
            await qr.query('RELEASE SAVEPOINT rij');
          } catch (rijFout) {
            if (!isGegevensFout(rijFout)) throw rijFout;
            await qr.query('ROLLBACK TO SAVEPOINT rij');
            await qr.query(`UPDATE pg_temp.import_regel SET uitkomst = 'fout', fouten = $2 WHERE rij = $1`, [
              rij,
              JSON.stringify([{ veld: '', melding: 'Deze rij kon niet worden verwerkt.' }]),
            ]);
          }
        }
        await boek(opgeslagen);
      });
    }
  };

  /** One chunk's staging lines into the staging table (its own COPY). */
  const kopieer = (regels: string) =>
    pipeline(
      Readable.from([regels]),
      client.query(copyFrom(`COPY pg_temp.import_regel (${STAGING_KOLOMMEN.join(', ')}) FROM STDIN`)),
    );

  // Pipelined: while PostgreSQL checks and files chunk k, Node checks the rows of chunk k+1.
  let bezig: Promise<unknown> = Promise.resolve(null);
  let wachtMs = 0;
  const wacht = async () => {
    const t0 = Date.now();
    const fout = await bezig;
    wachtMs += Date.now() - t0;
    if (fout instanceof Error) throw fout;
  };
  let regels = '';
  let van = 2;
  let nummer = 1;
  let eerste = true;
  const zendDeel = async () => {
    await wacht();
    await kopieer(regels);
    if (eerste) {
      // Temporary tables get no autovacuum statistics; one look after the first chunk is enough.
      await qr.query('ANALYZE pg_temp.import_regel');
      eerste = false;
    }
    const [a, b] = [van, nummer];
    // Settled into a value at once (never an unhandled rejection while Node checks the next chunk).
    bezig = verwerkDeel(a, b).then(
      () => null,
      (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
    );
    regels = '';
    van = nummer + 1;
  };
  for (const rij of rijen) {
    nummer++;
    regels += stagingRegel(controle, nummer, rij);
    if ((nummer - 1) % REGELS_PER_BERICHT === 0) await new Promise((r) => setImmediate(r));
    if (nummer - van + 1 === perTransactie) await zendDeel();
  }
  if (regels) await zendDeel();
  await wacht();
  const totaal = nummer - 1;
  fase(`check and ${batch.proefrun ? 'report' : 'file'} in chunks (pipelined)`);
  if (opties.fasen) opties.fasen['of which Node waited for PostgreSQL'] = wachtMs;

  await inSchool(qr, job, () =>
    // The raw CSV names every student in it; once every row is saved or reported, it has no purpose left.
    qr.query(
      `UPDATE import_batch SET status = 'klaar', klaar_op = now(), inhoud = '', totaal = $2, verwerkt = $2 WHERE id = $1`,
      [job.batchId, totaal],
    ),
  );
  fase('finish');
  return telling;
}
