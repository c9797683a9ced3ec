// `npm run test:scale-out` — two instances of everything on one machine (issue 12, part 5).
//
// Starts, on a fresh database with the demo seed (SCALE_DB, default rmc_scale_out; PostgreSQL of
// TEST_PG_URL, Redis of REDIS_URL), the SMTP sink, 2 API processes and 2 workers of the built tree
// (dist/server: run `npm run build:server` first), and nginx from Debian (installed with apt-get when it
// is missing) as a reverse proxy in front of both APIs, with its own configuration, pid and log files in
// a temporary directory (never the system service). Then it shows, with figures:
//
//   1. sessions work on either API: log in through API 1, use the cookie on API 2 directly and through
//      nginx (both upstreams), write with it on API 2, log out on API 2 → API 1 refuses it;
//   2. live meeting updates (SSE) reach clients on the other API and behind nginx;
//   3. the rate limiter is shared (Redis, ADR 0016): the login limit holds over both APIs together;
//   4. under load (half the clients through nginx, half failing over between the APIs themselves), one
//      API and one worker are SIGKILLed (and restarted later); the clients retry 502/503/504 and network
//      errors. Meanwhile reminders fall due, CSV imports and
//      invitation mails are made. It prints requests, retries, errors and p95, and counts that every
//      reminder, import row and mail happened exactly once (rows in PostgreSQL, mails in the sink).
//
// Exit 1 when any check fails. Environment: SCALE_LOAD_S (load phase, default 60), SCALE_CONNECTIONS
// (client loops, default 8), SCALE_REMINDERS (default 200), SCALE_IMPORTS (default 4) × SCALE_IMPORT_ROWS
// (default 2000), SCALE_LOGIN_LIMIT (LOGIN_RATE_LIMIT_PER_MINUTE of the APIs, default 10), SCALE_KEEP=1
// keeps the database and the temporary directory. Needs root (apt-get, nginx); takes 3–4 minutes, so it
// is not part of `npm test`. Figures: docs/operations.md, "Scale-out".
import { execSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import IORedis from 'ioredis';
import pg from 'pg';
import { API_NODE_ARGS, percentiel, vrijePoort } from './stack.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const LOAD_S = Number(process.env.SCALE_LOAD_S ?? 60);
const VERBINDINGEN = Number(process.env.SCALE_CONNECTIONS ?? 8);
const N_HERINNERINGEN = Number(process.env.SCALE_REMINDERS ?? 200);
const N_IMPORTS = Number(process.env.SCALE_IMPORTS ?? 4);
const IMPORT_RIJEN = Number(process.env.SCALE_IMPORT_ROWS ?? 2000);
const LOGIN_LIMIET = Number(process.env.SCALE_LOGIN_LIMIT ?? 10);
const BEWAAR = process.env.SCALE_KEEP === '1';
const WACHTWOORD = 'Demo-wachtwoord-2026!';
const run = `${process.pid}_${Date.now()}`;
const DB = process.env.SCALE_DB ?? 'rmc_scale_out';
const ADMIN = process.env.TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const OWNER = new URL(ADMIN);
OWNER.pathname = `/${DB}`;
const APP = new URL(OWNER);
APP.username = 'rmc_app_scale';
APP.password = 'rmc-app-scale-wachtwoord';
const t0 = Date.now();
const log = (m) => console.log(`[scale] ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');
const uitslagen = []; // [check, ok, detail]
const controle = (naam, ok, detail) => {
  uitslagen.push([naam, ok, detail]);
  log(`${ok ? 'OK  ' : 'FAIL'} ${naam}: ${detail}`);
};

// ─── Processes ───────────────────────────────────────────────────────────────────────────────────
const processen = [];
function start(naam, args, env, opts = {}) {
  const p = spawn(opts.bin ?? process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  p.naam = naam;
  p.stderrTail = '';
  p.stderr.on('data', (d) => (p.stderrTail = (p.stderrTail + d).slice(-2000)));
  processen.push(p);
  return p;
}
/** Node processes get SIGKILL; nginx SIGTERM, so its master takes its worker down with it. */
async function stopAlles() {
  const levend = processen.filter((p) => p.exitCode === null && p.signalCode === null);
  for (const p of levend) p.kill(p.naam === 'nginx' ? 'SIGTERM' : 'SIGKILL');
  await Promise.all(levend.map((p) => Promise.race([new Promise((r) => p.once('exit', r)), sleep(3_000)])));
}

/** The run's keys in Redis (queues and rate-limit counters under its own prefix). */
async function ruimRedisOp(url, prefix) {
  const redis = new IORedis(url);
  try {
    let cursor = '0';
    do {
      const [volgende, sleutels] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = volgende;
      if (sleutels.length) await redis.del(...sleutels);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function q(sql, params = []) {
  const c = new pg.Client({ connectionString: OWNER.toString() });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

function zorgVoorNginx() {
  if (spawnSync('nginx', ['-v']).status === 0) return;
  log('nginx is missing: apt-get install -y nginx');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', ['install', '-y', '-q', 'nginx'], { env, stdio: 'ignore' }).status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { env, stdio: 'ignore' });
    if (spawnSync('apt-get', ['install', '-y', '-q', 'nginx'], { env, stdio: 'inherit' }).status !== 0)
      throw new Error('apt-get install nginx failed');
  }
}

function nginxConfig(dir, poort, api) {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format schaal '$status $request_method "$upstream_addr" $request_time';
  access_log ${dir}/access.log schaal;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream rmc_api {
    server 127.0.0.1:${api[0]} max_fails=1 fail_timeout=3s;
    server 127.0.0.1:${api[1]} max_fails=1 fail_timeout=3s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${poort};
    client_max_body_size 70m;
    location /api/ {
      proxy_pass http://rmc_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      proxy_read_timeout 60s;
      proxy_connect_timeout 2s;
      # A refused connection (a dead API) goes to the other upstream, also for writes: the request was
      # never sent. A request already sent to an API that dies is answered 502; the client retries.
      proxy_next_upstream error timeout;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

// ─── HTTP client ─────────────────────────────────────────────────────────────────────────────────
/** One request: status, body, headers, latency; status 0 for no answer. */
async function vraag(basis, method, pad, opts = {}) {
  const headers = { ...(opts.headers ?? {}) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const t = performance.now();
  try {
    const res = await fetch(`${basis}${pad}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
    });
    const tekst = await res.text();
    let body = tekst;
    try {
      body = tekst ? JSON.parse(tekst) : undefined;
    } catch {
      /* keep text */
    }
    return { status: res.status, body, headers: res.headers, ms: performance.now() - t };
  } catch (err) {
    return { status: 0, body: String(err?.cause?.code ?? err?.name ?? err), headers: new Headers(), ms: performance.now() - t };
  }
}

