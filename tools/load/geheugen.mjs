// `npm run load:memory` — does the API's memory grow without bound? (issue 12, part 4)
//
// Starts the built API (run `npm run build:server` first) with `--expose-gc` and the preload
// tools/load/geheugen-meter.cjs (memory figures every second; a full GC and a figure on request; the
// API's own code is not changed) against DATABASE_URL (owner; default the local rmc_demo, as `npm run soak`).
// Then GEHEUGEN_RONDES (3) rounds, each:
//   1. hostile input as the fuzz sends it (bodies of 1.1 MB and 200,000 characters, 5,000 levels of
//      nesting, malformed JSON, NUL bytes) on login, personen, meldingen and a case's intake (the
//      200,000-character answer is refused since the length limits: before the rounds the intake gets
//      the largest content they allow, 50 × 5,000 characters, so the inzage PDF is as large as input allows);
//   2. exports: 10 inzage PDFs of that person one after the other, then a burst of 100 at once (503s);
//   3. GEHEUGEN_LAST_S (90) seconds of mixed reads by 6 roles (as `npm run soak`), 6 connections;
//   4. 5 s quiet, then a full GC: RSS, V8 heap used/total, external and array buffers after the GC.
// A leak shows as heap used after GC growing round over round; a high-water mark as RSS that stays up
// after the first round while the heap after GC returns to the same level.
// Environment: DATABASE_URL, GEHEUGEN_RONDES, GEHEUGEN_LAST_S, GEHEUGEN_FASEN (phases to run, default
// "vijandig,exports,last"), GEHEUGEN_NODE_ARGS (node flags for the API instead of the production ones
// of stack.mjs, "-" for none), LOAD_API_ENV (extra API environment, "K=V K=V").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { API_NODE_ARGS, appUrl, vrijePoort } from './stack.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RONDES = Number(process.env.GEHEUGEN_RONDES ?? 3);
const LAST_S = Number(process.env.GEHEUGEN_LAST_S ?? 90);
const FASEN = (process.env.GEHEUGEN_FASEN ?? 'vijandig,exports,last').split(',');
const OWNER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rmc_demo';
const APP_URL = appUrl(OWNER_URL, 'rmc_app_soak', 'rmc-app-soak-wachtwoord');
const WACHTWOORD = 'Demo-wachtwoord-2026!';
const LOGBESTAND = join(os.tmpdir(), `rmc-geheugen-${process.pid}.jsonl`);
const t0 = Date.now();
const log = (m) => console.log(`[geheugen] ${((Date.now() - t0) / 1000).toFixed(0).padStart(5)} s  ${m}`);
const mb = (b) => Math.round(b / 1048576);
const slaap = (ms) => new Promise((r) => setTimeout(r, ms));

