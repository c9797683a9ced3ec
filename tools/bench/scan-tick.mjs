#!/usr/bin/env node
// Reminder + retention tick benchmark (ADR 0011): runs what the worker's scan queue runs — for every
// active region the reminder scan and retention (regioTick), then the platform part (school-side
// retention and, after DIGEST_TIJD, the digest) — against whatever database it is pointed at, and prints
// per region the time and the rows the due queries read, the reminders claimed and the persons/meldingen
// erased, then the totals. It runs BENCH_TICKS ticks in a row (default 2): the first may work off a
// backlog (a freshly loaded data set has every reminder ever due still unclaimed), the later ones show
// the steady state, which is proportional to what became due, not to the size of the history.
//
//   npm run build:server && DATABASE_URL=<owner url> APP_DATABASE_URL=<app url> npm run bench:scan
//
// This is a real tick: it claims due reminders, writes notifications and outbox rows and erases what is
// past its retention term, exactly as a worker would (idempotently). Mails are not enqueued; a worker
// on the same database sends them through its outbox reconciler.
// Environment: APP_DATABASE_URL (required; the app role, RLS applies), DATABASE_URL (optional owner URL:
// pending migrations are run first), BENCH_TICKS (default 2), BENCH_CONCURRENCY (regions at a time,
// default 2 = one worker's scan concurrency), BENCH_DIST (compiled server, default dist/server),
// PUBLIC_URL, PSEUDONYM_KEY, DIGEST_TIJD (defaults for a bench), BENCH_JSON=1 prints JSON lines.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
require('reflect-metadata');
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist/server');
const need = (rel) => {
  const p = join(DIST, rel);
  if (!existsSync(p)) throw new Error(`${p} is missing: run "npm run build:server" first`);
  return require(p);
};
const { migrate } = need('libs/server/migrations/src/index.js');
const { dataSourceOptions } = need('libs/server/database/src/index.js');
const { regioTick, platformTick } = need('libs/server/nazorg/src/index.js');
// Retention's erasure participants, as the context modules register them (the worker injects PersoonWisser).
const { PersoonWisser } = need('libs/server/core/src/index.js');
const WISSER = new PersoonWisser([
  ...['casus', 'meldingen', 'nazorg', 'overleg', 'personen'].flatMap((ctx) =>
    Object.entries(need(`libs/server/${ctx}/src/index.js`))
      .filter(([naam]) => naam.endsWith('_WIS'))
      .map(([, d]) => d),
  ),
]);
// Nazorg's ports (the case and person sides of the scan and retention), as the apps wire them.
const BRONNEN = {
  casus: need('libs/server/casus/src/index.js').casusNazorgBron,
  personen: need('libs/server/personen/src/index.js').persoonNazorgBron,
};
const { DataSource } = require('typeorm');

const APP_URL = process.env.APP_DATABASE_URL;
const OWNER_URL = process.env.DATABASE_URL;
if (!APP_URL) throw new Error('Set APP_DATABASE_URL (and DATABASE_URL to run pending migrations first).');
const TICKS = Math.max(1, Number(process.env.BENCH_TICKS ?? 2));
const CONCURRENCY = Math.max(1, Number(process.env.BENCH_CONCURRENCY ?? 2));
const PUBLIC_URL = process.env.PUBLIC_URL ?? 'http://localhost:4200';
const PSEUDONYM_KEY = process.env.PSEUDONYM_KEY ?? 'bench-pseudonym-key-0123456789abcdefgh';
const DIGEST_TIJD = /^\d{2}:\d{2}$/.test(process.env.DIGEST_TIJD ?? '') ? process.env.DIGEST_TIJD : '07:00';
const JSON_UIT = process.env.BENCH_JSON === '1';

const pad = (s, n) => String(s).padStart(n);