const HERKANSBAAR = new Set([0, 502, 503, 504]);
const belasting = { logisch: 0, pogingen: 0, herkansingen: 0, fouten: 0, lat: [], perStatus: {}, foutLijst: new Map() };

/** A client that retries: up to 6 attempts on no answer, 502, 503 or 504, backing off 100 ms → 1.6 s. */
/** `basis` is one address (nginx) or a list the client fails over between (attempt n → entry n). */
async function metHerkansing(basis, method, pad, opts = {}, { aanvaard = (s) => s >= 200 && s < 300 } = {}) {
  const t = performance.now();
  const adressen = Array.isArray(basis) ? basis : [basis];
  const eerste = belasting.logisch % adressen.length;
  let r;
  for (let poging = 0; poging < 6; poging++) {
    if (poging) {
      belasting.herkansingen++;
      await sleep(100 * 2 ** Math.min(poging - 1, 4));
    }
    belasting.pogingen++;
    r = await vraag(adressen[(eerste + poging) % adressen.length], method, pad, opts);
    if (HERKANSBAAR.has(r.status)) belasting.perStatus[r.status] = (belasting.perStatus[r.status] ?? 0) + 1;
    if (!HERKANSBAAR.has(r.status)) break;
  }
  belasting.logisch++;
  belasting.lat.push(performance.now() - t);
  const ok = aanvaard(r.status, r);
  if (!ok) {
    belasting.fouten++;
    const sleutel = `${method} ${pad.replace(/[0-9a-f-]{36}/g, '{id}').replace(/\?.*/, '')} → ${r.status}`;
    belasting.foutLijst.set(sleutel, (belasting.foutLijst.get(sleutel) ?? 0) + 1);
  }
  return { ...r, ok };
}

const XFF_OPZET = { 'x-forwarded-for': '192.0.2.10' }; // setup logins: their own rate-limit key
async function login(basis, email, extra = {}) {
  const r = await vraag(basis, 'POST', '/api/v1/auth/login', {
    body: { email, wachtwoord: WACHTWOORD },
    headers: { ...XFF_OPZET, ...extra },
  });
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

/** A fresh BSN from the 99… test range that passes the 11-proef. */
let bsnTeller = Math.floor(Math.random() * 1_000_000);
function testBsn() {
  for (;;) {
    bsnTeller = (bsnTeller + 7919) % 1_000_000;
    const basis = `99${String(bsnTeller).padStart(6, '0')}`;
    const check = basis.split('').reduce((a, d, i) => a + Number(d) * (9 - i), 0) % 11;
    if (check <= 9) return `${basis}${check}`;
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
  Melder: 'melderNaam',
  Functie: 'melderFunctie',
};
function importCsv(n) {
  const regels = [Object.keys(KOLOMMEN).join(';')];
  const bsns = [];
  for (let i = 0; i < n; i++) {
    const bsn = testBsn();
    bsns.push(bsn);
    regels.push(
      [
        bsn,
        'Student',
        `Schaal ${i}`,
        '14-03-2007',
        '8011 AB',
        'aaneengesloten-4-weken',
        '12-10-2026',
        '1-maand-of-langer',
        'ja',
        '22',
        'M. de Vries',
        'Verzuimcoördinator',
      ].join(';'),
    );
  }
  return { tekst: regels.join('\n'), bsns };
}

/** An SSE reader: counts "bijgewerkt" events with their arrival time. */
function luister(basis, pad, token) {
  const ctrl = new AbortController();
  const l = { aankomsten: [], upstream: null, status: 0, stop: () => ctrl.abort() };
  l.klaar = (async () => {
    const res = await fetch(`${basis}${pad}`, { headers: { authorization: `Bearer ${token}` }, signal: ctrl.signal });
    l.status = res.status;
    l.upstream = res.headers.get('x-upstream');
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += dec.decode(value, { stream: true });
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const blok = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (blok.includes('event: bijgewerkt')) l.aankomsten.push(performance.now());
      }
    }
  })().catch(() => undefined);
  return l;
}

