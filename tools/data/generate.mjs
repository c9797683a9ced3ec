// npm run data:generate -- --size demo|region|national [--seed N] [--today YYYY-MM-DD] [--fresh] [--if-empty]
//
// Migrates the database of DATABASE_URL (owner role; default postgres://postgres@127.0.0.1:5432/rmc_<size>,
// created when missing) with the demo seed, then fills it with a deterministic, realistic data set through
// COPY. Idempotent: a database that already holds a generated set is left alone; --fresh drops and
// re-creates the database first; --if-empty leaves a database with cases of its own alone instead of
// failing (npm start). See docs/operations.md ("Data sets").
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '../..');
const t0 = Date.now();
const log = (msg) => console.log(`[data] ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${msg}`);

function args() {
  const a = process.argv.slice(2);
  const get = (name) => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const size = get('size') ?? 'demo';
  if (!['demo', 'region', 'national'].includes(size)) throw new Error(`--size must be demo, region or national (got ${size})`);
  const seed = Number(get('seed') ?? 20261207);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const today = get('today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('--today must be YYYY-MM-DD');
  return { size, seed, today, fresh: a.includes('--fresh'), ifEmpty: a.includes('--if-empty') };
}

/** Creates (or with --fresh re-creates) the database of the owner URL. */
async function ensureDatabase(ownerUrl, fresh) {
  const u = new URL(ownerUrl);
  const naam = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    if (fresh) {
      log(`dropping database ${naam} (--fresh)`);
      await admin.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`);
    }
    const { rows } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [naam]);
    if (!rows.length) {
      await admin.query(`CREATE DATABASE "${naam}"`);
      log(`created database ${naam}`);
    }
  } finally {
    await admin.end();
  }
}

function migrate(ownerUrl, appUrl) {
  const migrateJs = join(ROOT, 'dist/server/apps/api/src/cli/migrate.js');
  if (!existsSync(migrateJs) || !existsSync(join(ROOT, 'dist/server/libs/shared/domain/src/index.js'))) {
    log('dist is missing: npm run build:server');
    execFileSync('npm', ['run', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  }
  log('migrating (migrate --demo)');
  const r = spawnSync(process.execPath, [migrateJs, '--demo'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: ownerUrl, APP_DATABASE_URL: appUrl, DEMO_MODE: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`migrate failed (exit ${r.status}): ${r.stdout}`);
}

const MARKER = /^rmc data:generate size=(\w+) seed=(\d+)/;

async function main() {
  const { size, seed, today: todayArg, fresh, ifEmpty } = args();
  const ownerUrl = process.env.DATABASE_URL || `postgres://postgres@127.0.0.1:5432/rmc_${size}`;
  let appUrl = process.env.APP_DATABASE_URL;
  if (!appUrl) {
    const u = new URL(ownerUrl);
    u.username = 'rmc_app_demo';
    u.password = 'rmc-app-demo-wachtwoord';
    appUrl = u.toString();
  }
  log(`size ${size}, seed ${seed}, database ${new URL(ownerUrl).pathname.slice(1)} on ${new URL(ownerUrl).host}`);
  await ensureDatabase(ownerUrl, fresh);
  migrate(ownerUrl, appUrl);

  const { domain } = await import('./domain.mjs');
  const { SIZES } = await import('./sizes.mjs');
  const { setup } = await import('./setup.mjs');
  const { SUMMARY, COLS } = await import('./tables.mjs');
  const { plusDagen } = domain;
  const S = { ...SIZES[size], seed };
  const todayIso = todayArg ?? domain.amsterdamDatum(new Date());

  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'rmc-data-generate' });
  await client.connect();
  try {
    const marker = (
      await client.query(`SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = current_database()`)
    ).rows[0].c;
    if (marker && MARKER.test(marker)) {
      log(`already generated (${marker}); nothing to do`);
      await summary(client, SUMMARY, null);
      return;
    }
    // The demo seed's own young person (apps/api/src/demo/seed-demo.ts, issue 15) has a case: generated
    // data never has a jongere_account, so that case does not count as someone else's data.
    const [{ n }] = (
      await client.query(
        `SELECT count(*)::int AS n FROM casus c WHERE NOT EXISTS (SELECT 1 FROM jongere_account j WHERE j.persoon_id = c.persoon_id)`,
      )
    ).rows;
    if (n > 0 && ifEmpty) {
      log(`the database already holds ${n} casussen of its own; leaving it as it is (--if-empty)`);
      return;
    }
    if (n > 0)
      throw new Error(
        `the database already holds ${n} casussen that this generator did not finish; use --fresh (drops the database) or another DATABASE_URL`,
      );

    await client.query('BEGIN');
    const regios = await setup(client, S, log);
    await client.query('COMMIT');

    // The phase-history trigger would write one "new case" row per COPYed case; the generator writes
    // the real history itself. Disabled for the load only (re-enabled in finally).
    await client.query(`ALTER TABLE casus DISABLE TRIGGER casus_fase_historie`);
    const totals = {};
    // Bulk mode: secondary (non-unique, non-constraint) indexes of the loaded tables are dropped for the
    // load and built again afterwards, which is faster than maintaining them row by row. Their
    // definitions are read from the catalog (so indexes of newer migrations come along) and kept in a
    // file until they are back.
    const indexen = S.replica ? await dropIndexes(client, Object.keys(COLS)) : [];
    try {
      const maxHistorie = Math.max(...regios.map((r) => r.historieDagen));
      const calVan = plusDagen(todayIso, -(maxHistorie + 900));
      const calTot = plusDagen(todayIso, 800);
      const pseudonymKey = process.env.PSEUDONYM_KEY || 'demo-only-pseudonym-key-not-for-production-use';
      const queue = [...regios].sort((a, b) => b.personen - a.personen);
      let klaar = 0;
      const nWorkers = Math.min(S.workers, queue.length);
      log(
        `loading ${regios.length} region(s) with ${nWorkers} worker(s)${S.replica ? ' (bulk mode: session_replication_role = replica)' : ''}`,
      );
      await Promise.all(
        Array.from(
          { length: nWorkers },
          () =>
            new Promise((resolve, reject) => {
              const w = new Worker(join(import.meta.dirname, 'worker.mjs'), {
                workerData: { size, seed, ownerUrl, todayIso, calVan, calTot, pseudonymKey },
                // A larger young generation: the generator makes many short-lived strings.
                resourceLimits: { maxOldGenerationSizeMb: 4096, maxYoungGenerationSizeMb: 192 },
              });
              const volgende = () => {
                const ctx = queue.shift();
                if (ctx) w.postMessage(ctx);
                else w.postMessage('stop');
              };
              w.on('message', (m) => {
                if (m.ready) return volgende();
                if (!m.ok) {
                  reject(new Error(`region ${m.regio}: ${m.error}`));
                  w.postMessage('stop');
                  return;
                }
                klaar++;
                let rows = 0;
                for (const [t, c] of Object.entries(m.counts)) {
                  totals[t] = (totals[t] ?? 0) + c;
                  rows += c;
                }
                log(
                  `[${klaar}/${regios.length}] ${m.regio}: ${rows.toLocaleString('en')} rows (generate ${(m.genMs / 1000).toFixed(1)} s, copy ${(m.copyMs / 1000).toFixed(1)} s)`,
                );
                volgende();
              });
              w.on('error', reject);
              w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
            }),
        ),
      );
    } finally {
      await client.query(`ALTER TABLE casus ENABLE TRIGGER casus_fase_historie`);
      if (indexen.length) await createIndexes(ownerUrl, indexen);
    }
    log('ANALYZE');
    await client.query('ANALYZE');
    const dbNaam = (await client.query('SELECT current_database() AS d')).rows[0].d;
    await client.query(
      `COMMENT ON DATABASE "${dbNaam}" IS 'rmc data:generate size=${size} seed=${seed} today=${todayIso} ${new Date().toISOString()}'`,
    );
    await summary(client, SUMMARY, totals);
  } finally {
    await client.end();
  }
}

