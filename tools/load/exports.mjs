// `npm run load:exports` — one user tries to take the service down with exports (issue 12, part 2).
//
// Starts the built API (dist/server/apps/api/src/main.js, run `npm run build:server` first) against a
// database, logs in as the IJssel-Vecht coördinator and fires LOAD_N (200) concurrent
// GET /personen/{id}/inzage/pdf for the region's person with the largest file, while polling
// /api/health and /api/health/ready every 50 ms. Then a few ordinary requests. It prints the count per
// status, p50/p95/p99 of the exports, the health latencies, the API's peak RSS, whether every delivered
// PDF was audited exactly once, whether the later requests were fine, and the machine's load average
// (on a shared machine the latencies mean little when it is far above the number of cores).
// Exit 1 on any 5xx other than 503 (or a 503 without Retry-After), on a health probe that failed, or on
// a later request that failed. The timing target (health p99 < 200 ms) is printed, not enforced.
//
// Environment: DATABASE_URL (owner; default: a fresh demo-size data set in database rmc_load_exports,
// generated with tools/data/generate.mjs --size demo --fresh), APP_DATABASE_URL (derived: rmc_app_demo),
// LOAD_N (default 200), LOAD_API_ENV (extra API environment, e.g. "PDF_THREADS=2 EXPORT_PER_USER=4").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { API_NODE_ARGS, appUrl, percentiel, rssMb, vrijePoort } from './stack.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const N = Number(process.env.LOAD_N ?? 200);
const POLL_MS = 50;
const WACHTWOORD = 'Demo-wachtwoord-2026!';
const t0 = Date.now();
const log = (m) => console.log(`[load] ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${m}`);

const EIGEN_DB = !process.env.DATABASE_URL;
const OWNER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rmc_load_exports';
const APP_URL = appUrl(OWNER_URL, 'rmc_app_demo', 'rmc-app-demo-wachtwoord');
const ms = (v) => (Number.isNaN(v) ? '–' : `${Math.round(v)} ms`);

