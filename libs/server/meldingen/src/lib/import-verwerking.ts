import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dataSourceOptions } from '@rmc/server-database';
import { geldendeNormen } from '@rmc/server-verzuimagenda';
import {
  amsterdamDatum,
  beoordeelVolledigheid,
  csvRijen,
  plusWerkdagen,
  rijNaarMelding,
  zevenDagenRegel,
  type MeldingNorm,
} from '@rmc/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { from as copyFrom } from 'pg-copy-streams';
import { inContextOp, rijen as rijenVan } from '@rmc/server-core';
import {
  analyseerStaging,
  foutRijen,
  leesImportBatch,
  maakStaging,
  markeerAlGeimporteerd,
  markeerDubbelInBestand,
  markeerFouten,
  markeerRijFout,
  nieuweRijen,
  STAGING_COPY,
  STAGING_KOLOMMEN,
  telDeel,
  verwijderStaging,
  voegDeelIn,
  zetImportBezig,
  zetImportKlaar,
  zetImportMislukt,
  zetImportVoortgang,
  zevenDagenInBestand,
  zevenDagenKandidaten,
} from './data/import-verwerking.queries';
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

/** Type errors before range errors: "veel" uren is not a number, not "too many". */
const VOORRANG = ['whitelistValidation', 'isString', 'isInt', 'isBoolean', 'isArray', 'isIn', 'isDatum', 'matches', 'isEmail'];
const DATUM_BERICHT = 'Vul een datum in als dd-mm-jjjj of jjjj-mm-dd.';

/** One message per field, as the API would name it; for a wrong type the type's message. */
function veldFouten(errors: ValidationError[]): Array<{ veld: string; melding: string }> {
  return errors.map((e) => {
    const c = e.constraints ?? {};
    if (c['whitelistValidation']) return { veld: e.property, melding: 'Dit veld bestaat niet; pas de kolomkoppeling aan.' };
    if (c['isDatum']) return { veld: e.property, melding: DATUM_BERICHT };
    const eerste = VOORRANG.find((k) => c[k]);
    return { veld: e.property, melding: (eerste ? c[eerste] : Object.values(c)[0]) ?? 'Ongeldige waarde.' };
  });
}

/** Same key for the same student, start date and kind: a re-upload finds the row and does not add it again. */
export function importSleutel(m: Record<string, unknown>): string {
  return createHash('sha256')
    .update(`${m['bsn'] ?? ''}|${m['begindatum'] ?? ''}|${m['soort'] ?? ''}`)
    .digest('hex')
    .slice(0, 40);
}

/** Staging columns, in COPY order; each row of the file is one row here (rij = line number, header is 1). */

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
  melderNaam: string | null;
}

/**
 * One CSV row → one staging line. Everything that needs no database is checked here with the same
 * DTO and domain function as a melding filed in the portal (controleerMelding), so the messages are
 * the same; what needs the database or the other rows (import key, 7-day rule) is set-based in SQL.
 */
