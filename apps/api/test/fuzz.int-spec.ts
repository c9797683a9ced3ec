import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import type { Rol } from '@rmc/shared-domain';
import { PERMISSIE_MATRIX, type Actie, type SubjectType } from '@rmc/shared-authz';
import { Client } from 'pg';
import { migrate } from '@rmc/server-migrations';
import { seedDemo } from '../src/demo/seed-demo';
import { demo, login, PLATFORM, regioId, startApi, type TestApi } from './support/api';
import { testEnv } from './support/env';
import {
  ENGELS,
  kort,
  operaties,
  seedVoor,
  url,
  verzoekArb,
  type Operatie,
  type Pools,
  type Verzoek,
  type VeldSoort,
} from './support/fuzz';

/**
 * Issue 12, part 1: generated requests against every operation of the OpenAPI document, each as a role
 * that holds the route's permission. Pass: no response of 500 or more, and every 4xx is
 * application/problem+json with a Dutch `detail`. All failures are collected per operation and reported
 * together. Deterministic per seed: the seed is printed; FUZZ_SEED replays it, FUZZ_OPS (a regular
 * expression on "METHOD /path") narrows the run, FUZZ_RUNS sets the requests per operation (CI: 30;
 * `npm run test:fuzz`: 200). Operations that end sessions or destroy data run last, in a fixed order.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 30);
const SEED = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : Date.now() % 2 ** 31;
const FILTER = process.env['FUZZ_OPS'] ? new RegExp(process.env['FUZZ_OPS']) : null;
const VERBOSE = process.env['FUZZ_VERBOSE'] === '1' || RUNS >= 100;

type Account = 'coordinator' | 'consulent' | 'verzuim' | 'wi' | 'beleid' | 'mentor' | 'platform';
const ROL: Record<Account, Rol> = {
  coordinator: 'regio-coordinator',
  consulent: 'regio-consulent',
  verzuim: 'school-verzuimcoordinator',
  wi: 'wi-klantmanager',
  beleid: 'beleidsmedewerker',
  mentor: 'school-mentor',
  platform: 'platform-beheerder',
};
const VOORKEUR: Account[] = ['coordinator', 'consulent', 'verzuim', 'wi', 'beleid', 'mentor', 'platform'];

/** Where the first fitting role is not the interesting one; `logout` ends its own session. */
const ROL_VOOR: Record<string, Account | 'logout'> = {
  'POST /api/v1/meldingen/{id}/aanvulling': 'verzuim',
  'POST /api/v1/auth/totp/instellen': 'mentor',
  'POST /api/v1/auth/totp/activeren': 'mentor',
  'PATCH /api/v1/auth/voorkeuren': 'consulent',
  'POST /api/v1/auth/logout': 'logout',
};

/** Run last, in this order: each may end sessions, deactivate accounts or erase records. */
const LAATST = [
  'DELETE /api/v1/systeemkoppelingen/{id}',
  'POST /api/v1/casussen/{id}/delingen/{delingId}/intrekken',
  'PATCH /api/v1/gebruikers/{id}',
  'POST /api/v1/auth/logout',
  'POST /api/v1/personen/{id}/wissen',
  'PATCH /api/v1/organisaties/{id}',
  'PATCH /api/v1/regio/instellingen',
  'PATCH /api/v1/platform/regios/{id}',
];

/** Expensive routes (a PDF, a live stream) get fewer requests. */
const runsVoor = (op: Operatie) => (/\/pdf$|\/stream$/.test(op.path) ? Math.max(5, Math.ceil(RUNS / 5)) : RUNS);

function accountVoor(op: Operatie): Account | 'logout' | null {
  if (ROL_VOOR[op.key]) return ROL_VOOR[op.key];
  if (op.permissie === 'public') return null;
  if (op.permissie === 'session') return 'coordinator';
  const [actie, subject] = op.permissie.split(':') as [Actie, SubjectType];
  return VOORKEUR.find((a) => (PERMISSIE_MATRIX[ROL[a]][subject]?.[actie] ?? '-') !== '-') ?? 'coordinator';
}

interface Fout {
  status: number | string;
  reden: string;
  verzoek: string;
}

