#!/usr/bin/env node
// CSV import benchmark: a valid 100,000-row CSV for a demo vestiging, imported the way the worker does
// (verwerkImport on the import's own pool, app role, RLS), against COPY FROM STDIN of the same file into
// a plain table in the same run. Prints rows/s and the ratio.
//
//   npm run build:server && npm run bench:import
//   BENCH_ROWS=5000 npm run bench:import          (CI smoke: figures printed, no timing assertions)
//
// Environment: BENCH_PG_URL (admin URL, default TEST_PG_URL or postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_ROWS (default 100000), BENCH_DIST (compiled server, default dist/server), BENCH_COPY_RUNS (default 3),
// BENCH_KEEP=1 keeps the database.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const pg = require('pg');
const { from: copyFrom } = require('pg-copy-streams');

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const COPY_RUNS = Math.max(1, Number(process.env.BENCH_COPY_RUNS ?? 3));
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist/server');
const ADMIN_URL = process.env.BENCH_PG_URL || process.env.TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
if (!Number.isInteger(ROWS) || ROWS < 1 || ROWS > 100_000) throw new Error('BENCH_ROWS must be 1..100000 (the import cap)');
const need = (rel) => {
  const p = join(DIST, rel);
  if (!existsSync(p)) throw new Error(`${p} is missing: run "npm run build:server" first`);
  return require(p);
};
const { migrate } = need('libs/server/migrations/src/index.js');
const { verwerkImport, importDataSource } = need('libs/server/meldingen/src/index.js');
const { seedDemo } = need('apps/api/src/demo/seed-demo.js');

const DB = `rmc_bench_import_${process.pid}`;
const url = (base, db, user, password) => {
  const u = new URL(base);
  u.pathname = `/${db}`;
  if (user) {
    u.username = user;
    u.password = password;
  }
  return u.toString();
};
const OWNER_URL = url(ADMIN_URL, DB);
const APP_URL = url(ADMIN_URL, DB, 'rmc_app_bench', 'rmc-app-bench-wachtwoord');

/** Unique BSNs from the 99… test range that pass the 11-proef. */
function* bsns() {
  for (let n = 0; ; n++) {
    const basis = `99${String(n).padStart(6, '0')}`;
    const som = basis.split('').reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
    if (som % 11 <= 9) yield `${basis}${som % 11}`;
  }
}

const KOLOMMEN = {
  BSN: 'bsn',
  Voornaam: 'voornaam',
  Achternaam: 'achternaam',
  Geboortedatum: 'geboortedatum',
  Postcode: 'postcode',
  Soort: 'soort',
  Begindatum: 'begindatum',
  'Vermoedelijke soort': 'vermoedelijkeSoort',
  'Alle lessen gemist': 'allesGemist',
  Verzuimdagen: 'verzuimDagen',
  Verzuimuren: 'verzuimUren',
  Zorgen: 'zorgen',
  'Actie gewenst': 'actieGewenst',
  Toelichting: 'toelichtingActieGewenst',
  Melder: 'melderNaam',
  Functie: 'melderFunctie',
  'E-mail melder': 'melderEmail',
};

/** A school-system export: Dutch dates, ';', postcodes in both demo regions, three kinds, quoted fields. */
function maakCsv(n) {
  const gen = bsns();
  const pc = ['8011 AB', '7511 JE', '7607 AA', '8021 CD', '7551 DB', '8261 AA'];
  const regels = [Object.keys(KOLOMMEN).join(';')];
  for (let i = 0; i < n; i++) {
    // soort, dagen, uren, zorgen, actie gewenst, toelichting
    const soort =
      i % 3 === 0
        ? ['16-uur-in-4-weken', '', '18', '', 'nee', '']
        : i % 3 === 1
          ? ['aaneengesloten-4-weken', '22', '', '', 'nee', '']
          : [
              'zorgwekkend',
              '25',
              '100',
              'startkwalificatie-in-gevaar|dreigt-voortijdig-te-verlaten',
              'ja',
              '"Zorgen over de thuissituatie; graag contact."',
            ];
    const dag = String((i % 27) + 1).padStart(2, '0');
    regels.push(
      [
        gen.next().value,
        'Student',
        `"Achternaam ${i}; de ""${i % 7}"""`,
        `${dag}-0${(i % 9) + 1}-2008`,
        pc[i % pc.length],
        soort[0],
        `${dag}-10-2026`,
        '1-maand-of-langer',
        i % 2 ? 'ja' : 'nee',
        soort[1],
        soort[2],
        soort[3],
        soort[4],
        soort[5],
        'M. de Vries',
        'Verzuimcoördinator',
        'verzuim@school.example',
      ].join(';'),
    );
  }
  return `${regels.join('\r\n')}\r\n`;
}

async function admin(sql) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** COPY FROM STDIN of the file (CSV format, header) into a plain table with one text column per CSV column. */
async function plainCopy(owner, csv, n) {
  const kolommen = Object.keys(KOLOMMEN)
    .map((_, i) => `k${i} text`)
    .join(', ');
  await owner.query(`DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (${kolommen})`);
  const t = process.hrtime.bigint();
  const stuk = 256 * 1024;
  await pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < csv.length; i += stuk) yield csv.slice(i, i + stuk);
      })(),
    ),
    owner.query(copyFrom(`COPY bench_copy FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)`)),
  );
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const { rows } = await owner.query('SELECT count(*)::int AS n FROM bench_copy');
  if (rows[0].n !== n) throw new Error(`COPY loaded ${rows[0].n} rows, expected ${n}`);
  return ms;
}

const fmt = (x) => Math.round(x).toLocaleString('en-US');