async function main() {
  if (OWNER_URL) {
    const gedaan = await migrate(OWNER_URL, APP_URL);
    if (gedaan.length) console.log(`migrations run: ${gedaan.join(', ')}`);
  }
  const ds = new DataSource(dataSourceOptions(APP_URL, CONCURRENCY + 1));
  await ds.initialize();
  try {
    const regios = await ds.query(`SELECT id, naam FROM regio WHERE actief ORDER BY naam`);
    // History size for the report: counted as the owner when given (the app role sees no rows without a tenant).
    const tel = async (url) => {
      const eigen = new DataSource(dataSourceOptions(url, 1));
      await eigen.initialize();
      try {
        await eigen.query(`SET statement_timeout = 0`); // one pooled connection: exact counts of national tables take a while
        return (
          await eigen.query(
            `SELECT (SELECT count(*) FROM persoon)::int AS personen, (SELECT count(*) FROM melding)::int AS meldingen, (SELECT count(*) FROM casus)::int AS casussen, (SELECT count(*) FROM plan_actie)::int AS acties, (SELECT count(*) FROM contactmoment)::int AS contacten, (SELECT count(*) FROM herinnering)::int AS herinneringen`,
          )
        )[0];
      } finally {
        await eigen.destroy();
      }
    };
    const g = OWNER_URL ? await tel(OWNER_URL) : null;
    console.log(`scan tick bench: ${regios.length} active regions; ${CONCURRENCY} regions at a time`);
    if (g)
      console.log(
        `history: ${g.personen} personen, ${g.meldingen} meldingen, ${g.casussen} casussen, ${g.acties} plan actions, ${g.contacten} contact moments, ${g.herinneringen} reminders already claimed`,
      );
    for (let tick = 1; tick <= TICKS; tick++) {
      const nu = new Date();
      const start = performance.now();
      const uit = [];
      const todo = [...regios];
      const loper = async () => {
        for (let r = todo.shift(); r; r = todo.shift()) {
          const t0 = performance.now();
          const t = await regioTick(ds, r.id, nu, PUBLIC_URL, PSEUDONYM_KEY, WISSER, BRONNEN);
          const rij = {
            regio: r.naam,
            ms: Math.round(performance.now() - t0),
            scanMs: t.scanMs,
            bewaarMs: t.bewaarMs,
            gelezen: t.scan.gelezen,
            geclaimd: t.scan.nieuw,
            taken: t.scan.taken,
            gewist: t.gewist,
            mails: t.scan.mailIds.length,
          };
          uit.push(rij);
          // Progress on stderr while a long (backlog) tick runs.
          if (!JSON_UIT)
            console.error(
              `  tick ${tick}: ${rij.regio} ${rij.ms} ms, ${rij.gelezen} rows read, ${rij.geclaimd} claimed (${uit.length}/${regios.length})`,
            );
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, loper));
      const regioMs = Math.round(performance.now() - start);
      const p0 = performance.now();
      const platform = await platformTick(ds, nu, PUBLIC_URL, PSEUDONYM_KEY, DIGEST_TIJD);
      const platformMs = Math.round(performance.now() - p0);
      const som = (k) => uit.reduce((a, r) => a + r[k], 0);
      if (JSON_UIT) {
        for (const r of uit) console.log(JSON.stringify({ tick, ...r }));
        console.log(
          JSON.stringify({
            tick,
            totaalMs: regioMs + platformMs,
            regioMs,
            platformMs,
            gelezen: som('gelezen'),
            geclaimd: som('geclaimd'),
            gewist: som('gewist'),
            platform: { imports: platform.imports, meldingen: platform.meldingen, digests: platform.mailIds.length },
          }),
        );
        continue;
      }
      console.log(`\ntick ${tick} (${nu.toISOString()})`);
      console.log(
        `${'region'.padEnd(28)} ${pad('total ms', 9)} ${pad('scan ms', 8)} ${pad('ret. ms', 8)} ${pad('rows read', 10)} ${pad('claimed', 8)} ${pad('tasks', 6)} ${pad('erased', 7)}`,
      );
      for (const r of uit.sort((a, b) => b.ms - a.ms))
        console.log(
          `${r.regio.slice(0, 28).padEnd(28)} ${pad(r.ms, 9)} ${pad(r.scanMs, 8)} ${pad(r.bewaarMs, 8)} ${pad(r.gelezen, 10)} ${pad(r.geclaimd, 8)} ${pad(r.taken, 6)} ${pad(r.gewist, 7)}`,
        );
      console.log(
        `platform part (school-side retention, digest): ${platformMs} ms, ${platform.imports} import files blanked, ${platform.meldingen} meldingen erased, ${platform.mailIds.length} digests`,
      );
      console.log(
        `TOTAL tick ${tick}: ${regioMs + platformMs} ms for ${uit.length} regions (regions ${regioMs} ms); rows read ${som('gelezen')}, reminders claimed ${som('geclaimd')}, tasks made ${som('taken')}, erased ${som('gewist')}`,
      );
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