describe('OpenAPI fuzz: hostile input never gives a 5xx', () => {
  let api: TestApi;
  const tokens = new Map<string, string | null>();
  let regio: string;
  let vestiging: string;
  let instelling: string;

  // The fuzz erases persons, deactivates accounts and regions and changes region settings: it gets a
  // database of its own (migrated and seeded like the run's), so the other suites keep their demo data.
  const env = testEnv();
  const eigenDb = `${env.DB_NAME}_fuzz`;
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: env.ADMIN_URL });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  const metDb = (u: string) => Object.assign(new URL(u), { pathname: `/${eigenDb}` }).toString();

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${eigenDb} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${eigenDb}`);
    await migrate(metDb(env.vars.DATABASE_URL), metDb(env.vars.APP_DATABASE_URL));
    await seedDemo(metDb(env.vars.APP_DATABASE_URL));
    api = await startApi({
      DATABASE_URL: metDb(env.vars.DATABASE_URL),
      APP_DATABASE_URL: metDb(env.vars.APP_DATABASE_URL),
      QUEUE_PREFIX: `${env.vars.QUEUE_PREFIX}-fuzz`,
    });
    regio = await regioId(api, 'IJssel-Vecht');
    const v = await api.su.query(
      `SELECT l.vestiging_id, ve.instelling_id FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id JOIN vestiging ve ON ve.id = l.vestiging_id WHERE g.email = $1`,
      [demo('verzuim')],
    );
    vestiging = v.rows[0].vestiging_id;
    instelling = v.rows[0].instelling_id;
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    if (process.env['KEEP_TEST_DB'] !== '1') await admin(`DROP DATABASE IF EXISTS ${eigenDb} WITH (FORCE)`);
  }, 60_000);

  const email = (a: Account | 'logout') => (a === 'platform' ? PLATFORM : demo(a === 'logout' ? 'coordinator' : a));

  async function token(a: Account | 'logout' | null, opnieuw = false): Promise<string | undefined> {
    if (!a) return undefined;
    if (!opnieuw && tokens.has(a)) return tokens.get(a) ?? undefined;
    // A session the fuzz ended (logout, a deactivated account) is logged in again; when that fails the
    // requests go without a session (and should answer a 401 problem).
    const t = await login(api, email(a)).catch(() => null);
    tokens.set(a, t);
    return t ?? undefined;
  }

  async function gebruikerId(a: Account | 'logout' | null): Promise<string> {
    if (!a) return '00000000-0000-0000-0000-000000000000';
    return (
      (await api.su.query(`SELECT id FROM gebruiker WHERE email = $1`, [email(a)])).rows[0]?.id ??
      '00000000-0000-0000-0000-000000000000'
    );
  }

  /** Real ids, read fresh before each operation (earlier operations add records). */
  async function pools(op: Operatie, a: Account | 'logout' | null): Promise<Pools> {
    const ik = await gebruikerId(a);
    const q = async (sql: string) =>
      (await api.su.query(`${sql} ORDER BY 1 LIMIT 40`)).rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, w]) => [k, String(w)])),
      );
    const ids = async (sql: string) => (await q(sql)).map((r) => Object.values(r)[0]);
    const R = `'${regio}'::uuid`;
    const V = `'${vestiging}'::uuid`;
    const velden: Partial<Record<VeldSoort, string[]>> = {
      organisatie: await ids(`SELECT id FROM organisatie WHERE regio_id = ${R}`),
      gebruiker: await ids(`SELECT DISTINCT gebruiker_id FROM lidmaatschap WHERE regio_id = ${R}`),
      persoon: await ids(`SELECT id FROM persoon WHERE regio_id = ${R}`),
      casus: await ids(`SELECT id FROM casus WHERE regio_id = ${R}`),
      vestiging: [vestiging, ...(await ids(`SELECT id FROM vestiging WHERE id <> ${V}`))],
      instelling: [instelling, ...(await ids(`SELECT id FROM instelling WHERE id <> '${instelling}'::uuid`))],
      regio: await ids(`SELECT id FROM regio`),
      melding: await ids(`SELECT id FROM melding WHERE regio_id = ${R} OR vestiging_id = ${V}`),
      overlegReeks: await ids(`SELECT id FROM overleg_reeks WHERE regio_id = ${R}`),
      gemeente: await ids(`SELECT code FROM gemeente`),
    };
    const PAD: Array<[RegExp, string]> = [
      [
        /\/casussen\/\{id\}\/delingen\/\{delingId\}/,
        `SELECT casus_id AS id, id AS "delingId" FROM casus_deling WHERE regio_id = ${R}`,
      ],
      [/\/casussen\/\{id\}\/acties\/\{actieId\}/, `SELECT casus_id AS id, id AS "actieId" FROM plan_actie WHERE regio_id = ${R}`],
      [
        /\/overleggen\/\{id\}\/agendapunten\/\{puntId\}/,
        `SELECT overleg_id AS id, id AS "puntId" FROM agendapunt WHERE regio_id = ${R}`,
      ],
      [/\/casussen\/\{id\}/, `SELECT id FROM casus WHERE regio_id = ${R}`],
      [/\/personen\/\{id\}/, `SELECT id FROM persoon WHERE regio_id = ${R}`],
      [/\/organisaties\/\{id\}/, `SELECT id FROM organisatie WHERE regio_id = ${R}`],
      // Not the acting account itself: it would lock the rest of the run out.
      [
        /\/gebruikers\/\{id\}/,
        `SELECT DISTINCT gebruiker_id AS id FROM lidmaatschap WHERE regio_id = ${R} AND gebruiker_id <> '${ik}'::uuid`,
      ],
      [/\/platform\/regios\/\{id\}/, `SELECT id FROM regio`],
      [/\/meldingen\/import\/\{id\}/, `SELECT id FROM import_batch WHERE vestiging_id = ${V}`],
      [/\/meldingen\/\{id\}/, `SELECT id FROM melding WHERE regio_id = ${R} OR vestiging_id = ${V}`],
      [/\/overdrachten\/\{id\}/, `SELECT id FROM overdracht WHERE regio_id = ${R} OR naar_regio_id = ${R}`],
      [/\/overleggen\/\{id\}/, `SELECT id FROM overleg WHERE regio_id = ${R}`],
      [/\/nazorg\/taken\/\{id\}/, `SELECT id FROM nazorg_taak WHERE regio_id = ${R}`],
      [
        /\/verzuimagendas\/\{id\}/,
        `SELECT id FROM verzuimagenda WHERE ${R} = ANY(regio_ids) OR instelling_id = '${instelling}'::uuid`,
      ],
      [/\/notificaties\/\{id\}/, `SELECT id FROM notificatie WHERE gebruiker_id = '${ik}'::uuid`],
      [/\/systeemkoppelingen\/\{id\}/, `SELECT id FROM systeemkoppeling WHERE vestiging_id = ${V}`],
    ];
    const pad = PAD.find(([re]) => re.test(op.path));
    return { velden, pad: pad ? await q(pad[1]) : [] };
  }

  async function stuur(op: Operatie, v: Verzoek, t: string | undefined): Promise<{ status: number; type: string; body: any }> {
    const headers: Record<string, string> = { ...(v.headers ?? {}) };
    if (t) headers['authorization'] = `Bearer ${t}`;
    let body: string | undefined;
    if (v.body !== undefined && op.method !== 'GET') {
      body = 'raw' in v.body ? v.body.raw : JSON.stringify(v.body.json);
      const ct = v.contentType === undefined ? 'application/json' : v.contentType;
      if (ct) headers['content-type'] = ct;
    }
    const res = await fetch(`${api.url}${url(op, v)}`, {
      method: op.method,
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    });
    const type = res.headers.get('content-type') ?? '';
    if (res.status < 400) {
      // PDFs, CSV and live streams: the status is what counts here.
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, type, body: undefined };
    }
    const tekst = await res.text();
    let json: any = tekst;
    try {
      json = JSON.parse(tekst);
    } catch {
      /* keep the text */
    }
    return { status: res.status, type, body: json };
  }

  function beoordeel(r: { status: number; type: string; body: any }): string | null {
    if (r.status >= 500) return `serverfout: ${typeof r.body === 'object' ? r.body?.detail : String(r.body).slice(0, 100)}`;
    if (r.status < 400) return null;
    if (!r.type.includes('application/problem+json')) return `geen problem+json (${r.type || 'geen content-type'})`;
    const detail = r.body?.detail;
    if (typeof detail !== 'string' || !detail.trim()) return 'geen detail';
    const engels = [
      detail,
      ...(Array.isArray(r.body.errors) ? r.body.errors.map((e: { message?: unknown }) => String(e?.message)) : []),
    ].find((m) => ENGELS.test(m));
    if (engels) return `niet-Nederlandse tekst: ${engels.slice(0, 120)}`;
    return null;
  }

  it(
    `every operation, ${RUNS} requests each (FUZZ_RUNS), as a fitting role: no 5xx, every 4xx problem+json in Dutch`,
    async () => {
      const begin = Date.now();
      console.log(`fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}${FILTER ? ` FUZZ_OPS=${FILTER.source}` : ''}`);
      const alle = operaties(api.openapi).filter((op) => !FILTER || FILTER.test(op.key));
      const volgorde = [
        ...alle.filter((op) => !LAATST.includes(op.key)),
        ...LAATST.map((k) => alle.find((op) => op.key === k)).filter((op): op is Operatie => !!op),
      ];
      const fouten = new Map<string, Fout[]>();
      const statussen = new Map<string, Record<string, number>>();
      let verzoeken = 0;

      for (const op of volgorde) {
        const account = accountVoor(op);
        const p = await pools(op, account);
        const monsters = fc.sample(verzoekArb(api.openapi, op, p), { seed: seedVoor(SEED, op.key), numRuns: runsVoor(op) });
        const opBegin = Date.now();
        const telling: Record<string, number> = {};
        for (const v of monsters) {
          let t = await token(account);
          let r: { status: number; type: string; body: any };
          try {
            r = await stuur(op, v, t);
          } catch (e) {
            const lijst = fouten.get(op.key) ?? [];
            lijst.push({ status: 'geen antwoord', reden: (e as Error).message, verzoek: kort(op, v) });
            fouten.set(op.key, lijst);
            verzoeken++;
            continue;
          }
          verzoeken++;
          telling[r.status] = (telling[r.status] ?? 0) + 1;
          if (process.env['FUZZ_DEBUG'] === '1')
            process.stderr.write(
              `${r.status} ${kort(op, v, 300)}\n    ${JSON.stringify(r.body?.errors ?? r.body?.detail ?? '').slice(0, 300)}\n`,
            );
          const reden = beoordeel(r);
          if (reden) {
            const lijst = fouten.get(op.key) ?? [];
            lijst.push({ status: r.status, reden, verzoek: kort(op, v) });
            fouten.set(op.key, lijst);
          }
          // The session ended (logout, a deactivated account, a changed region setting): log in again.
          if (r.status === 401 && t && account) {
            const me = await fetch(`${api.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${t}` } });
            await me.body?.cancel();
            if (me.status === 401) t = await token(account, true);
          }
        }
        statussen.set(op.key, telling);
        if (VERBOSE)
          process.stderr.write(
            `fuzz ${op.key} as ${account ?? 'anonymous'}: ${monsters.length} requests, ${Date.now() - opBegin} ms, ${JSON.stringify(telling)}, ${fouten.get(op.key)?.length ?? 0} failures\n`,
          );
      }

      const duur = Math.round((Date.now() - begin) / 1000);
      const vijfhonderd = [...statussen.values()].reduce(
        (n, t) => n + Object.entries(t).reduce((m, [s, k]) => m + (Number(s) >= 500 ? k : 0), 0),
        0,
      );
      const samenvatting = {
        seed: SEED,
        runs: RUNS,
        operaties: volgorde.length,
        verzoeken,
        serverfouten: vijfhonderd,
        operatiesMetFouten: fouten.size,
        duurSeconden: duur,
      };
      console.log(`fuzz: ${JSON.stringify(samenvatting)}`);
      if (process.env['FUZZ_REPORT'])
        writeFileSync(
          process.env['FUZZ_REPORT'],
          JSON.stringify(
            { ...samenvatting, statussen: Object.fromEntries(statussen), fouten: Object.fromEntries(fouten) },
            null,
            2,
          ),
        );

      const rapport = [...fouten.entries()].map(([key, lijst]) => {
        const groepen = new Map<string, Fout[]>();
        for (const f of lijst) groepen.set(`${f.status} ${f.reden}`, [...(groepen.get(`${f.status} ${f.reden}`) ?? []), f]);
        return [
          `${key} (${lijst.length} of ${runsOf(volgorde, key)}):`,
          ...[...groepen.entries()].map(
            ([g, fs]) =>
              `  ${fs.length}× ${g}\n    e.g. ${fs
                .slice(0, 3)
                .map((f) => f.verzoek)
                .join('\n         ')}`,
          ),
        ].join('\n');
      });
      if (rapport.length)
        throw new Error(`Fuzz (FUZZ_SEED=${SEED}): ${fouten.size} operations failed\n\n${rapport.join('\n\n')}`);
      expect(vijfhonderd).toBe(0);
    },
    60 * 60_000,
  );

  const runsOf = (ops: Operatie[], key: string) => runsVoor(ops.find((o) => o.key === key)!);
});
