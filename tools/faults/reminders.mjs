// Fault test for reminders (issue 6): N reminders become due over a period while the worker is
// SIGKILLed, Redis is stopped for a short and a long outage, and PostgreSQL is restarted; two workers
// run at once. Prints lost, duplicated and worst lateness; exits non-zero unless 0 lost and 0 duplicates.
//   FAULTS_N (default 1000), FAULTS_SPREAD_S (default 120), FAULTS_LONG_REDIS_S (default 90).
// Needs root (it restarts the machine's Redis and PostgreSQL) and a built server (dist/server).
import { execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const N = Number(process.env.FAULTS_N ?? 1000);
const SPREAD = Number(process.env.FAULTS_SPREAD_S ?? 120) * 1000;
const LONG_REDIS = Number(process.env.FAULTS_LONG_REDIS_S ?? 90) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (m) => console.log(`[faults] ${new Date().toISOString().slice(11, 19)} ${m}`);
const run = `${process.pid}_${Date.now()}`;
const DB = `rmc_faults_${run}`;
const ADMIN = process.env.TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const owner = new URL(ADMIN);
owner.pathname = `/${DB}`;
const app = new URL(owner);
app.username = 'rmc_app_faults';
app.password = 'rmc-app-faults-wachtwoord';
const REDIS_START = `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --maxmemory-policy noeviction --dir /var/lib/redis --logfile /var/log/redis/ci.log`;
const PG_CLUSTER = () => execSync('ls /etc/postgresql').toString().trim().split('\n')[0];

const freePort = () =>
  new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

async function q(sql, params = [], url = owner.toString()) {
  for (let i = 0; ; i++) {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    c.on('error', () => {}); // a restart terminates connections; the query below retries
    try {
      await c.connect();
      const r = await c.query(sql, params);
      await c.end();
      return r.rows;
    } catch (e) {
      await c.end().catch(() => {});
      if (i > 60) throw e;
      await sleep(1000);
    }
  }
}

const children = [];
function node(script, args, env, name) {
  const ch = spawn(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  ch.stderr.on('data', () => {});
  ch.name = name;
  children.push(ch);
  return ch;
}

async function main() {
  await q(`CREATE DATABASE ${DB}`, [], ADMIN);
  const smtp = await freePort();
  const http = await freePort();
  const env = {
    NODE_ENV: 'production',
    DEMO_MODE: 'true',
    DATABASE_URL: owner.toString(),
    APP_DATABASE_URL: app.toString(),
    REDIS_URL: 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `rmc-faults-${run}`,
    SMTP_URL: `smtp://127.0.0.1:${smtp}`,
    PUBLIC_URL: 'http://localhost:3000',
    PSEUDONYM_KEY: 'faults-pseudonym-key-0123456789abcdefgh',
    LOG_LEVEL: 'error',
    WORKER_SCAN_MS: '1000',
    WORKER_RECONCILE_MS: '1000',
    WORKER_LOCK_MS: '5000',
  };
  // stderr is shown: a failed migration must say why instead of failing the run without a word.
  execSync(`${process.execPath} ${join(ROOT, 'dist/server/apps/api/src/cli/migrate.js')} --demo`, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  node('tools/dev/smtp-sink.mjs', [], { SMTP_SINK_PORT: String(smtp), HTTP_SINK_PORT: String(http) }, 'sink');
  const worker = () => node('dist/server/apps/worker/src/main.js', [], env, 'worker');
  let w1 = worker();
  const w2 = worker();
  await sleep(2000);

  const [ctx] = await q(`SELECT c.id AS casus, c.regio_id, o.id AS org FROM casus c, organisatie o
                         WHERE o.regio_id = c.regio_id AND o.soort = 'werk-en-inkomen' LIMIT 1`).catch(() => [undefined]);
  let basis = ctx;
  if (!basis) {
    const [p] = await q(
      `SELECT p.id, p.regio_id FROM persoon p JOIN regio r ON r.id = p.regio_id WHERE r.naam = 'IJssel-Vecht' LIMIT 1`,
    );
    const [c] = await q(`INSERT INTO casus (regio_id, persoon_id, doelgroep) VALUES ($1, $2, 'nieuw-vsv') RETURNING id`, [
      p.regio_id,
      p.id,
    ]);
    const [o] = await q(`SELECT id FROM organisatie WHERE regio_id = $1 AND soort = 'werk-en-inkomen'`, [p.regio_id]);
    basis = { casus: c.id, regio_id: p.regio_id, org: o.id };
  }

  // W&I owns the actions; a partner is reminded only while its share of the case runs (ADR 0010).
  const [door] = await q(`SELECT id FROM gebruiker ORDER BY aangemaakt_op LIMIT 1`);
  await q(
    `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, doel, secties, eind_datum, aangemaakt_door)
           VALUES ($1, $2, $3, 'toestemming', 'Fouttest', '{basis,acties}', current_date + 365, $4)`,
    [basis.casus, basis.regio_id, basis.org, door.id],
  );

  // Reminders become due over SPREAD ms: each action is due the moment it is inserted (deadline today).
  const due = new Map();
  const inserter = (async () => {
    for (let i = 0; i < N; i++) {
      const [a] = await q(
        `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_organisatie_id, deadline) VALUES ($1, $2, $3, $4, current_date) RETURNING id`,
        [basis.casus, basis.regio_id, `Fout-test ${i}`, basis.org],
      );
      due.set(a.id, Date.now());
      await sleep(SPREAD / N);
    }
  })();

  const t = (f) => Math.round(SPREAD * f);
  await sleep(t(0.1));
  log('SIGKILL worker 1');
  w1.kill('SIGKILL');
  await sleep(1500);
  w1 = worker();
  await sleep(t(0.1));
  log('Redis down 5 s');
  execSync('redis-cli -p 6379 shutdown nosave || true');
  await sleep(5000);
  execSync(REDIS_START);
  log('Redis up');
  await sleep(t(0.15));
  log('PostgreSQL restart');
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${PG_CLUSTER()} main restart`);
  log('PostgreSQL up');
  await sleep(t(0.15));
  log(`Redis down ${LONG_REDIS / 1000} s`);
  execSync('redis-cli -p 6379 shutdown nosave || true');
  await sleep(LONG_REDIS);
  execSync(REDIS_START);
  log('Redis up');
  await sleep(t(0.1));
  log('SIGKILL worker 1 again');
  w1.kill('SIGKILL');
  await sleep(1500);
  w1 = worker();
  await inserter;
  log(`all ${N} reminders due; waiting for delivery`);

  const klaar = Date.now() + 180_000;
  let mails = [];
  for (;;) {
    const [{ wacht }] = await q(`SELECT count(*)::int AS wacht FROM email_outbox WHERE status IN ('wacht', 'versturen')`);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM herinnering WHERE regel = 'actie-deadline'`);
    mails = await (await fetch(`http://127.0.0.1:${http}/api/emails`)).json();
    if ((n >= N && wacht === 0) || Date.now() > klaar) break;
    await sleep(2000);
  }
  await sleep(3000);
  mails = await (await fetch(`http://127.0.0.1:${http}/api/emails`)).json();

  const notes = await q(`SELECT h.onderwerp_id AS actie, n.aangemaakt_op, o.id AS outbox FROM herinnering h
                           JOIN notificatie n ON n.sleutel = 'herinnering-' || h.sleutel
                           LEFT JOIN email_outbox o ON o.sleutel = 'herinnering-' || h.sleutel WHERE h.regel = 'actie-deadline'`);
  const perActie = new Map();
  for (const r of notes) perActie.set(r.actie, [...(perActie.get(r.actie) ?? []), r]);
  // The sink is the recipient's mail system. A worker killed after the message's last byte but before
  // the server's "250" cannot know it was delivered; the retry re-sends the *same* message (Message-ID
  // from the outbox row), which mail systems treat as one message. So: a duplicate is a second distinct
  // message (or notification) for one reminder; a re-sent identical message is counted apart.
  const perOutbox = new Map();
  for (const m of mails) if (m.outboxId) perOutbox.set(m.outboxId, [...(perOutbox.get(m.outboxId) ?? []), m.messageId]);
  let lost = 0,
    dup = 0,
    laatst = 0,
    herzonden = 0;
  const herzondenIds = [];
  for (const [actie, t0] of due) {
    const rij = perActie.get(actie) ?? [];
    const ontvangen = rij.flatMap((r) => perOutbox.get(r.outbox) ?? []);
    const berichten = new Set(ontvangen).size;
    if (rij.length === 0 || berichten === 0) lost++;
    if (rij.length > 1 || berichten > 1) dup++;
    if (ontvangen.length > berichten) {
      herzonden += ontvangen.length - berichten;
      herzondenIds.push(...rij.map((r) => r.outbox));
    }
    for (const r of rij) laatst = Math.max(laatst, new Date(r.aangemaakt_op).getTime() - t0);
  }
  if (herzondenIds.length) {
    const details = await q(`SELECT id, status, pogingen, laatste_fout FROM email_outbox WHERE id = ANY($1::uuid[])`, [
      herzondenIds,
    ]);
    for (const d of details)
      console.log(
        `re-sent identical message: outbox ${d.id} status=${d.status} attempts=${d.pogingen} last error=${d.laatste_fout ?? '-'}`,
      );
  }
  console.log(
    `reminders: ${N}, notifications: ${notes.length}, mails received: ${mails.length} (distinct messages: ${mails.length - herzonden})`,
  );
  console.log(
    `lost: ${lost}, duplicated: ${dup}, identical message re-sent after a kill mid-send: ${herzonden}, worst lateness (due → notification): ${(laatst / 1000).toFixed(1)} s`,
  );
  console.log(`faults: ${lost === 0 && dup === 0 ? 1 : 0} passed, ${lost === 0 && dup === 0 ? 0 : 1} failed`);
  return lost === 0 && dup === 0;
}

main()
  .then(async (ok) => {
    for (const c of children) c.kill('SIGKILL');
    await q(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`, [], ADMIN).catch(() => {});
    process.exit(ok ? 0 : 1);
  })
  .catch(async (e) => {
    console.error(e);
    for (const c of children) c.kill('SIGKILL');
    execSync(`${REDIS_START} 2>/dev/null || true`);
    process.exit(1);
  });