// ─── Database and API ────────────────────────────────────────────────────────────────────────────
function maakDatabase() {
  const main = join(ROOT, 'dist/server/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error('dist/ is missing: run npm run build:server first');
  if (EIGEN_DB) {
    log('fresh demo-size data set in rmc_load_exports (tools/data/generate.mjs --size demo --fresh)');
    const r = spawnSync(process.execPath, [join(ROOT, 'tools/data/generate.mjs'), '--size', 'demo', '--fresh'], {
      env: { ...process.env, DATABASE_URL: OWNER_URL, APP_DATABASE_URL: APP_URL },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error('data:generate failed');
  } else {
    const m = spawnSync(process.execPath, [join(ROOT, 'dist/server/apps/api/src/cli/migrate.js')], {
      env: { ...process.env, DATABASE_URL: OWNER_URL, APP_DATABASE_URL: APP_URL, DEMO_MODE: 'true' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (m.status !== 0) throw new Error('migrate failed');
  }
}

const api = { proc: null, url: '', piekRssMb: 0 };

async function startApi() {
  const port = await vrijePoort();
  api.url = `http://127.0.0.1:${port}`;
  const extra = Object.fromEntries(
    (process.env.LOAD_API_ENV ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((kv) => kv.split('=')),
  );
  api.proc = spawn(process.execPath, [...API_NODE_ARGS, join(ROOT, 'dist/server/apps/api/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: OWNER_URL,
      APP_DATABASE_URL: APP_URL,
      DEMO_MODE: 'true',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_URL: 'smtp://127.0.0.1:1',
      QUEUE_PREFIX: `rmc-load-${process.pid}`,
      LOG_LEVEL: 'error',
      TOTP_REQUIRED_WITHOUT_REGION: 'false',
      ...extra,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${api.url}/api/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (api.proc.exitCode !== null) throw new Error('the API stopped during start');
    await new Promise((r) => setTimeout(r, 250));
  }
  setInterval(() => {
    api.piekRssMb = Math.max(api.piekRssMb, rssMb(api.proc.pid));
  }, 250).unref();
}

async function login(email) {
  const res = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord: WACHTWOORD }),
  });
  const body = await res.json();
  if (!res.ok || !body.accessToken) throw new Error(`login ${email}: ${res.status}`);
  return body.accessToken;
}

/** One request: status, latency, size and the Retry-After of a 503. */
async function verzoek(pad, token) {
  const start = performance.now();
  try {
    const res = await fetch(`${api.url}${pad}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bytes = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      ms: performance.now() - start,
      bytes,
      retryAfter: res.headers.get('retry-after'),
      type: res.headers.get('content-type'),
    };
  } catch (err) {
    return { status: 0, ms: performance.now() - start, bytes: Buffer.alloc(0), fout: String(err?.cause?.code ?? err) };
  }
}

// ─── The run ─────────────────────────────────────────────────────────────────────────────────────
/** The health prober (its own process): polls both endpoints every POLL_MS until stdin closes, prints JSON. */
const PEILER = `
const [url, poll] = process.argv.slice(1);
const health = { live: [], ready: [], fout: 0 };
let door = true;
process.stdin.on('end', () => (door = false)).resume();
const meet = async (pad) => {
  const t = performance.now();
  try {
    const r = await fetch(url + pad);
    await r.arrayBuffer();
    return { ok: r.status === 200, ms: performance.now() - t };
  } catch {
    return { ok: false, ms: performance.now() - t };
  }
};
while (door) {
  const volgende = new Promise((r) => setTimeout(r, Number(poll)));
  const [l, r] = await Promise.all([meet('/api/health'), meet('/api/health/ready')]);
  health.live.push(l.ms);
  health.ready.push(r.ms);
  if (!l.ok || !r.ok) health.fout++;
  await volgende;
}
process.stdout.write(JSON.stringify(health));
`;

let laadVoor = 0;

async function main() {
  maakDatabase();
  await startApi();
  log(`API at ${api.url}`);
  const owner = new pg.Client({ connectionString: OWNER_URL });
  await owner.connect();
  try {
    // The region's person with the largest file (most rows in the inzage bundle).
    const { rows } = await owner.query(`
      SELECT p.id,
             (SELECT count(*) FROM casus c WHERE c.persoon_id = p.id)
           + (SELECT count(*) FROM contactmoment m JOIN casus c ON c.id = m.casus_id WHERE c.persoon_id = p.id)
           + (SELECT count(*) FROM plan_actie a JOIN casus c ON c.id = a.casus_id WHERE c.persoon_id = p.id) AS rijen
        FROM persoon p JOIN regio r ON r.id = p.regio_id
       WHERE r.naam = 'IJssel-Vecht'
       ORDER BY rijen DESC, p.id LIMIT 1`);
    if (!rows.length) throw new Error('no person in IJssel-Vecht');
    const persoonId = rows[0].id;
    const pad = `/api/v1/personen/${persoonId}/inzage/pdf`;
    const geaudit = async () =>
      (await owner.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND actie = 'export'`, [persoonId]))
        .rows[0].n;

    const token = await login('coordinator@ijssel-vecht.demo');
    const koud = await verzoek(pad, token);
    const warm = await verzoek(pad, token);
    if (koud.status !== 200 || warm.status !== 200) throw new Error(`warm-up export: ${koud.status}/${warm.status}`);
    log(
      `person with ${rows[0].rijen} case rows; one export alone: ${ms(koud.ms)} cold (thread start), ${ms(warm.ms)} warm, ${(warm.bytes.length / 1024).toFixed(0)} KB`,
    );

    // Health probes every 50 ms during the burst, from a process of their own (the burst's client work
    // in this process must not delay them).
    const peiler = spawn(process.execPath, ['--input-type=module', '-e', PEILER, api.url, String(POLL_MS)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let peilUit = '';
    peiler.stdout.on('data', (d) => (peilUit += d));
    await new Promise((r) => setTimeout(r, 300));

    const voorAudit = await geaudit();
    laadVoor = os.loadavg()[0];
    log(`${N} concurrent inzage-PDF exports by one coördinator`);
    const burstStart = performance.now();
    const uitslagen = await Promise.all(Array.from({ length: N }, () => verzoek(pad, token)));
    const burstMs = performance.now() - burstStart;
    // Keep probing a moment after the burst (the tail of the renders).
    await new Promise((r) => setTimeout(r, 500));
    peiler.stdin.end();
    await new Promise((r) => peiler.once('exit', r));
    const health = JSON.parse(peilUit);

    const perStatus = {};
    for (const u of uitslagen) perStatus[u.status] = (perStatus[u.status] ?? 0) + 1;
    const ok = uitslagen.filter((u) => u.status === 200);
    const geldig = ok.filter((u) => u.bytes.subarray(0, 5).toString('latin1') === '%PDF-').length;
    const weigeringen = uitslagen.filter((u) => u.status === 503);
    const zonderRetryAfter = weigeringen.filter((u) => !u.retryAfter || !/problem\+json/.test(u.type ?? '')).length;
    const fout5xx = uitslagen.filter((u) => (u.status >= 500 && u.status !== 503) || u.status === 0).length;
    const nieuwGeaudit = (await geaudit()) - voorAudit;

    // Later: ordinary requests of the same user, and another export.
    const later = [];
    for (const p of [
      '/api/v1/auth/me',
      '/api/v1/personen?limit=20',
      '/api/v1/casussen?limit=20',
      '/api/v1/meldingen?limit=20',
      `/api/v1/personen/${persoonId}`,
      pad,
    ]) {
      const r = await verzoek(p, token);
      later.push({ pad: p.replace(persoonId, '{id}'), status: r.status, ms: r.ms });
    }
    const laterOk = later.every((r) => r.status === 200);

    const alle = uitslagen.map((u) => u.ms);
    const healthAlle = [...health.live, ...health.ready];
    console.log('');
    console.log(`Exports: ${N} concurrent in ${ms(burstMs)}; per status ${JSON.stringify(perStatus)}`);
    console.log(
      `  200: ${ok.length} (valid %PDF: ${geldig}); 503: ${weigeringen.length} (all with Retry-After and problem+json: ${zonderRetryAfter === 0 ? 'yes' : `no, ${zonderRetryAfter} without`}); other 5xx or no answer: ${fout5xx}`,
    );
    console.log(
      `  latency all     p50 ${ms(percentiel(alle, 50))}  p95 ${ms(percentiel(alle, 95))}  p99 ${ms(percentiel(alle, 99))}  max ${ms(Math.max(...alle))}`,
    );
    console.log(
      `  latency 200     p50 ${ms(
        percentiel(
          ok.map((u) => u.ms),
          50,
        ),
      )}  p95 ${ms(
        percentiel(
          ok.map((u) => u.ms),
          95,
        ),
      )}  p99 ${ms(
        percentiel(
          ok.map((u) => u.ms),
          99,
        ),
      )}`,
    );
    console.log(
      `  latency 503     p50 ${ms(
        percentiel(
          weigeringen.map((u) => u.ms),
          50,
        ),
      )}  p95 ${ms(
        percentiel(
          weigeringen.map((u) => u.ms),
          95,
        ),
      )}  p99 ${ms(
        percentiel(
          weigeringen.map((u) => u.ms),
          99,
        ),
      )}`,
    );
    console.log(`  audited exports: ${nieuwGeaudit} (delivered: ${ok.length})`);
    console.log(
      `Health during the burst (every ${POLL_MS} ms, ${health.live.length} rounds): failed ${health.fout}; /api/health p50 ${ms(percentiel(health.live, 50))} p99 ${ms(percentiel(health.live, 99))} max ${ms(Math.max(...health.live))}; ` +
        `/api/health/ready p50 ${ms(percentiel(health.ready, 50))} p99 ${ms(percentiel(health.ready, 99))} max ${ms(Math.max(...health.ready))}`,
    );
    const healthP99 = percentiel(healthAlle, 99);
    console.log(`  health p99 (both) ${ms(healthP99)}: ${healthP99 < 200 ? 'within' : 'ABOVE'} the 200 ms target`);
    console.log(
      `Later requests: ${later.map((r) => `${r.pad} ${r.status} (${ms(r.ms)})`).join(', ')}: ${laterOk ? 'all fine' : 'NOT all fine'}`,
    );
    console.log(
      `API peak RSS: ${api.piekRssMb} MB; machine load average (1 min) before/after: ${laadVoor.toFixed(1)} / ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
    );

    const geslaagd =
      fout5xx === 0 &&
      zonderRetryAfter === 0 &&
      health.fout === 0 &&
      laterOk &&
      nieuwGeaudit === ok.length &&
      geldig === ok.length;
    console.log(
      geslaagd ? '\nOK: no 5xx other than 503, health answered throughout, later requests fine.' : '\nFAILED: see above.',
    );
    process.exitCode = geslaagd ? 0 : 1;
  } finally {
    await owner.end();
    api.proc?.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(`[load] ${err instanceof Error ? err.message : String(err)}`);
  api.proc?.kill('SIGTERM');
  process.exit(1);
});
