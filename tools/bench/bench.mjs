// `npm run bench` — the hot endpoints against a generated data set (docs/performance.md).
//
// For every scenario it records the SQL the API really sends for one request (tools/bench/capture.cjs),
// then measures, A/B interleaved in the same run, at concurrency 1 and 10:
//   api  — the full HTTP request through the API (autocannon), identity + RLS + CASL + audit;
//   rls  — the same read statements as the app role in one transaction with the same tenant context;
//   raw  — the same statements as the owner (superuser: RLS bypassed), same transaction shape.
// It prints req/s and p50/p95/p99 per variant, the ratios api/raw and rls/raw, and the API's peak RSS.
// No assertions: figures only. BENCH_SMOKE=1 (CI) runs each measurement for a fraction of a second.
//
// Environment: DATABASE_URL (owner; default the local rmc_national), BENCH_DUUR_MS (per measurement),
// BENCH_RONDES (interleaved rounds), BENCH_ALLEEN (comma-separated scenario names), BENCH_UIT (JSON file),
// BENCH_PLANNEN (markdown file: EXPLAIN (ANALYZE, BUFFERS) of every captured statement as the app role
// with the request's tenant context, i.e. under RLS).
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { appUrl, percentiel, rssMb, vrijePoort } from '../load/stack.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SMOKE = process.env.BENCH_SMOKE === '1' || process.argv.includes('--smoke');
const DUUR_MS = Number(process.env.BENCH_DUUR_MS ?? (SMOKE ? 400 : 5000));
const RONDES = Number(process.env.BENCH_RONDES ?? (SMOKE ? 1 : 2));
const ALLEEN = process.env.BENCH_ALLEEN ? new Set(process.env.BENCH_ALLEEN.split(',')) : null;
const OWNER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rmc_national';
const APP_URL = appUrl(OWNER_URL, 'rmc_app_bench', 'rmc-app-bench-wachtwoord');
const WACHTWOORD = 'Demo-wachtwoord-2026!';
const log = (m) => console.log(`[bench] ${m}`);

function samenvatting(latenties, duurMs, fouten = 0) {
  return {
    n: latenties.length,
    rps: (latenties.length / duurMs) * 1000,
    p50: percentiel(latenties, 50),
    p95: percentiel(latenties, 95),
    p99: percentiel(latenties, 99),
    fouten,
  };
}

// ─── The API under test ──────────────────────────────────────────────────────────────────────────
const api = { proc: null, url: '', captureFile: '', piekRssMb: 0 };

async function startApi() {
  const main = join(ROOT, 'dist/server/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error('dist/ ontbreekt: eerst npm run build:server');
  const env = { ...process.env, DATABASE_URL: OWNER_URL, APP_DATABASE_URL: APP_URL, DEMO_MODE: 'true', NODE_ENV: 'production' };
  const m = spawnSync(process.execPath, [join(ROOT, 'dist/server/apps/api/src/cli/migrate.js')], { env, stdio: 'inherit' });
  if (m.status !== 0) throw new Error('migrate failed');
  const port = await vrijePoort();
  api.captureFile = join(mkdtempSync(join(tmpdir(), 'rmc-bench-')), 'sql.jsonl');
  api.url = `http://127.0.0.1:${port}`;
  api.proc = spawn(process.execPath, ['--require', join(ROOT, 'tools/bench/capture.cjs'), main], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_URL: 'smtp://127.0.0.1:1',
      QUEUE_PREFIX: `rmc-bench-${process.pid}`,
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'error',
      TOTP_REQUIRED_WITHOUT_REGION: 'false',
      BENCH_CAPTURE_FILE: api.captureFile,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${api.url}/api/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const timer = setInterval(() => {
    api.piekRssMb = Math.max(api.piekRssMb, rssMb(api.proc.pid));
  }, 250);
  timer.unref();
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

/** One request with capture on: the statements the API sent for it. */
async function vangSql(s) {
  // Requests of the previous measurement may still be in flight in the API: let them finish first.
  await new Promise((r) => setTimeout(r, 1500));
  writeFileSync(api.captureFile, '');
  api.proc.kill('SIGWINCH');
  await new Promise((r) => setTimeout(r, 30));
  const res = await fetch(`${api.url}${s.pad}`, {
    method: s.methode ?? 'GET',
    headers: koppen(s),
    body: s.body ? JSON.stringify(s.body()) : undefined,
  });
  await res.arrayBuffer();
  api.proc.kill('SIGWINCH');
  await new Promise((r) => setTimeout(r, 30));
  const regels = readFileSync(api.captureFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const context = regels.find((r) => r.text.includes("set_config('app.regio_id'"));
  const lezen = regels.filter(
    (r) => /^\s*(SELECT|WITH)\b/i.test(r.text) && !r.text.includes('set_config(') && !r.text.includes('sessie_actor('),
  );
  return { status: res.status, context, lezen, totaal: regels.length };
}

const koppen = (s) => ({ authorization: `Bearer ${s.token}`, ...(s.body ? { 'content-type': 'application/json' } : {}) });

async function meetApi(s, verbindingen) {
  const latenties = [];
  let fouten = 0;
  const inst = autocannon({
    url: `${api.url}${s.pad}`,
    method: s.methode ?? 'GET',
    headers: koppen(s),
    connections: verbindingen,
    duration: DUUR_MS / 1000,
    ...(s.body ? { requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(s.body()) }) }] } : {}),
  });
  inst.on('response', (_client, status, _bytes, ms) => {
    if (status >= 400) fouten++;
    latenties.push(ms);
  });
  await inst;
  return samenvatting(latenties, DUUR_MS, fouten);
}

