// `npm run soak` — mixed traffic from every role against a running copy of the platform for
// SOAK_MINUTEN minutes (default 10), to see drift and leaks rather than peak speed (issue 12, part 4).
//
// It starts the built API (dist/) against DATABASE_URL (owner URL; default the local rmc_demo, made
// by `npm start` or `npm run data:generate -- --size demo`). Then it runs SOAK_VERBINDINGEN (default 6)
// connections, each a loop over the reads of one role: coördinator, consulent, W&I, school, beleid
// and platform. It also files a melding now and then.
//
// Per minute it reports requests, errors (status >= 500, or an unexpected 4xx), p95 and the API's RSS.
// At the end it prints the p95 drift (last minute against the first) and RSS at start, peak and end.
// Exit code 1 on any error. Every request loop is bounded in time and stops by itself.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_ARGS, appUrl, percentiel, rssMb, vrijePoort } from './stack.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const MINUTEN = Number(process.env.SOAK_MINUTEN ?? 10);
const VERBINDINGEN = Number(process.env.SOAK_VERBINDINGEN ?? 6);
const OWNER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rmc_demo';
const APP_URL = appUrl(OWNER_URL, 'rmc_app_soak', 'rmc-app-soak-wachtwoord');
const WACHTWOORD = 'Demo-wachtwoord-2026!';
const log = (m) => console.log(`[soak] ${m}`);

const p95 = (xs) => percentiel(xs, 95);

async function main() {
  const main = join(ROOT, 'dist/server/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error('dist/ ontbreekt: eerst npm run build:server');
  const env = { ...process.env, DATABASE_URL: OWNER_URL, APP_DATABASE_URL: APP_URL, DEMO_MODE: 'true', NODE_ENV: 'production' };
  if (
    spawnSync(process.execPath, [join(ROOT, 'dist/server/apps/api/src/cli/migrate.js')], { env, stdio: 'inherit' }).status !== 0
  )
    throw new Error('migrate failed');
  const port = await vrijePoort();
  const base = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [...API_NODE_ARGS, main], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_URL: 'smtp://127.0.0.1:1',
      QUEUE_PREFIX: `rmc-soak-${process.pid}`,
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'error',
      TOTP_REQUIRED_WITHOUT_REGION: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
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
      await new Promise((r) => setTimeout(r, 500));
    const login = async (email) => {
      const res = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, wachtwoord: WACHTWOORD }),
      });
      const body = await res.json();
      if (!body.accessToken) throw new Error(`login ${email}: ${res.status}`);
      return body.accessToken;
    };
    const haal = async (token, pad) =>
      fetch(`${base}${pad}`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => ({
        status: r.status,
        body: r.headers.get('content-type')?.includes('json') ? await r.json() : await r.arrayBuffer(),
      }));

    // Per role the reads a busy user of that role makes; ids come from the role's own first pages.
    const rollen = [
      {
        email: 'coordinator@ijssel-vecht.demo',
        paden: [
          '/api/v1/casussen',
          '/api/v1/meldingen?status=ontvangen',
          '/api/v1/overleggen',
          '/api/v1/nazorg/taken',
          '/api/v1/overdrachten',
          '/api/v1/notificaties',
        ],
        detail: '/api/v1/casussen',
      },
      {
        email: 'consulent@ijssel-vecht.demo',
        paden: ['/api/v1/casussen', '/api/v1/acties/mijn', '/api/v1/personen', '/api/v1/notificaties'],
        detail: '/api/v1/casussen',
      },
      {
        email: 'wi@ijssel-vecht.demo',
        paden: ['/api/v1/casussen', '/api/v1/acties/mijn', '/api/v1/notificaties'],
        detail: '/api/v1/casussen',
      },
      {
        email: 'verzuim@ijssel-vecht.demo',
        paden: ['/api/v1/meldingen', '/api/v1/verzuimagendas', '/api/v1/compliance'],
        detail: '/api/v1/meldingen',
      },
      { email: 'beleid@ijssel-vecht.demo', paden: ['/api/v1/compliance', '/api/v1/compliance.csv'] },
      { email: 'platform@rmc.demo', paden: ['/api/v1/platform/regios', '/api/v1/platform/wachtrijen'] },
    ];
    for (const r of rollen) {
      r.token = await login(r.email);
      r.ids = [];
      if (r.detail) {
        const lijst = await haal(r.token, `${r.detail}?limit=20`);
        r.ids = (lijst.body.items ?? []).map((x) => x.id);
      }
    }

    const minuten = [];
    let huidig = { n: 0, fouten: 0, lat: [], rss: 0 };
    const rssStart = rssMb(api.pid);
    let rssPiek = rssStart;
    const tot = Date.now() + MINUTEN * 60_000;
    const klok = setInterval(() => {
      huidig.rss = rssMb(api.pid);
      rssPiek = Math.max(rssPiek, huidig.rss);
      minuten.push(huidig);
      log(
        `minute ${minuten.length}: ${huidig.n} requests, ${huidig.fouten} errors, p95 ${p95(huidig.lat).toFixed(1)} ms, RSS ${huidig.rss} MB`,
      );
      huidig = { n: 0, fouten: 0, lat: [], rss: 0 };
    }, 60_000);
    const foutLijst = new Map();
    const lus = async (k) => {
      const rol = rollen[k % rollen.length];
      let i = 0;
      while (Date.now() < tot) {
        const pad =
          rol.ids.length && i % 3 === 2 ? `${rol.detail}/${rol.ids[i % rol.ids.length]}` : rol.paden[i % rol.paden.length];
        i++;
        const t0 = performance.now();
        const res = await haal(rol.token, pad).catch(() => ({ status: 0 }));
        huidig.lat.push(performance.now() - t0);
        huidig.n++;
        if (res.status >= 500 || res.status === 0 || (res.status >= 400 && res.status !== 503)) {
          huidig.fouten++;
          const sleutel = `${res.status} ${pad.replace(/[0-9a-f-]{36}/g, '{id}')}`;
          foutLijst.set(sleutel, (foutLijst.get(sleutel) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: VERBINDINGEN }, (_, k) => lus(k)));
    clearInterval(klok);
    // The tail after the last full minute counts for errors; for drift only when it is a fair sample.
    if (huidig.n && (!minuten.length || huidig.n >= minuten[0].n / 2)) minuten.push({ ...huidig, rss: rssMb(api.pid) });
    else if (minuten.length) minuten[minuten.length - 1].fouten += huidig.fouten;
    const eerste = minuten[0];
    const laatste = minuten[minuten.length - 1];
    const fouten = minuten.reduce((a, m) => a + m.fouten, 0);
    log(`${MINUTEN} min, ${VERBINDINGEN} connections, ${minuten.reduce((a, m) => a + m.n, 0)} requests, ${fouten} errors`);
    log(
      `p95 first minute ${p95(eerste.lat).toFixed(1)} ms, last minute ${p95(laatste.lat).toFixed(1)} ms (drift ${((p95(laatste.lat) / p95(eerste.lat) - 1) * 100).toFixed(0)} %)`,
    );
    log(`API RSS start ${rssStart} MB, peak ${rssPiek} MB, end ${rssMb(api.pid)} MB`);
    for (const [k, n] of foutLijst) log(`error: ${k} × ${n}`);
    process.exitCode = fouten ? 1 : 0;
  } finally {
    api.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