function stagingRegel(c: Controle, nummer: number, rij: string[]): string {
  const invoer = {
    ...rijNaarMelding(c.kop, rij, c.kolommen, c.normen),
    leslocatieVestigingId: c.wie.vestigingId,
  } as MeldingInvoer;
  // "Naam melder" defaults to the uploader (the file's own value wins).
  if (c.melderNaam && !s(invoer['melderNaam'])) invoer['melderNaam'] = c.melderNaam;
  const fout = (fouten: Array<{ veld: string; melding: string }>) =>
    `${nummer}\tfout\t${copyWaarde(fouten)}${'\t\\N'.repeat(STAGING_KOLOMMEN.length - 3)}\n`;
  const errors = validateSync(plainToInstance(MeldingCreateDto, invoer), { whitelist: true, forbidNonWhitelisted: true });
  const controle = controleerMelding(c.wie, invoer, c.normen, c.vandaag);
  if (errors.length || !controle.ok) {
    // Every error of the row, one per field: the DTO's (type, length) first, then the agenda's and the domain's.
    const fouten = veldFouten(errors);
    const gemeld = new Set(fouten.map((f) => f.veld));
    if (!controle.ok)
      for (const f of controle.fouten)
        if (!gemeld.has(f.field)) {
          gemeld.add(f.field);
          fouten.push({ veld: f.field, melding: f.message });
        }
    return fout(fouten);
  }
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
    await verwijderStaging(qr).catch(() => undefined);
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
    const b = await leesImportBatch(qr, job.batchId);
    // A finished batch is never processed again (a repeated job would otherwise wipe its report).
    if (b && b.status !== 'klaar') await zetImportBezig(qr, job.batchId);
    return b;
  });
  if (!batch || batch.status === 'klaar') return telling;
  if (!batch.inhoud) {
    // Retried after the retention sweep blanked the file: say so instead of "done, 0 rows".
    await inSchool(qr, job, () =>
      zetImportMislukt(qr, job.batchId, [
        { rij: 0, veld: 'csv', melding: 'Het bestand is na 14 dagen gewist; upload het opnieuw.' },
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

  await maakStaging(qr);
  const rijen = csvRijen(batch.inhoud);
  batch.inhoud = '';
  const kop = (rijen.next().value as string[] | undefined) ?? [];
  const controle: Controle = {
    wie: job,
    normen,
    vandaag,
    kop,
    kolommen: batch.kolommen,
    deadlines: new Map(),
    melderNaam: batch.uploaderNaam,
  };
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
    const metFout = await foutRijen(qr, van, tot, MAX_FOUTEN_BEWAARD - fouten.length);
    for (const r of metFout) for (const f of r.fouten) if (fouten.length < MAX_FOUTEN_BEWAARD) fouten.push({ rij: r.rij, ...f });
  };

  /**
   * The checks that need the database or earlier rows, for rows van..tot, set-based. Rows are decided
   * in file order as one by one would: earlier chunks are already filed (or, in a dry run, staged as new).
   */
  const controleerDeel = async (van: number, tot: number) => {
    await markeerAlGeimporteerd(qr, job.vestigingId, van, tot);
    if (!aaneengesloten.length) return;
    // 7-day rule against earlier meldingen of the student at this vestiging: SQL finds the candidates,
    // the domain rule (zevenDagenRegel) decides and words the message.
    const kandidaten = await zevenDagenKandidaten(qr, job.vestigingId, aaneengesloten, vandaag, van, tot);
    const teVroeg = kandidaten.flatMap((k) => {
      const norm = normen.find((n) => n.soort === k.soort);
      const reden = norm ? zevenDagenRegel({ gemeldOp: vandaag, norm }, k.eerdere, normen) : null;
      return reden ? [{ rij: k.rij, fouten: JSON.stringify([{ veld: 'soort', melding: reden }]) }] : [];
    });
    if (teVroeg.length)
      await markeerFouten(
        qr,
        teVroeg.map((f) => f.rij),
        teVroeg.map((f) => f.fouten),
      );
    // Within the file, continuous absence: the student's first such row is filed; a later row with the
    // same import key is already there, any other is too soon (7-day rule, the first is of today).
    if (zevenDagenVandaag) await zevenDagenInBestand(qr, van, tot, zevenDagenVandaag);
  };
  // Other kinds: the same student, start date and kind again in the file is already there.
  const dubbelInBestand = (van: number, tot: number) => markeerDubbelInBestand(qr, van, tot);

  /** Checks, files (unless a dry run) and reports rows van..tot in one transaction in the school's context. */
  const verwerkDeel = async (van: number, tot: number) => {
    const voegIn = (a: number, b: number) =>
      voegDeelIn(
        qr,
        {
          instellingId: job.instellingId,
          vestigingId: job.vestigingId,
          gebruikerId: job.gebruikerId,
          agendaId,
          gemeldOp: new Date(),
          vandaag,
          nietAangesloten: NIET_AANGESLOTEN,
        },
        a,
        b,
      );
    const boek = async (opgeslagen: number) => {
      const d = await telDeel(qr, van, tot);
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
      await zetImportVoortgang(qr, job.batchId, {
        verwerkt: tot - 1,
        goed: telling.goed,
        alAanwezig: telling.alAanwezig,
        fout: telling.fout,
        fouten,
      });
    };
    const voor = { ...telling, fouten: fouten.length };
    try {
      await inSchool(qr, job, async () => {
        await controleerDeel(van, tot);
        await dubbelInBestand(van, tot);
        await boek(batch.proefrun ? 0 : await voegIn(van, tot));
      });
    } catch (err) {
      if (!isGegevensFout(err) || batch.proefrun) throw err;
      // One bad row must not take its neighbours with it: this chunk again, one savepoint per row.
      Object.assign(telling, { goed: voor.goed, fout: voor.fout, alAanwezig: voor.alAanwezig });
      fouten.length = voor.fouten;
      await inSchool(qr, job, async () => {
        await controleerDeel(van, tot);
        await dubbelInBestand(van, tot);
        const nieuw = await nieuweRijen(qr, van, tot);
        let opgeslagen = 0;
        for (const { rij } of nieuw) {
          await qr.query('SAVEPOINT rij');
          try {
            opgeslagen += await voegIn(rij, rij);
            await qr.query('RELEASE SAVEPOINT rij');
          } catch (rijFout) {
            if (!isGegevensFout(rijFout)) throw rijFout;
            await qr.query('ROLLBACK TO SAVEPOINT rij');
            await markeerRijFout(qr, rij, [{ veld: '', melding: 'Deze rij kon niet worden verwerkt.' }]);
          }
        }
        await boek(opgeslagen);
      });
    }
  };

  /** One chunk's staging lines into the staging table (its own COPY). */
  const kopieer = (regels: string) => pipeline(Readable.from([regels]), client.query(copyFrom(STAGING_COPY)));

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
      await analyseerStaging(qr);
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

  // The raw CSV names every student in it; once every row is saved or reported, it has no purpose left.
  await inSchool(qr, job, () => zetImportKlaar(qr, job.batchId, totaal));
  fase('finish');
  return telling;
}