async function meetSql(pool, vangst, verbindingen) {
  const latenties = [];
  const tot = Date.now() + DUUR_MS;
  const werker = async () => {
    while (Date.now() < tot) {
      const t0 = performance.now();
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        if (vangst.context) await c.query(vangst.context.text, vangst.context.params);
        for (const q of vangst.lezen) await c.query(q.text, q.params);
        await c.query('COMMIT');
      } finally {
        c.release();
      }
      latenties.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: verbindingen }, werker));
  return samenvatting(latenties, DUUR_MS);
}

// ─── Scenarios ───────────────────────────────────────────────────────────────────────────────────
async function scenarios(owner) {
  const een = async (sql, params = []) => (await owner.query(sql, params)).rows[0] ?? null;
  const regio = await een(`SELECT id FROM regio WHERE naam = 'IJssel-Vecht'`);
  const casus = await een(
    `SELECT c.id FROM casus c WHERE c.regio_id = $1 AND c.fase NOT IN ('afgesloten', 'beeindigd') ORDER BY c.aangemaakt_op DESC LIMIT 1`,
    [regio.id],
  );
  const wiCasus = await een(
    `SELECT d.casus_id AS id FROM casus_deling d JOIN organisatie o ON o.id = d.organisatie_id
      WHERE o.regio_id = $1 AND o.soort = 'werk-en-inkomen' AND d.ingetrokken_op IS NULL AND d.eind_datum >= current_date
        AND o.id = (SELECT l.organisatie_id FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id WHERE g.email = 'wi@ijssel-vecht.demo' LIMIT 1)
      ORDER BY d.aangemaakt_op DESC LIMIT 1`,
    [regio.id],
  );
  const vestiging = await een(
    `SELECT l.vestiging_id AS id FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id WHERE g.email = 'verzuim@ijssel-vecht.demo'`,
  );
  const postcode = await een(
    `SELECT p.pc4 FROM pc4_gemeente p JOIN gemeente g ON g.code = p.gemeente_code WHERE g.regio_id = $1 ORDER BY p.pc4 LIMIT 1`,
    [regio.id],
  );
  const t = {};
  for (const rol of ['consulent', 'coordinator', 'wi', 'verzuim', 'beleid']) t[rol] = await login(`${rol}@ijssel-vecht.demo`);
  let teller = Math.floor(Math.random() * 900_000);
  const bsn = () => {
    for (;;) {
      teller = (teller + 7919) % 1_000_000;
      const basis = `98${String(teller).padStart(6, '0')}`;
      const som = basis.split('').reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
      if (som % 11 <= 9) return `${basis}${som % 11}`;
    }
  };
  const lijst = [
    { naam: 'caseload consulent', token: t.consulent, pad: '/api/v1/casussen' },
    { naam: 'caseload consulent, te laat', token: t.consulent, pad: '/api/v1/casussen?teLaat=true' },
    { naam: 'caseload coördinator', token: t.coordinator, pad: '/api/v1/casussen' },
    { naam: 'caseload coördinator, fase plannen', token: t.coordinator, pad: '/api/v1/casussen?fase=plannen' },
    { naam: 'caseload coördinator, geen contact 30 d', token: t.coordinator, pad: '/api/v1/casussen?geenContactDagen=30' },
    casus && { naam: 'casus detail coördinator', token: t.coordinator, pad: `/api/v1/casussen/${casus.id}` },
    wiCasus && { naam: 'casus detail W&I (gedeeld)', token: t.wi, pad: `/api/v1/casussen/${wiCasus.id}` },
    { naam: 'triage (ontvangen)', token: t.coordinator, pad: '/api/v1/meldingen?status=ontvangen' },
    { naam: 'meldingen school', token: t.verzuim, pad: '/api/v1/meldingen' },
    { naam: 'personen', token: t.consulent, pad: '/api/v1/personen' },
    { naam: 'naleving regio', token: t.beleid, pad: '/api/v1/compliance' },
    { naam: 'notificaties', token: t.consulent, pad: '/api/v1/notificaties' },
    { naam: 'overleggen (MDO)', token: t.coordinator, pad: '/api/v1/overleggen' },
    vestiging && {
      naam: 'melding POST',
      token: t.verzuim,
      methode: 'POST',
      pad: '/api/v1/meldingen',
      schrijft: true,
      body: () => ({
        soort: 'aaneengesloten-4-weken',
        leslocatieVestigingId: vestiging.id,
        bsn: bsn(),
        voornaam: 'Bench',
        achternaam: 'Meting',
        geboortedatum: '2007-03-14',
        postcode: `${postcode?.pc4 ?? 8011} AB`,
        begindatum: '2026-10-12',
        vermoedelijkeSoort: '1-maand-of-langer',
        allesGemist: true,
        verzuimDagen: 24,
        melderNaam: 'Bench',
        melderFunctie: 'Verzuimcoördinator',
        zorgen: ['startkwalificatie-in-gevaar'],
      }),
    },
  ].filter(Boolean);
  return lijst.filter((s) => !ALLEEN || ALLEEN.has(s.naam));
}