// ─── The run ─────────────────────────────────────────────────────────────────────────────────────
async function main() {
  for (const f of ['dist/server/apps/api/src/main.js', 'dist/server/apps/worker/src/main.js'])
    if (!existsSync(join(ROOT, f))) throw new Error('dist/server is missing: run npm run build:server first');
  zorgVoorNginx();
  const nginxVersie = spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim();

  // Fresh database with the demo seed (like the reminder fault test).
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const [apiPoort1, apiPoort2, nginxPoort, smtpPoort, sinkPoort] = await Promise.all(
    Array.from({ length: 5 }, () => vrijePoort()),
  );
  const NGINX = `http://127.0.0.1:${nginxPoort}`;
  const env = {
    NODE_ENV: 'production',
    DEMO_MODE: 'true',
    APP_DATABASE_URL: APP.toString(),
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    QUEUE_BACKEND: 'redis',
    QUEUE_PREFIX: `rmc-scale-${run}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPoort}`,
    PUBLIC_URL: `http://localhost:${nginxPoort}`,
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    TRUST_PROXY: '1',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIET),
    TOTP_REQUIRED_WITHOUT_REGION: 'false',
    WORKER_SCAN_MS: '1000',
    WORKER_RECONCILE_MS: '1000',
    WORKER_LOCK_MS: '5000',
  };
  execSync(`${process.execPath} ${join(ROOT, 'dist/server/apps/api/src/cli/migrate.js')} --demo`, {
    env: { ...process.env, ...env, DATABASE_URL: OWNER.toString() },
    stdio: 'ignore',
  });
  log(`database ${DB} migrated with the demo seed`);

  start('sink', ['tools/dev/smtp-sink.mjs'], { SMTP_SINK_PORT: String(smtpPoort), HTTP_SINK_PORT: String(sinkPoort) });
  const apiPoorten = [apiPoort1, apiPoort2];
  const apis = [null, null];
  const startApi = (i) =>
    (apis[i] = start(`api${i + 1}`, [...API_NODE_ARGS, 'dist/server/apps/api/src/main.js'], {
      ...env,
      PORT: String(apiPoorten[i]),
    }));
  const workers = [null, null];
  const startWorker = (i) =>
    (workers[i] = start(`worker${i + 1}`, ['--max-old-space-size=384', 'dist/server/apps/worker/src/main.js'], env));
  startApi(0);
  startApi(1);
  startWorker(0);
  startWorker(1);
  const API = apiPoorten.map((p) => `http://127.0.0.1:${p}`);
  const klaarVoor = async (basis, naam, proc) => {
    for (let i = 0; i < 240; i++) {
      if ((await vraag(basis, 'GET', '/api/health/ready', { timeoutMs: 2_000 })).status === 200) return;
      if (proc && proc.exitCode !== null) throw new Error(`${naam} stopped during start: ${proc.stderrTail}`);
      await sleep(250);
    }
    throw new Error(`${naam} not ready`);
  };
  await Promise.all([klaarVoor(API[0], 'api1', apis[0]), klaarVoor(API[1], 'api2', apis[1])]);

  const tmp = mkdtempSync(join(os.tmpdir(), 'rmc-scale-nginx-'));
  chmodSync(tmp, 0o777); // nginx's worker (nobody) writes its temp files here
  writeFileSync(join(tmp, 'nginx.conf'), nginxConfig(tmp, nginxPoort, apiPoorten));
  const nginx = start('nginx', ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;'], {}, { bin: 'nginx' });
  await klaarVoor(NGINX, 'nginx', nginx);
  log(
    `stack up: api1 :${apiPoort1}, api2 :${apiPoort2}, 2 workers, ${nginxVersie} on :${nginxPoort} (${tmp}), sink :${sinkPoort}`,
  );

  // ── 1. Sessions on either API ──
  const aanmelding = await login(API[0], 'coordinator@ijssel-vecht.demo', { 'x-requested-with': 'rmc-portal' });
  const cookie = /rmc_sessie=[^;]+/.exec(aanmelding.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('login gave no session cookie');
  const portaal = { 'x-requested-with': 'rmc-portal', origin: env.PUBLIC_URL };
  const meOp2 = await vraag(API[1], 'GET', '/api/v1/auth/me', { cookie });
  const viaNginx = [];
  for (let i = 0; i < 10; i++) viaNginx.push(await vraag(NGINX, 'GET', '/api/v1/auth/me', { cookie }));
  const perUpstream = {};
  for (const r of viaNginx) perUpstream[r.headers.get('x-upstream')] = (perUpstream[r.headers.get('x-upstream')] ?? 0) + 1;
  const schrijf = await vraag(API[1], 'PATCH', '/api/v1/auth/voorkeuren', {
    cookie,
    headers: portaal,
    body: { mailVoorkeur: 'direct' },
  });
  const uit = await vraag(API[1], 'POST', '/api/v1/auth/logout', { cookie, headers: portaal });
  const naUit = await vraag(API[0], 'GET', '/api/v1/auth/me', { cookie });
  const naUitNginx = await vraag(NGINX, 'GET', '/api/v1/auth/me', { cookie });
  controle(
    'sessions on either API',
    meOp2.status === 200 &&
      viaNginx.every((r) => r.status === 200) &&
      Object.keys(perUpstream).length === 2 &&
      schrijf.status < 300 &&
      uit.status === 204 &&
      naUit.status === 401 &&
      naUitNginx.status === 401,
    `cookie from api1: me on api2 ${meOp2.status}; through nginx ${viaNginx.filter((r) => r.status === 200).length}/10 × 200 ` +
      `(${Object.entries(perUpstream)
        .map(([u, n]) => `${u === `127.0.0.1:${apiPoort1}` ? 'api1' : u === `127.0.0.1:${apiPoort2}` ? 'api2' : u} ${n}`)
        .join(
          ', ',
        )}); cookie write on api2 ${schrijf.status}; logout on api2 ${uit.status} → api1 ${naUit.status}, nginx ${naUitNginx.status}`,
  );

  // ── 2. Live meeting updates across APIs ──
  const consulent = (await login(API[0], 'consulent@ijssel-vecht.demo')).body.accessToken;
  const wi = (await login(API[1], 'wi@ijssel-vecht.demo')).body.accessToken;
  const orgs = (await vraag(API[0], 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items;
  const wiOrg = orgs.find((o) => o.soort === 'werk-en-inkomen' && o.naam.endsWith('IJssel-Vecht'))?.id;
  const morgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const overleg = await vraag(API[0], 'POST', '/api/v1/overleggen', {
    token: consulent,
    body: {
      soort: 'MDO',
      titel: 'MDO schaaltest',
      start: `${morgen}T09:30:00+01:00`,
      plaats: 'Stadskantoor',
      deelnemerOrganisaties: [wiOrg],
    },
  });
  if (overleg.status !== 201) throw new Error(`overleg: ${overleg.status} ${JSON.stringify(overleg.body)}`);
  const overlegId = overleg.body.id;
  const deelnemers = overleg.body.deelnemers?.map((d) => d.gebruikerId) ?? [];
  const streamPad = `/api/v1/overleggen/${overlegId}/stream`;
  const luisteraars = [
    { naam: 'W&I on api2 (direct)', l: luister(API[1], streamPad, wi) },
    { naam: 'W&I through nginx', l: luister(NGINX, streamPad, wi) },
    { naam: 'W&I through nginx (2)', l: luister(NGINX, streamPad, wi) },
  ];
  await sleep(500);
  const SSE_N = 20;
  const sseLat = luisteraars.map(() => []);
  for (let i = 0; i < SSE_N; i++) {
    const voor = luisteraars.map(({ l }) => l.aankomsten.length);
    const tWijzig = performance.now();
    const w = await vraag(API[0], 'PUT', `/api/v1/overleggen/${overlegId}/aanwezigheid`, {
      token: consulent,
      body: { aanwezig: i % 2 ? deelnemers : [] },
    });
    if (w.status !== 200) throw new Error(`aanwezigheid: ${w.status}`);
    for (let k = 0; k < 50 && luisteraars.some(({ l }, j) => l.aankomsten.length <= voor[j]); k++) await sleep(20);
    luisteraars.forEach(({ l }, j) => l.aankomsten.length > voor[j] && sseLat[j].push(l.aankomsten[voor[j]] - tWijzig));
  }
  const upstreamNaam = (u) => (u === `127.0.0.1:${apiPoort1}` ? 'api1' : u === `127.0.0.1:${apiPoort2}` ? 'api2' : (u ?? '?'));
  controle(
    'live updates (SSE) across APIs',
    luisteraars.every(({ l }, j) => l.status === 200 && sseLat[j].length === SSE_N),
    `${SSE_N} changes made on api1; ` +
      luisteraars
        .map(
          ({ naam, l }, j) =>
            `${naam}${naam.includes('nginx') ? ` → ${upstreamNaam(l.upstream)}` : ''}: ${sseLat[j].length}/${SSE_N}, p50 ${ms(percentiel(sseLat[j], 50))}, max ${ms(Math.max(...sseLat[j]))}`,
        )
        .join('; '),
  );

  // ── 3. The rate limiter is shared ──
  const poging = (basis, xff) =>
    vraag(basis, 'POST', '/api/v1/auth/login', {
      body: { email: 'schaal-limiet@example.org', wachtwoord: 'onjuist' },
      headers: xff ? { 'x-forwarded-for': xff } : {},
    });
  const direct = [];
  for (let i = 0; i < LOGIN_LIMIET + 4; i++) direct.push(await poging(API[i % 2], '198.51.100.23'));
  const eersteWeigering = direct.findIndex((r) => r.status === 429);
  const viaProxy = [];
  for (let i = 0; i < LOGIN_LIMIET + 2; i++) viaProxy.push(await poging(NGINX));
  const proxyUp = {};
  for (const r of viaProxy.slice(0, LOGIN_LIMIET))
    proxyUp[upstreamNaam(r.headers.get('x-upstream'))] = (proxyUp[upstreamNaam(r.headers.get('x-upstream'))] ?? 0) + 1;
  const telling = (rs) => rs.reduce((a, r) => ({ ...a, [r.status]: (a[r.status] ?? 0) + 1 }), {});
  controle(
    'rate limit shared over both APIs',
    eersteWeigering === LOGIN_LIMIET &&
      direct.slice(LOGIN_LIMIET).every((r) => r.status === 429) &&
      viaProxy.slice(0, LOGIN_LIMIET).every((r) => r.status === 401) &&
      viaProxy.slice(LOGIN_LIMIET).every((r) => r.status === 429),
    `login limit ${LOGIN_LIMIET}/min per client; one client alternating api1/api2 directly: ${JSON.stringify(telling(direct))}, ` +
      `first 429 on attempt ${eersteWeigering + 1} (per-instance memory would allow ${2 * LOGIN_LIMIET}), Retry-After ${direct[eersteWeigering]?.headers.get('retry-after')} s; ` +
      `through nginx (${Object.entries(proxyUp)
        .map(([u, n]) => `${u} ${n}`)
        .join(', ')}): ${JSON.stringify(telling(viaProxy))}`,
  );

  // ── 4. Load through nginx; kill one API and one worker; reminders, imports, mails ──
  const rollen = {
    coordinator: (await login(API[0], 'coordinator@ijssel-vecht.demo')).body.accessToken,
    consulent,
    wi,
    school: (await login(API[1], 'verzuim@ijssel-vecht.demo')).body.accessToken,
  };
  const me = (await vraag(API[0], 'GET', '/api/v1/auth/me', { token: rollen.coordinator })).body;
  const vestigingId = (await vraag(API[0], 'GET', '/api/v1/auth/me', { token: rollen.school })).body.organisatie.id;
  const leesPaden = {
    coordinator: [
      '/api/v1/casussen?limit=20',
      '/api/v1/meldingen?status=ontvangen',
      '/api/v1/overleggen',
      '/api/v1/notificaties',
      `/api/v1/overleggen/${overlegId}`,
    ],
    consulent: ['/api/v1/casussen?limit=20', '/api/v1/acties/mijn', '/api/v1/personen?limit=20', '/api/v1/notificaties'],
    wi: ['/api/v1/casussen?limit=20', '/api/v1/acties/mijn', `/api/v1/overleggen/${overlegId}`],
    school: ['/api/v1/meldingen?limit=20', '/api/v1/verzuimagendas', '/api/v1/compliance'],
  };

  // Reminders: W&I owns N actions due today on a shared case (ADR 0010); they become due over the
  // first 60 % of the load phase, so some fall due while a worker is dead.
  // The demo seed has persons but no case in IJssel-Vecht: the script opens one.
  const [p] = await q(
    `SELECT p.id, p.regio_id FROM persoon p JOIN regio r ON r.id = p.regio_id WHERE r.naam = 'IJssel-Vecht' LIMIT 1`,
  );
  const [c] = await q(`INSERT INTO casus (regio_id, persoon_id, doelgroep) VALUES ($1, $2, 'nieuw-vsv') RETURNING id`, [
    p.regio_id,
    p.id,
  ]);
  const [o] = await q(`SELECT id FROM organisatie WHERE regio_id = $1 AND soort = 'werk-en-inkomen'`, [p.regio_id]);
  const basis = { casus: c.id, regio_id: p.regio_id, org: o.id };
  const [door] = await q(`SELECT id FROM gebruiker ORDER BY aangemaakt_op LIMIT 1`);
  await q(
    `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, doel, secties, eind_datum, aangemaakt_door)
     VALUES ($1, $2, $3, 'toestemming', 'Schaaltest', '{basis,acties}', current_date + 365, $4)`,
    [basis.casus, basis.regio_id, basis.org, door.id],
  );
  const acties = [];
  const eindTijd = Date.now() + LOAD_S * 1000;
  const inserter = (async () => {
    for (let i = 0; i < N_HERINNERINGEN; i++) {
      const [a] = await q(
        `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_organisatie_id, deadline) VALUES ($1, $2, $3, $4, current_date) RETURNING id`,
        [basis.casus, basis.regio_id, `Schaaltest ${i}`, basis.org],
      );
      acties.push(a.id);
      await sleep((LOAD_S * 600) / N_HERINNERINGEN);
    }
  })();

  // Reads by four roles, and a writer that changes the meeting (idempotent PUT).
  const rolNamen = Object.keys(leesPaden);
  // Even readers go through nginx; odd ones talk to both APIs directly and fail over themselves.
  const lezer = async (k) => {
    const rol = rolNamen[Math.floor(k / 2) % rolNamen.length];
    const doel = k % 2 ? API : NGINX;
    for (let i = 0; Date.now() < eindTijd; i++)
      await metHerkansing(doel, 'GET', leesPaden[rol][i % leesPaden[rol].length], { token: rollen[rol] });
  };
  const schrijver = async () => {
    for (let i = 0; Date.now() < eindTijd; i++) {
      await metHerkansing(NGINX, 'PUT', `/api/v1/overleggen/${overlegId}/aanwezigheid`, {
        token: consulent,
        body: { aanwezig: i % 2 ? deelnemers : [] },
      });
      await sleep(100);
    }
  };
  // Invitations (one outbox row and one mail each). A retry of an invitation whose first attempt was
  // committed before the API died answers 409 "al-lid": the invitation exists once, which is success.
  const uitgenodigd = [];
  const uitnodiger = async () => {
    for (let i = 0; Date.now() < eindTijd; i++) {
      const email = `schaal-${run.replace('_', '-')}-${i}@example.org`;
      const r = await metHerkansing(
        NGINX,
        'POST',
        '/api/v1/gebruikers/uitnodigingen',
        {
          token: rollen.coordinator,
          body: { email, naam: `Schaal ${i}`, rol: 'regio-consulent', organisatieId: me.organisatie.id },
        },
        { aanvaard: (s, res) => s === 201 || s === 200 || (s === 409 && /al-lid/.test(JSON.stringify(res.body))) },
      );
      if (r.ok) uitgenodigd.push(email);
      await sleep(400);
    }
  };
  // CSV imports, spread so that one is in a worker when it is killed.
  const batches = [];
  const importeur = async () => {
    for (let i = 0; i < N_IMPORTS; i++) {
      const { tekst, bsns } = importCsv(IMPORT_RIJEN);
      const r = await metHerkansing(NGINX, 'POST', '/api/v1/meldingen/import', {
        token: rollen.school,
        body: { csv: tekst, kolommen: KOLOMMEN, proefrun: false, leslocatieVestigingId: vestigingId },
      });
      if (r.ok) batches.push({ id: r.body.id, bsns });
      // Half the uploads come before the kill at 35 %, the next one just before it.
      await sleep((LOAD_S * 1000 * 0.33) / Math.max(1, N_IMPORTS / 2));
    }
  };
  // The kills: API 1 and worker 1 at 35 % of the load, back at 60 %.
  // At 35 % of the load, as soon as an import is running: then a worker is busy.
  const moordenaar = async () => {
    await sleep(LOAD_S * 350);
    // Wait at most until 50 % of the load (and 10 s) for a running import.
    const uiterlijk = Date.now() + Math.min(10_000, LOAD_S * 150);
    while (N_IMPORTS > 0 && Date.now() < uiterlijk) {
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM import_batch WHERE status = 'bezig'`);
      if (n) break;
      await sleep(200);
    }
    log('SIGKILL api1 and worker1');
    apis[0].kill('SIGKILL');
    workers[0].kill('SIGKILL');
    const tDood = Date.now();
    await sleep(LOAD_S * 250);
    startApi(0);
    startWorker(0);
    await klaarVoor(API[0], 'api1 (restart)', apis[0]);
    log(`api1 and worker1 restarted (${((Date.now() - tDood) / 1000).toFixed(1)} s after the kill)`);
  };

  log(
    `load: ${LOAD_S} s, ${VERBINDINGEN} readers (half through nginx, half failing over between the APIs themselves) + a meeting writer + invitations + ${N_IMPORTS} imports × ${IMPORT_RIJEN} rows; ${N_HERINNERINGEN} reminders fall due`,
  );
  await Promise.all([
    ...Array.from({ length: VERBINDINGEN }, (_, k) => lezer(k)),
    schrijver(),
    uitnodiger(),
    importeur(),
    moordenaar(),
    inserter,
  ]);
  log(`load done: ${belasting.logisch} requests; waiting for reminders, imports and mails to finish`);

  // Wait for the jobs: every action reminded, every batch done, the outbox empty.
  const batchIds = batches.map((b) => b.id);
  const wachtTot = Date.now() + 300_000;
  let stand;
  for (;;) {
    const [h] = await q(
      `SELECT count(DISTINCT onderwerp_id)::int AS n FROM herinnering WHERE regel = 'actie-deadline' AND onderwerp_id = ANY($1::uuid[])`,
      [acties],
    );
    const [o] = await q(`SELECT count(*) FILTER (WHERE status IN ('wacht', 'versturen'))::int AS open FROM email_outbox`);
    const [b] = await q(
      `SELECT count(*) FILTER (WHERE status = 'klaar')::int AS klaar FROM import_batch WHERE id = ANY($1::uuid[])`,
      [batchIds],
    );
    stand = { herinnerd: h.n, open: o.open, klaar: b.klaar };
    if ((h.n >= acties.length && o.open === 0 && b.klaar === batchIds.length) || Date.now() > wachtTot) break;
    await sleep(2_000);
  }
  await sleep(3_000);
  log(
    `jobs settled: ${stand.herinnerd}/${acties.length} actions reminded, ${stand.klaar}/${batchIds.length} imports done, ${stand.open} mails open`,
  );

  const mails = await (await fetch(`http://127.0.0.1:${sinkPoort}/api/emails`)).json();
  const perOutbox = new Map();
  for (const m of mails) if (m.outboxId) perOutbox.set(m.outboxId, [...(perOutbox.get(m.outboxId) ?? []), m.messageId]);
  const outbox = await q(
    `SELECT id, sleutel, ontvanger, status FROM email_outbox WHERE aangemaakt_op >= to_timestamp($1 / 1000.0)`,
    [t0],
  );
  let mailWeg = 0,
    mailDubbel = 0,
    herzonden = 0;
  for (const o of outbox) {
    if (o.status === 'mislukt') continue;
    const ids = perOutbox.get(o.id) ?? [];
    const uniek = new Set(ids).size;
    if (uniek === 0) mailWeg++;
    if (uniek > 1) mailDubbel++;
    herzonden += ids.length - uniek;
  }
  const zonderRij = [...perOutbox.keys()].filter((id) => !outbox.some((o) => o.id === id)).length;

  // Reminders: one herinnering per (action, recipient), one notification each; no action without one.
  const herinneringen = await q(
    `SELECT h.onderwerp_id, h.ontvanger_id, count(*)::int AS n,
            (SELECT count(*)::int FROM notificatie n WHERE n.sleutel = 'herinnering-' || min(h.sleutel)) AS notificaties
       FROM herinnering h WHERE h.regel = 'actie-deadline' AND h.onderwerp_id = ANY($1::uuid[])
      GROUP BY h.onderwerp_id, h.ontvanger_id`,
    [acties],
  );
  const herinnerd = new Set(herinneringen.map((h) => h.onderwerp_id));
  const herinnerWeg = acties.filter((a) => !herinnerd.has(a)).length;
  const herinnerDubbel = herinneringen.filter((h) => h.n !== 1 || h.notificaties !== 1).length;
  const herinnerMails = outbox.filter((o) => o.sleutel.startsWith('herinnering-')).length;

  // Imports: every row of every batch saved once.
  const meldingen = await q(
    `SELECT bsn, count(*)::int AS n FROM melding
      WHERE vestiging_id = $1 AND import_sleutel IS NOT NULL AND bsn = ANY($2::text[]) GROUP BY bsn`,
    [vestigingId, batches.flatMap((b) => b.bsns)],
  );
  const verwachtRijen = batches.reduce((a, b) => a + b.bsns.length, 0);
  const batchStand = await q(
    `SELECT status, goed, extract(epoch FROM klaar_op - aangemaakt_op)::int AS duur FROM import_batch WHERE id = ANY($1::uuid[]) ORDER BY aangemaakt_op`,
    [batchIds],
  );
  const importRijen = meldingen.reduce((a, m) => a + m.n, 0);
  const importDubbel = meldingen.filter((m) => m.n > 1).length;

  // Jobs that a dead worker had started and another worker finished (BullMQ's stalled counter).
  const redis = new IORedis(env.REDIS_URL);
  const herstart = { import: 0, mail: 0 };
  for (const [wachtrij, ids] of [
    ['import', batchIds.map((id) => `import-${id}`)],
    ['mail', outbox.map((o) => `outbox-${o.id}`)],
  ])
    for (const id of ids) {
      const [stc] = await redis.hmget(`${env.QUEUE_PREFIX}:${wachtrij}:${id}`, 'stc');
      if (Number(stc) > 0) herstart[wachtrij]++;
    }
  redis.disconnect();

  // Invitations: one outbox row per invited address.
  const uitnodigingRijen = outbox.filter((o) => o.sleutel.startsWith('uitnodiging-'));
  const perAdres = new Map();
  for (const o of uitnodigingRijen) perAdres.set(o.ontvanger, (perAdres.get(o.ontvanger) ?? 0) + 1);
  const uitnodigingWeg = uitgenodigd.filter((e) => !perAdres.has(e)).length;
  const uitnodigingDubbel = [...perAdres.values()].filter((n) => n > 1).length;

  const p95 = percentiel(belasting.lat, 95);
  console.log('');
  log(
    `load: ${belasting.logisch} requests (${belasting.pogingen} attempts, ${belasting.herkansingen} retries; retried answers ${JSON.stringify(belasting.perStatus)}), ` +
      `${belasting.fouten} errors after retries, p50 ${ms(percentiel(belasting.lat, 50))}, p95 ${ms(p95)}, p99 ${ms(percentiel(belasting.lat, 99))}, max ${ms(Math.max(...belasting.lat))}`,
  );
  for (const [k, n] of belasting.foutLijst) log(`  error: ${k} × ${n}`);
  controle(
    'no request lost that the client retried',
    belasting.fouten === 0,
    `${belasting.fouten} of ${belasting.logisch} failed after retries`,
  );
  controle(
    'reminders exactly once (2 workers, one killed)',
    herinnerWeg === 0 && herinnerDubbel === 0,
    `${acties.length} actions due; ${herinnerd.size} reminded, ${herinneringen.length} reminders (action × recipient), ${herinneringen.reduce((a, h) => a + h.notificaties, 0)} notifications, ${herinnerMails} reminder mails queued; lost ${herinnerWeg}, duplicated ${herinnerDubbel}`,
  );
  controle(
    'imports exactly once',
    batchIds.length === N_IMPORTS && stand.klaar === batchIds.length && importRijen === verwachtRijen && importDubbel === 0,
    `${batchIds.length}/${N_IMPORTS} uploads accepted (recovered from the killed worker: ${herstart.import}), ${stand.klaar} done (${batchStand.map((b) => `${b.status} ${b.goed} new in ${b.duur} s`).join(', ')}); ` +
      `${importRijen} meldingen for ${verwachtRijen} rows, duplicated ${importDubbel}`,
  );
  controle(
    'mails exactly once',
    mailWeg === 0 && mailDubbel === 0 && zonderRij === 0 && uitnodigingWeg === 0 && uitnodigingDubbel === 0,
    `${outbox.length} outbox rows (${uitnodigingRijen.length} invitations for ${uitgenodigd.length} invited addresses, ${herinnerMails} reminders); ` +
      `${mails.length} mails in the sink, ${mails.length - herzonden} distinct; lost ${mailWeg}, duplicated ${mailDubbel}, identical message re-sent after a kill mid-send ${herzonden}; mail jobs recovered from the killed worker ${herstart.mail}; invitations lost ${uitnodigingWeg}, doubled ${uitnodigingDubbel}`,
  );
  for (const { l } of luisteraars) l.stop();
  const toegang = readFileSync(join(tmp, 'access.log'), 'utf8').split('\n').filter(Boolean);
  const omgeleid = toegang.filter((r) => /"[^"]*, [^"]*"/.test(r)).length;
  const nginx502 = toegang.filter((r) => r.startsWith('502 ')).length;
  log(
    `nginx: ${toegang.length} requests in all, ${omgeleid} passed on to the other API after a refused or broken upstream connection, ${nginx502} answered 502`,
  );
  const last = os.loadavg().map((v) => v.toFixed(1));
  log(`machine load average ${last.join(' / ')} (1/5/15 min) on ${os.cpus().length} cores`);
  const mislukt = uitslagen.filter(([, ok]) => !ok);
  console.log(
    `\nscale-out: ${uitslagen.length - mislukt.length} passed, ${mislukt.length} failed${mislukt.length ? ` (${mislukt.map(([n]) => n).join('; ')})` : ''}`,
  );
  if (!BEWAAR) rmSync(tmp, { recursive: true, force: true });
  return mislukt.length === 0;
}

main()
  .then(async (ok) => {
    await stopAlles();
    if (!BEWAAR) {
      await ruimRedisOp(process.env.REDIS_URL || 'redis://127.0.0.1:6379', `rmc-scale-${run}`).catch(() => undefined);
      const c = new pg.Client({ connectionString: ADMIN });
      await c
        .connect()
        .then(() => c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`))
        .catch(() => undefined);
      await c.end().catch(() => undefined);
    }
    process.exit(ok ? 0 : 1);
  })
  .catch(async (err) => {
    console.error(`[scale] ${err instanceof Error ? err.stack : String(err)}`);
    for (const p of processen) if (p.stderrTail && p.exitCode !== null) console.error(`[${p.naam}] ${p.stderrTail.slice(-600)}`);
    await stopAlles();
    process.exit(1);
  });