async function main() {
  const t0 = Date.now();
  await admin(`CREATE DATABASE ${DB}`);
  const owner = new pg.Client({ connectionString: OWNER_URL });
  const importDs = importDataSource(APP_URL);
  try {
    await migrate(OWNER_URL, APP_URL);
    await seedDemo(APP_URL);
    await owner.connect();
    const {
      rows: [school],
    } = await owner.query(
      `SELECT g.id AS gebruiker_id, l.vestiging_id, v.instelling_id, v.naam FROM gebruiker g JOIN lidmaatschap l ON l.gebruiker_id = g.id JOIN vestiging v ON v.id = l.vestiging_id WHERE g.email = 'verzuim@twente.demo' LIMIT 1`,
    );
    if (!school) throw new Error('demo school account verzuim@twente.demo not found');
    const csv = maakCsv(ROWS);
    console.log(
      `database ${DB} migrated and seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s; CSV of ${fmt(ROWS)} rows, ${(csv.length / 1e6).toFixed(1)} MB, for vestiging "${school.naam}"`,
    );

    const copies = [];
    for (let i = 0; i < COPY_RUNS; i++) copies.push(await plainCopy(owner, csv, ROWS));

    // Stored as the API stores an upload; processed as the worker's job handler does.
    const {
      rows: [batch],
    } = await owner.query(
      `INSERT INTO import_batch (vestiging_id, instelling_id, gebruiker_id, proefrun, kolommen, inhoud, totaal) VALUES ($1, $2, $3, false, $4, $5, $6) RETURNING id`,
      [school.vestiging_id, school.instelling_id, school.gebruiker_id, JSON.stringify(KOLOMMEN), csv, ROWS],
    );
    await importDs.initialize();
    const fasen = {};
    const t = process.hrtime.bigint();
    const uit = await verwerkImport(
      importDs,
      {
        batchId: batch.id,
        gebruikerId: school.gebruiker_id,
        vestigingId: school.vestiging_id,
        instellingId: school.instelling_id,
      },
      { fasen },
    );
    const importMs = Number(process.hrtime.bigint() - t) / 1e6;
    const {
      rows: [check],
    } = await owner.query(
      `SELECT (SELECT count(*)::int FROM melding WHERE vestiging_id = $1 AND import_sleutel IS NOT NULL) AS meldingen,
              (SELECT count(*)::int FROM melding_gebeurtenis g JOIN melding m ON m.id = g.melding_id WHERE m.vestiging_id = $1 AND m.import_sleutel IS NOT NULL) AS gebeurtenissen,
              (SELECT count(DISTINCT regio_id)::int FROM melding WHERE vestiging_id = $1 AND import_sleutel IS NOT NULL) AS regios,
              (SELECT status FROM import_batch WHERE id = $2) AS status`,
      [school.vestiging_id, batch.id],
    );
    if (uit.goed !== ROWS || check.meldingen !== ROWS || check.gebeurtenissen !== ROWS || check.status !== 'klaar')
      throw new Error(`import incomplete: ${JSON.stringify({ uit, check })}`);

    // A retried job on the same file adds nothing.
    await owner.query(`UPDATE import_batch SET status = 'bezig', inhoud = $2 WHERE id = $1`, [batch.id, csv]);
    const t2 = process.hrtime.bigint();
    const opnieuw = await verwerkImport(importDs, {
      batchId: batch.id,
      gebruikerId: school.gebruiker_id,
      vestigingId: school.vestiging_id,
      instellingId: school.instelling_id,
    });
    const opnieuwMs = Number(process.hrtime.bigint() - t2) / 1e6;
    if (opnieuw.goed !== 0 || opnieuw.alAanwezig !== ROWS) throw new Error(`retry added rows: ${JSON.stringify(opnieuw)}`);

    copies.sort((a, b) => a - b);
    const copyMs = copies[Math.floor(copies.length / 2)];
    const ratio = importMs / copyMs;
    console.log(
      `COPY FROM STDIN into a plain table: ${copies.map((c) => `${fmt(c)} ms`).join(', ')} → median ${fmt(copyMs)} ms = ${fmt(ROWS / (copyMs / 1000))} rows/s`,
    );
    console.log(
      `import (worker path): ${fmt(importMs)} ms = ${fmt(ROWS / (importMs / 1000))} rows/s; ${check.meldingen} meldingen, ${check.gebeurtenissen} events, ${check.regios} regions`,
    );
    console.log(
      `  phases: ${Object.entries(fasen)
        .map(([k, v]) => `${k} ${fmt(v)} ms`)
        .join('; ')}`,
    );
    console.log(`retried job on the same file: ${fmt(opnieuwMs)} ms, ${opnieuw.alAanwezig} already there, 0 added`);
    console.log(
      `ratio import / COPY: ${ratio.toFixed(2)}× (target ≤ 5×); ${ROWS === 100_000 ? `100k rows in ${(importMs / 1000).toFixed(1)} s (target ≤ 60 s)` : 'smoke size'}`,
    );
    console.log(
      JSON.stringify({
        bench: 'csv-import',
        rows: ROWS,
        importMs: Math.round(importMs),
        copyMs: Math.round(copyMs),
        importRowsPerS: Math.round(ROWS / (importMs / 1000)),
        copyRowsPerS: Math.round(ROWS / (copyMs / 1000)),
        ratio: Number(ratio.toFixed(2)),
        fasen,
      }),
    );
  } finally {
    if (importDs.isInitialized) await importDs.destroy();
    await owner.end().catch(() => undefined);
    if (process.env.BENCH_KEEP !== '1')
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`).catch((err) =>
        console.error(`could not drop ${DB}: ${err.message}`),
      );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