async function dropIndexes(client, tabellen) {
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS naam, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tabellen],
  );
  const bestand = join(tmpdir(), `rmc-data-indexes-${process.pid}.sql`);
  writeFileSync(bestand, rows.map((r) => `${r.def};`).join('\n') + '\n');
  for (const r of rows) await client.query(`DROP INDEX ${r.naam}`);
  log(`dropped ${rows.length} secondary indexes for the load (definitions in ${bestand})`);
  return rows;
}

/** Builds the dropped indexes again, two at a time (this machine has two cores). */
async function createIndexes(ownerUrl, indexen) {
  const t = Date.now();
  const queue = [...indexen];
  await Promise.all(
    [0, 1].map(async () => {
      const c = new pg.Client({ connectionString: ownerUrl, application_name: 'rmc-data-generate' });
      await c.connect();
      await c.query(`SET maintenance_work_mem = '512MB'; SET max_parallel_maintenance_workers = 0`);
      try {
        for (let r = queue.shift(); r; r = queue.shift()) await c.query(r.def);
      } finally {
        await c.end();
      }
    }),
  );
  log(`rebuilt ${indexen.length} secondary indexes in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

async function summary(client, tables, totals) {
  const rows = [];
  for (const t of tables) {
    const [{ n }] = (await client.query(`SELECT count(*)::bigint AS n FROM ${t}`)).rows;
    rows.push([t, Number(n)]);
  }
  const [{ size }] = (await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)).rows;
  console.log('\n  table                    rows' + (totals ? '   (generated)' : ''));
  for (const [t, n] of rows)
    console.log(
      `  ${t.padEnd(22)} ${n.toLocaleString('en').padStart(10)}${totals?.[t] != null ? `   (${totals[t].toLocaleString('en')})` : ''}`,
    );
  console.log(`\n  database size ${size}; total time ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main().catch((err) => {
  console.error(`[data] failed: ${err.message}`);
  process.exit(1);
});