/** The plans of a scenario's statements under RLS, as the app role with the captured tenant context. */
async function plannen(app, s, vangst) {
  const c = await app.connect();
  const uit = [];
  try {
    await c.query('BEGIN');
    if (vangst.context) await c.query(vangst.context.text, vangst.context.params);
    for (const q of vangst.lezen) {
      const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${q.text}`, q.params);
      uit.push(
        `#### ${s.naam}\n\n\`\`\`sql\n${q.text.replace(/\s+/g, ' ').trim()}\n\`\`\`\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`,
      );
    }
    await c.query('ROLLBACK');
  } finally {
    c.release();
  }
  return uit;
}

// ─── Run ─────────────────────────────────────────────────────────────────────────────────────────
const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const verhouding = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

async function main() {
  const owner = new pg.Pool({ connectionString: OWNER_URL, max: 10 });
  const app = new pg.Pool({ connectionString: APP_URL, max: 10 });
  await startApi();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const telling =
    await owner.query(`SELECT (SELECT count(*) FROM regio) AS regios, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'persoon') AS personen,
                                            (SELECT reltuples::bigint FROM pg_class WHERE relname = 'melding') AS meldingen, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'casus') AS casussen`);
  log(
    `commit ${commit}, database ${new URL(OWNER_URL).pathname.slice(1)}: ${JSON.stringify(telling.rows[0])}; ${DUUR_MS} ms per meting, ${RONDES} ronde(s)${SMOKE ? ' (smoke)' : ''}`,
  );
  const uit = [];
  const planTeksten = [];
  for (const s of await scenarios(owner)) {
    const vangst = await vangSql(s);
    if (process.env.BENCH_PLANNEN && !s.schrijft && vangst.status < 400) planTeksten.push(...(await plannen(app, s, vangst)));
    if (vangst.status >= 400) {
      log(`${s.naam}: HTTP ${vangst.status} bij het vastleggen; overgeslagen`);
      uit.push({ naam: s.naam, status: vangst.status });
      continue;
    }
    for (const c of [1, 10]) {
      const r = { api: [], rls: [], raw: [] };
      for (let ronde = 0; ronde < RONDES; ronde++) {
        const volgorde = ronde % 2 === 0 ? ['api', 'rls', 'raw'] : ['raw', 'rls', 'api'];
        for (const v of volgorde) {
          if (v !== 'api' && (s.schrijft || !vangst.lezen.length)) continue;
          r[v].push(v === 'api' ? await meetApi(s, c) : await meetSql(v === 'rls' ? app : owner, vangst, c));
        }
      }
      const samen = (lijst) =>
        lijst.length
          ? {
              n: lijst.reduce((a, x) => a + x.n, 0),
              rps: lijst.reduce((a, x) => a + x.rps, 0) / lijst.length,
              p50: Math.max(...lijst.map((x) => x.p50)),
              p95: Math.max(...lijst.map((x) => x.p95)),
              p99: Math.max(...lijst.map((x) => x.p99)),
              fouten: lijst.reduce((a, x) => a + (x.fouten ?? 0), 0),
            }
          : null;
      const rij = { naam: s.naam, c, statements: vangst.lezen.length, api: samen(r.api), rls: samen(r.rls), raw: samen(r.raw) };
      uit.push(rij);
      log(
        `${s.naam.padEnd(40)} c=${String(c).padStart(2)}  api ${ms(rij.api.rps).padStart(7)} req/s p50 ${ms(rij.api.p50)} p95 ${ms(rij.api.p95)} p99 ${ms(rij.api.p99)} ms (4xx/5xx ${rij.api.fouten})` +
          (rij.raw
            ? ` | rls p50 ${ms(rij.rls.p50)} p95 ${ms(rij.rls.p95)} | raw p50 ${ms(rij.raw.p50)} p95 ${ms(rij.raw.p95)} | api/raw ${verhouding(rij.api.p50, rij.raw.p50)} rls/raw ${verhouding(rij.rls.p50, rij.raw.p50)}`
            : ''),
      );
    }
  }
  log(`API peak RSS: ${api.piekRssMb} MB`);
  console.log(
    '\n| Scenario | c | API req/s | API p50 / p95 / p99 (ms) | SQL+RLS p50 / p95 (ms) | raw SQL p50 / p95 (ms) | API/raw | RLS/raw |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of uit.filter((x) => x.api)) {
    console.log(
      `| ${r.naam} | ${r.c} | ${ms(r.api.rps)} | ${ms(r.api.p50)} / ${ms(r.api.p95)} / ${ms(r.api.p99)} | ${r.rls ? `${ms(r.rls.p50)} / ${ms(r.rls.p95)}` : '–'} | ${r.raw ? `${ms(r.raw.p50)} / ${ms(r.raw.p95)}` : '–'} | ${r.raw ? verhouding(r.api.p50, r.raw.p50) : '–'} | ${r.raw ? verhouding(r.rls.p50, r.raw.p50) : '–'} |`,
    );
  }
  if (process.env.BENCH_PLANNEN)
    writeFileSync(process.env.BENCH_PLANNEN, `# Plans under RLS (commit ${commit})\n\n${planTeksten.join('\n')}`);
  if (process.env.BENCH_UIT)
    writeFileSync(
      process.env.BENCH_UIT,
      JSON.stringify(
        { commit, smoke: SMOKE, duurMs: DUUR_MS, rondes: RONDES, piekRssMb: api.piekRssMb, resultaten: uit },
        null,
        2,
      ),
    );
  api.proc.kill('SIGTERM');
  await owner.end();
  await app.end();
  const fout = uit.filter((x) => x.status >= 500 || (x.api && x.api.fouten > 0 && !SMOKE));
  if (uit.some((x) => x.status >= 500)) {
    log(`server errors while recording: ${fout.map((x) => x.naam).join(', ')}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  api.proc?.kill('SIGKILL');
  process.exit(1);
});