const metingen = () =>
  existsSync(LOGBESTAND)
    ? readFileSync(LOGBESTAND, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

async function main() {
  const main = join(ROOT, 'dist/server/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error('dist/ is missing: run npm run build:server first');
  const env = { ...process.env, DATABASE_URL: OWNER_URL, APP_DATABASE_URL: APP_URL, DEMO_MODE: 'true', NODE_ENV: 'production' };
  if (spawnSync(process.execPath, [join(ROOT, 'dist/server/apps/api/src/cli/migrate.js')], { env, stdio: 'ignore' }).status !== 0)
    throw new Error('migrate failed');
  const extra = Object.fromEntries(
    (process.env.LOAD_API_ENV ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((kv) => kv.split('=')),
  );
  const port = await vrijePoort();
  const base = `http://127.0.0.1:${port}`;
  // The production flags unless GEHEUGEN_NODE_ARGS says otherwise ("-" for V8's defaults).
  const nodeArgs =
    process.env.GEHEUGEN_NODE_ARGS === undefined
      ? API_NODE_ARGS
      : process.env.GEHEUGEN_NODE_ARGS.split(/\s+/).filter((a) => a && a !== '-');
  const api = spawn(
    process.execPath,
    ['--expose-gc', '--require', join(ROOT, 'tools/load/geheugen-meter.cjs'), ...nodeArgs, main],
    {
      env: {
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SMTP_URL: 'smtp://127.0.0.1:1',
        QUEUE_PREFIX: `rmc-geheugen-${process.pid}`,
        RATE_LIMIT_PER_MINUTE: '1000000',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
        LOG_LEVEL: 'error',
        TOTP_REQUIRED_WITHOUT_REGION: 'false',
        GEHEUGEN_LOG: LOGBESTAND,
        ...extra,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // The API goes with this script, however it ends.
  process.once('exit', () => api.kill('SIGTERM'));
  const su = new pg.Client({ connectionString: OWNER_URL });
  su.on('error', () => undefined);
  await su.connect();
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(`${base}/api/health/ready`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await slaap(500);
    const gcMeting = async () => {
      const voor = metingen().length;
      writeFileSync(`${LOGBESTAND}.gc`, '');
      for (let i = 0; i < 50; i++) {
        await slaap(100);
        const m = metingen()
          .slice(voor)
          .find((x) => x.gc);
        if (m) return m;
      }
      throw new Error('no GC figure from the API');
    };
    const stuur = async (pad, { token, method = 'GET', body, raw, type = 'application/json' } = {}) => {
      const headers = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined || raw !== undefined) headers['content-type'] = type;
      try {
        const r = await fetch(`${base}${pad}`, {
          method,
          headers,
          body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
        });
        const buf = await r.arrayBuffer();
        return {
          status: r.status,
          body: r.headers.get('content-type')?.includes('json') ? JSON.parse(Buffer.from(buf).toString()) : buf,
        };
      } catch (err) {
        if (process.env.GEHEUGEN_DEBUG) console.error(pad, err);
        return { status: 0 };
      }
    };
    const login = async (email) => {
      const r = await stuur('/api/v1/auth/login', { method: 'POST', body: { email, wachtwoord: WACHTWOORD } });
      if (!r.body?.accessToken) throw new Error(`login ${email}: ${r.status}`);
      return r.body.accessToken;
    };
    const rollen = [
      [
        'coordinator@ijssel-vecht.demo',
        [
          '/api/v1/casussen',
          '/api/v1/meldingen?status=ontvangen',
          '/api/v1/overleggen',
          '/api/v1/nazorg/taken',
          '/api/v1/notificaties',
        ],
      ],
      ['consulent@ijssel-vecht.demo', ['/api/v1/casussen', '/api/v1/acties/mijn', '/api/v1/personen', '/api/v1/notificaties']],
      ['wi@ijssel-vecht.demo', ['/api/v1/casussen', '/api/v1/acties/mijn']],
      ['verzuim@ijssel-vecht.demo', ['/api/v1/meldingen', '/api/v1/verzuimagendas', '/api/v1/compliance']],
      ['beleid@ijssel-vecht.demo', ['/api/v1/compliance', '/api/v1/compliance.csv']],
      ['platform@rmc.demo', ['/api/v1/platform/regios', '/api/v1/platform/wachtrijen']],
    ];
    const tokens = [];
    for (const [email] of rollen) tokens.push(await login(email));
    const [coordinator, consulent] = tokens;

    // A case of the region in a phase that takes an intake: its person gets the large inzage file.
    const { rows } = await su.query(
      `SELECT c.id, c.persoon_id FROM casus c JOIN regio r ON r.id = c.regio_id
        WHERE r.naam = 'IJssel-Vecht' AND c.fase IN ('analyseren', 'handelen') ORDER BY c.id LIMIT 1`,
    );
    if (!rows.length) throw new Error('no case in analyseren/handelen in IJssel-Vecht');
    const [{ id: casusId, persoon_id: persoonId }] = rows;

    // The largest intake the length limits allow (TEKST_MAX in shared-domain: 50 answers of 5,000
    // characters, 250,000 in all): the person's inzage PDF is then as large as input can make it. The
    // hostile phase's 200,000-character answer is refused (400) since the limits.
    const grootsteIntake = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`Vraag ${i + 1}`, 'x'.repeat(5000)]));
    const intake = await stuur(`/api/v1/casussen/${casusId}/intake`, {
      method: 'PUT',
      token: consulent,
      body: { datum: '2026-11-02', antwoorden: grootsteIntake },
    });
    if (intake.status !== 200) throw new Error(`intake: ${intake.status}`);

    const diep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const vijandig = async () => {
      const doelen = [
        ['POST', '/api/v1/auth/login', undefined],
        ['POST', '/api/v1/personen', consulent],
        ['POST', '/api/v1/meldingen', coordinator],
        ['PUT', `/api/v1/casussen/${casusId}/intake`, consulent],
      ];
      const lichamen = [
        { body: { email: 'x'.repeat(1_100_000), wachtwoord: 'x', voornaam: 'x' } },
        { body: { voornaam: 'x'.repeat(200_000), achternaam: 'y'.repeat(200_000), email: 'a@b.nl', wachtwoord: 'x' } },
        { raw: diep },
        { raw: '['.repeat(100_000) },
        { raw: '{"voornaam": "a\\u0000b", "email": "\\ud800@x.nl"' },
        { raw: '{"x":1}', type: 'text/plain' },
        { body: { datum: '2026-11-02', antwoorden: { vraag: 'x'.repeat(200_000) } } },
      ];
      let n = 0;
      const statussen = {};
      for (let herhaal = 0; herhaal < 6; herhaal++)
        await Promise.all(
          doelen.map(async ([method, pad, token]) => {
            for (const l of lichamen) {
              const r = await stuur(pad, { method, token, ...l });
              statussen[r.status] = (statussen[r.status] ?? 0) + 1;
              n++;
            }
          }),
        );
      return { n, statussen };
    };
    const exports_ = async () => {
      const pad = `/api/v1/personen/${persoonId}/inzage/pdf`;
      const statussen = {};
      for (let i = 0; i < 10; i++) {
        const r = await stuur(pad, { token: coordinator });
        statussen[r.status] = (statussen[r.status] ?? 0) + 1;
      }
      const burst = await Promise.all(Array.from({ length: 100 }, () => stuur(pad, { token: coordinator })));
      for (const r of burst) statussen[r.status] = (statussen[r.status] ?? 0) + 1;
      return statussen;
    };
    const last = async () => {
      const tot = Date.now() + LAST_S * 1000;
      let n = 0;
      let fouten = 0;
      await Promise.all(
        rollen.map(async ([, paden], k) => {
          for (let i = 0; Date.now() < tot; i++) {
            const r = await stuur(paden[i % paden.length], { token: tokens[k] });
            n++;
            if (r.status === 0 || r.status >= 500) fouten++;
          }
        }),
      );
      return { n, fouten };
    };

    await slaap(3000);
    const rijen = [{ ronde: 'start', piek: metingen().at(-1).rss, piekHeap: metingen().at(-1).heapTotal, ...(await gcMeting()) }];
    for (let ronde = 1; ronde <= RONDES; ronde++) {
      const begin = metingen().length;
      if (FASEN.includes('vijandig')) {
        const v = await vijandig();
        log(`round ${ronde}: hostile input ${v.n} requests ${JSON.stringify(v.statussen)}`);
      }
      if (FASEN.includes('exports')) log(`round ${ronde}: exports ${JSON.stringify(await exports_())}`);
      if (FASEN.includes('last')) {
        const l = await last();
        log(`round ${ronde}: load ${LAST_S} s, ${l.n} requests, ${l.fouten} errors (5xx or no answer)`);
      }
      await slaap(5000);
      const tijdens = metingen().slice(begin);
      const piek = Math.max(...tijdens.map((m) => m.rss));
      const piekHeap = Math.max(...tijdens.map((m) => m.heapTotal));
      rijen.push({ ronde, piek, piekHeap, ...(await gcMeting()) });
      const r = rijen.at(-1);
      log(
        `round ${ronde}: peak RSS ${mb(r.piek)} MB, peak heap total ${mb(r.piekHeap)} MB; after a full GC RSS ${mb(r.rss)} MB, heap used ${mb(r.heapUsed)} MB`,
      );
    }
    log('MB: round | peak RSS | peak heap total | after a full GC: RSS | heap used | heap total | external | array buffers');
    for (const r of rijen)
      log(
        `  ${String(r.ronde).padStart(5)} | ${String(mb(r.piek)).padStart(8)} | ${String(mb(r.piekHeap)).padStart(15)} | ${String(mb(r.rss)).padStart(19)} | ${String(mb(r.heapUsed)).padStart(9)} | ${String(mb(r.heapTotal)).padStart(10)} | ${String(mb(r.external)).padStart(8)} | ${String(mb(r.arrayBuffers)).padStart(13)}`,
      );
    log(
      `load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')} on ${os.cpus().length} cores`,
    );
  } finally {
    await su.end().catch(() => undefined);
    api.kill('SIGTERM');
    rmSync(LOGBESTAND, { force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
