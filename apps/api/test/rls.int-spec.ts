import { Pool, type PoolClient } from 'pg';
import { testEnv } from './support/env';

/**
 * Tenancy enforced by PostgreSQL itself, checked through the APP role (no ownership, no BYPASSRLS):
 * every tenant table has FORCE RLS, another region's rows are invisible, unchangeable and
 * uninsertable, a missing context reads zero rows, and pooled connections do not leak context.
 */

/** Tables that are NOT tenant data, with the reason (docs/adr/0003-tenancy-model.md). */
const NIET_TENANT: Record<string, string> = {
  regio: 'the tenant registry itself (names and settings, no personal data)',
  gemeente: 'CBS reference data; regio_id records which region a gemeente belongs to',
  pc4_gemeente: 'postcode reference data',
  instelling: 'shared registry of MBO instellingen (serve many regions)',
  vestiging: 'shared registry of vestigingen',
  gebruiker: 'global professional identity (login by email before any region is known)',
  sessie: 'sessions, looked up by token hash before any region is known',
  wachtwoord_token: 'set-password tokens, looked up by token hash (public route)',
  email_outbox: 'infrastructure; never exposed by the API, no young person data by construction',
  systeemkoppeling: 'school-system API tokens, looked up by token hash before any context (filtered per vestiging by CASL)',
  schema_migraties: 'migration bookkeeping',
  worker_hartslag: 'infrastructure: when the reminder scan last ran (counts only, no tenant data)',
  login_poging:
    'failed-login counters keyed by an HMAC of the address, read before any account or region is known (no address stored)',
  jongere_account:
    'the young person’s login account, found by e-mail address before any context (youth channel; grants cut, erased with the person)',
  jongere_link: 'one-time invitation links of the youth channel, looked up by token hash (public route)',
  jongere_code: 'e-mail login codes of the youth channel (keyed hashes), read by account before any context',
  jongere_sessie: 'youth-channel sessions, looked up by token hash before any context',
  sso_koppeling:
    'single sign-on: a provider subject → account link, read at the callback before any context (no young person data)',
  sso_aanvraag: 'single sign-on logins in progress (state, nonce, PKCE verifier), keyed by a cookie hash before any context',
  sso_sessie: 'single sign-on: the provider sub/sid of a session, read by back-channel logout before any context',
  sso_logout_jti: 'single sign-on: the jti of accepted back-channel logout tokens (replay guard), read before any context',
};

/** A minimal valid row per tenant table, for the given region (ids of the other region's parents). */
function insertFor(table: string, regioId: string, refs: Refs): { sql: string; params: unknown[] } {
  switch (table) {
    case 'organisatie':
      return { sql: `INSERT INTO organisatie (regio_id, naam, soort) VALUES ($1, 'Indringer', 'overig')`, params: [regioId] };
    case 'lidmaatschap':
      return {
        sql: `INSERT INTO lidmaatschap (gebruiker_id, rol, regio_id, organisatie_id) VALUES ($1, 'regio-consulent', $2, $3)`,
        params: [refs.gebruikerId, regioId, refs.orgTwente],
      };
    case 'persoon':
      return {
        sql: `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode) VALUES ($1, '999999999', 'X', 'Y', '2005-01-01', '7511 AA')`,
        params: [regioId],
      };
    case 'casus':
      return {
        sql: `INSERT INTO casus (regio_id, persoon_id, doelgroep) VALUES ($1, $2, 'verzuim-18plus')`,
        params: [regioId, refs.persoonTwente],
      };
    case 'melding':
      return {
        sql: `INSERT INTO melding (regio_id, instelling_id, vestiging_id, soort, status, bsn, voornaam, achternaam, geboortedatum, postcode, begindatum, vermoedelijke_soort,
                melder_naam, melder_functie, volledig, gemeld_op_datum) SELECT $1, v.instelling_id, v.id, 'zorgwekkend', 'ontvangen', '999999999', 'X', 'Y', '2005-01-01', '7511 AA',
                '2026-11-01', 'signaal', 'M', 'F', true, '2026-11-02' FROM vestiging v WHERE v.id = $2`,
        params: [regioId, refs.vestigingTwente],
      };
    case 'melding_gebeurtenis':
      return {
        sql: `INSERT INTO melding_gebeurtenis (melding_id, regio_id, vestiging_id, soort, zichtbaar_voor_school) VALUES ($2, $1, $3, 'test', true)`,
        params: [regioId, refs.meldingTwente, refs.vestigingTwente],
      };
    case 'notificatie':
      return {
        sql: `INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel) VALUES ($2, $1, 'test', 'Test', '/', gen_random_uuid()::text)`,
        params: [regioId, refs.gebruikerId],
      };
    case 'casus_deling':
      return {
        sql: `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, doel, secties, eind_datum, aangemaakt_door) VALUES ($2, $1, $3, 'toestemming', 'test', '{basis}', '2030-01-01', $4)`,
        params: [regioId, refs.casusTwente, refs.orgTwente, refs.gebruikerId],
      };
    case 'levensdomein_scan':
      return {
        sql: `INSERT INTO levensdomein_scan (casus_id, regio_id, datum, scores) VALUES ($2, $1, '2026-11-01', '{}')`,
        params: [regioId, refs.casusTwente],
      };
    case 'plan_actie':
      return {
        sql: `INSERT INTO plan_actie (casus_id, regio_id, omschrijving) VALUES ($2, $1, 'Test')`,
        params: [regioId, refs.casusTwente],
      };
    case 'contactmoment':
      return {
        sql: `INSERT INTO contactmoment (casus_id, regio_id, datum, vorm, uitkomst) VALUES ($2, $1, '2026-11-01', 'brief', 'geen-gehoor')`,
        params: [regioId, refs.casusTwente],
      };
    case 'partner_notitie':
      return {
        sql: `INSERT INTO partner_notitie (casus_id, regio_id, organisatie_id, tekst) VALUES ($2, $1, $3, 'Test')`,
        params: [regioId, refs.casusTwente, refs.orgTwente],
      };
    case 'overdracht':
      // A handover that stays inside Twente (to a Twente organisation): IJssel-Vecht must not see it.
      return {
        sql: `INSERT INTO overdracht (regio_id, naar_organisatie_id, casus_id, grondslag, pakket, aangeboden_door) VALUES ($1, $3, $2, 'Wettelijke taak', '{}', $4)`,
        params: [regioId, refs.casusTwente, refs.orgTwente, refs.gebruikerId],
      };
    case 'herinnering':
      return {
        sql: `INSERT INTO herinnering (regio_id, sleutel, regel, onderwerp_id, ontvanger_id, moment) VALUES ($1, gen_random_uuid()::text, 'test', $2, $3, '2026-11-01')`,
        params: [regioId, refs.casusTwente, refs.gebruikerId],
      };
    case 'nazorg_taak':
      return {
        sql: `INSERT INTO nazorg_taak (regio_id, casus_id, moment) VALUES ($1, $2, '2027-01-01') ON CONFLICT DO NOTHING`,
        params: [regioId, refs.casusTwente],
      };
    case 'overleg':
      return {
        sql: `INSERT INTO overleg (regio_id, soort, titel, start, voorzitter_id, deelnemer_organisaties) VALUES ($1, 'MDO', 'T', now(), $2, '{}')`,
        params: [regioId, refs.gebruikerId],
      };
    case 'overleg_reeks':
      return {
        sql: `INSERT INTO overleg_reeks (regio_id, naam, deelnemer_organisaties) VALUES ($1, 'R', '{}')`,
        params: [regioId],
      };
    case 'overleg_deelnemer':
      return {
        sql: `INSERT INTO overleg_deelnemer (overleg_id, regio_id, gebruiker_id) VALUES ($3, $1, $2)`,
        params: [regioId, refs.gebruikerId, refs.overlegTwente],
      };
    case 'agendapunt':
      return {
        sql: `INSERT INTO agendapunt (overleg_id, regio_id, casus_id, vraag, volgorde) VALUES ($3, $1, $2, 'V', 1)`,
        params: [regioId, refs.casusTwente, refs.overlegTwente],
      };
    case 'plan_actie_status':
      return {
        sql: `INSERT INTO plan_actie_status (actie_id, regio_id, status) VALUES ($2, $1, 'open')`,
        params: [regioId, refs.actieTwente],
      };
    case 'deling_machtiging':
      return {
        sql: `INSERT INTO deling_machtiging (regio_id, casus_id, deling_id, bestandsnaam, mime, grootte, inhoud) VALUES ($1, $2, $3, 'machtiging.pdf', 'application/pdf', 4, '\\x25504446'::bytea)`,
        params: [regioId, refs.delingCasusTwente, refs.delingTwente],
      };
    case 'casus_fase_wijziging':
      return {
        sql: `INSERT INTO casus_fase_wijziging (regio_id, casus_id, van, naar) VALUES ($1, $2, 'waarnemen', 'analyseren')`,
        params: [regioId, refs.casusTwente],
      };
    case 'jongere_afspraak_reactie':
      return {
        sql: `INSERT INTO jongere_afspraak_reactie (regio_id, casus_id, persoon_id, sleutel, reactie) VALUES ($1, $2, $3, 'x', 'bevestigd')`,
        params: [regioId, refs.casusTwente, refs.persoonTwente],
      };
    case 'sso_idp':
      return {
        sql: `INSERT INTO sso_idp (regio_id, organisatie_id, naam, issuer, client_id, client_secret_versleuteld, domeinen) VALUES ($1, $2, 'Indringer', 'https://idp.example', 'x', 'v1.a.b.c', '{example.nl}')`,
        params: [regioId, refs.orgTwente],
      };
    case 'audit_log':
      return {
        sql: `INSERT INTO audit_log (regio_id, actie, subject_type, doel, resultaat) VALUES ($1, 'read', 'Test', 'test', 'toegestaan')`,
        params: [regioId],
      };
  }
  throw new Error(`rls.int-spec: add an insert for new tenant table "${table}"`);
}

interface Refs {
  ijv: string;
  twente: string;
  gebruikerId: string;
  orgTwente: string;
  persoonTwente: string;
  vestigingTwente: string;
  meldingTwente?: string;
  casusTwente?: string;
  overlegTwente?: string;
  actieTwente?: string;
  delingTwente?: string;
  delingCasusTwente?: string;
}

describe('row level security', () => {
  const env = testEnv();
  const su = new Pool({ connectionString: env.vars.DATABASE_URL, max: 2 });
  const app = new Pool({ connectionString: env.vars.APP_DATABASE_URL, max: 2 });
  let refs: Refs;
  /** Every table with FORCE RLS (all but the declared registries). */
  let beschermd: string[];
  /** The subset that carries regio_id: full cross-region checks. */
  let tenantTables: string[];

  beforeAll(async () => {
    const r = await su.query(`SELECT id, naam FROM regio`);
    const ijv = r.rows.find((x) => x.naam === 'IJssel-Vecht').id;
    const twente = r.rows.find((x) => x.naam === 'Twente').id;
    const g = await su.query(`SELECT id FROM gebruiker LIMIT 1`);
    const o = await su.query(`SELECT id FROM organisatie WHERE regio_id = $1 LIMIT 1`, [twente]);
    const p = await su.query(`SELECT id FROM persoon WHERE regio_id = $1 LIMIT 1`, [twente]);
    const v = await su.query(`SELECT id FROM vestiging WHERE naam = 'ROC van Twente Almelo'`);
    refs = {
      ijv,
      twente,
      gebruikerId: g.rows[0].id,
      orgTwente: o.rows[0].id,
      persoonTwente: p.rows[0].id,
      vestigingTwente: v.rows[0].id,
    };
    const t = await su.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    beschermd = t.rows.map((x) => x.tablename).filter((n: string) => !(n in NIET_TENANT));
    const metRegio = await su.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'regio_id'`,
    );
    tenantTables = beschermd.filter((n) => metRegio.rows.some((r) => r.table_name === n));
    // Make sure every tenant table has a Twente row to hide (melding first: events hang on it).
    // Parents first: events hang on meldingen, most rows on a case, agenda items on a meeting, statuses on an action.
    const eerst = ['melding', 'casus', 'overleg', 'plan_actie'];
    for (const table of [...eerst, ...tenantTables.filter((x) => ![...eerst, 'audit_log'].includes(x))]) {
      const n = (await su.query(`SELECT count(*)::int AS n FROM ${table} WHERE regio_id = $1`, [twente])).rows[0].n;
      if (n === 0) {
        const ins = insertFor(table, twente, refs);
        await su.query(ins.sql, ins.params);
      }
      if (table === 'melding')
        refs.meldingTwente = (await su.query(`SELECT id FROM melding WHERE regio_id = $1 LIMIT 1`, [twente])).rows[0].id;
      if (table === 'casus')
        refs.casusTwente = (await su.query(`SELECT id FROM casus WHERE regio_id = $1 LIMIT 1`, [twente])).rows[0].id;
      if (table === 'overleg')
        refs.overlegTwente = (await su.query(`SELECT id FROM overleg WHERE regio_id = $1 LIMIT 1`, [twente])).rows[0].id;
      if (table === 'casus_deling') {
        const d = (
          await su.query(`SELECT id, casus_id FROM casus_deling WHERE regio_id = $1 ORDER BY aangemaakt_op LIMIT 1`, [twente])
        ).rows[0];
        refs.delingTwente = d.id;
        refs.delingCasusTwente = d.casus_id;
      }
      if (table === 'plan_actie')
        refs.actieTwente = (await su.query(`SELECT id FROM plan_actie WHERE regio_id = $1 LIMIT 1`, [twente])).rows[0].id;
    }
  });
  afterAll(async () => {
    await su.end();
    await app.end();
  });

  async function inRegio<T>(client: PoolClient, regioId: string | null, fn: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    try {
      if (regioId) await client.query(`SELECT set_config('app.regio_id', $1, true)`, [regioId]);
      return await fn();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  it('every table is either a declared registry or protected by FORCE RLS', async () => {
    expect(tenantTables.length).toBeGreaterThanOrEqual(8);
    for (const table of beschermd) {
      const { rows } = await su.query(
        `SELECT c.relrowsecurity AS rls, c.relforcerowsecurity AS force,
                EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = c.relname AND column_name = 'regio_id') AS heeft_regio
           FROM pg_class c WHERE c.relname = $1 AND c.relnamespace = 'public'::regnamespace`,
        [table],
      );
      expect({ table, rls: rows[0].rls, force: rows[0].force }).toEqual({ table, rls: true, force: true });
    }
  });

  it('the app role owns nothing and cannot bypass RLS', async () => {
    const { rows } = await app.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await app.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`,
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it('with no region set, every tenant table reads zero rows', async () => {
    const c = await app.connect();
    try {
      for (const table of beschermd.filter((t) => t !== 'audit_log')) {
        const n = await inRegio(c, null, async () => (await c.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
        expect({ table, n }).toEqual({ table, n: 0 });
      }
    } finally {
      c.release();
    }
  });

  it('with IJssel-Vecht set, no Twente row is readable, updatable, deletable or insertable', async () => {
    const c = await app.connect();
    try {
      for (const table of tenantTables) {
        const twenteRows = (await su.query(`SELECT count(*)::int AS n FROM ${table} WHERE regio_id = $1`, [refs.twente])).rows[0]
          .n;
        if (table !== 'audit_log') {
          expect({ table, twenteRows: twenteRows > 0 }).toEqual({ table, twenteRows: true });
          const seen = await inRegio(
            c,
            refs.ijv,
            async () => (await c.query(`SELECT count(*)::int AS n FROM ${table} WHERE regio_id = $1`, [refs.twente])).rows[0].n,
          );
          expect({ table, seen }).toEqual({ table, seen: 0 });
          // A history table without UPDATE grant (casus_fase_wijziging) refuses outright: that changes nothing either.
          const updated = await inRegio(
            c,
            refs.ijv,
            async () =>
              (
                await c.query(`UPDATE ${table} SET regio_id = regio_id WHERE regio_id = $1`, [refs.twente]).catch((e: Error) => {
                  if (/permission denied/.test(e.message)) return { rowCount: 0 };
                  throw e;
                })
              ).rowCount,
          );
          expect({ table, updated }).toEqual({ table, updated: 0 });
          const deleted = await inRegio(
            c,
            refs.ijv,
            async () =>
              (await c.query(`DELETE FROM ${table} WHERE regio_id = $1`, [refs.twente]).catch(() => ({ rowCount: 0 }))).rowCount,
          );
          expect({ table, deleted }).toEqual({ table, deleted: 0 });
        }
        const ins = insertFor(table, refs.twente, refs);
        const err = await inRegio(c, refs.ijv, () =>
          c.query(ins.sql, ins.params).then(
            () => null,
            (e: Error) => e.message,
          ),
        );
        expect({ table, err }).toEqual({ table, err: expect.stringMatching(/row-level security|permission denied/) });
      }
    } finally {
      c.release();
    }
  });

  it('a shared verzuimagenda is visible only to its instelling and its party regions', async () => {
    const c = await app.connect();
    try {
      const rocVanTwente = `SELECT count(*)::int AS n FROM verzuimagenda a JOIN instelling i ON i.id = a.instelling_id WHERE i.naam = 'ROC van Twente'`;
      expect(await inRegio(c, refs.ijv, async () => (await c.query(rocVanTwente)).rows[0].n)).toBe(0);
      expect(await inRegio(c, refs.twente, async () => (await c.query(rocVanTwente)).rows[0].n)).toBeGreaterThan(0);
      const landstede = `SELECT count(*)::int AS n FROM verzuimagenda a JOIN instelling i ON i.id = a.instelling_id WHERE i.naam = 'Landstede MBO'`;
      expect(await inRegio(c, refs.ijv, async () => (await c.query(landstede)).rows[0].n)).toBeGreaterThan(0);
      // A school context (vestiging of ROC van Twente) sees its own meldingen in every region, and only those.
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.vestiging_id', $1, true)`, [refs.vestigingTwente]);
      const vestigingen = (await c.query(`SELECT DISTINCT vestiging_id FROM melding`)).rows.map((r) => r.vestiging_id);
      await c.query('ROLLBACK');
      expect(vestigingen).toEqual([refs.vestigingTwente]);
    } finally {
      c.release();
    }
  });

  it('meldingen: a partner reads only those linked to a case shared with it; RMC reads the region; beleid only the columns compliance counts (ADR 0008)', async () => {
    const c = await app.connect();
    const lees = (rol: string, organisatieId: string | null) =>
      inRegio(c, refs.ijv, async () => {
        await c.query(`SELECT set_config('app.rol', $1, true), set_config('app.organisatie_id', $2, true)`, [
          rol,
          organisatieId ?? '',
        ]);
        return (
          await c.query(
            `SELECT count(*)::int AS n, count(*) FILTER (WHERE casus_id IS NULL OR NOT casus_gedeeld_met_mij(casus_id))::int AS ongedeeld FROM melding`,
          )
        ).rows[0];
      });
    try {
      const wi = (
        await su.query(`SELECT id FROM organisatie WHERE regio_id = $1 AND soort = 'werk-en-inkomen' ORDER BY naam LIMIT 1`, [
          refs.ijv,
        ])
      ).rows[0].id;
      const telIjv = async () =>
        (await su.query(`SELECT count(*)::int AS n FROM melding WHERE regio_id = $1`, [refs.ijv])).rows[0].n;
      if (!(await telIjv())) {
        const ins = insertFor('melding', refs.ijv, refs);
        await su.query(ins.sql, ins.params);
      }
      const inRegioTotaal = await telIjv();
      expect(inRegioTotaal).toBeGreaterThan(0);
      expect((await lees('wi-klantmanager', wi)).ongedeeld).toBe(0);
      expect((await lees('wijkteam-medewerker', null)).n).toBe(0);
      expect((await lees('regio-consulent', null)).n).toBeGreaterThanOrEqual(inRegioTotaal);
      // The beleidsmedewerker reads no melding row itself; compliance counts through a function without personal columns.
      expect((await lees('beleidsmedewerker', null)).n).toBe(0);
      const viaFunctie = (rol: string) =>
        inRegio(c, refs.ijv, async () => {
          await c.query(`SELECT set_config('app.rol', $1, true), set_config('app.organisatie_id', '', true)`, [rol]);
          return (await c.query(`SELECT count(*)::int AS n FROM compliance_meldingen('2000-01-01', '2100-01-01')`)).rows[0].n;
        });
      expect(await viaFunctie('beleidsmedewerker')).toBe(inRegioTotaal);
      expect(await viaFunctie('regio-consulent')).toBe(inRegioTotaal);
      expect(await viaFunctie('wi-klantmanager')).toBe(0);
      const kolommen = (await su.query(`SELECT pg_get_function_result('compliance_meldingen(date, date)'::regprocedure) AS r`))
        .rows[0].r as string;
      for (const persoonlijk of ['bsn', 'voornaam', 'achternaam', 'geboortedatum', 'postcode', 'telefoon'])
        expect(kolommen).not.toMatch(new RegExp(`\\b${persoonlijk}\\b`));
    } finally {
      c.release();
    }
  });

  it('own-region inserts pass the same policies (the test above is not vacuous)', async () => {
    const c = await app.connect();
    try {
      const ins = insertFor('persoon', refs.ijv, refs);
      const n = await inRegio(c, refs.ijv, async () => (await c.query(ins.sql, ins.params)).rowCount);
      expect(n).toBe(1);
    } finally {
      c.release();
    }
  });

  it('a pool of 2 with interleaved regions leaks nothing between transactions', async () => {
    const pool = new Pool({ connectionString: env.vars.APP_DATABASE_URL, max: 2 });
    try {
      const jobs = Array.from({ length: 60 }, (_, i) => (i % 3 === 2 ? null : i % 2 ? refs.ijv : refs.twente));
      const results = await Promise.all(
        jobs.map(async (regio) => {
          const c = await pool.connect();
          try {
            return await inRegio(c, regio, async () => {
              const rows = (await c.query(`SELECT DISTINCT regio_id FROM persoon`)).rows.map((r) => r.regio_id);
              await new Promise((r) => setTimeout(r, Math.random() * 10));
              const setting = (await c.query(`SELECT current_setting('app.regio_id', true) AS s`)).rows[0].s;
              return { regio, rows, setting };
            });
          } finally {
            c.release();
          }
        }),
      );
      for (const r of results) {
        expect(r.rows).toEqual(r.regio ? [r.regio] : []);
        expect(r.setting || null).toBe(r.regio);
      }
      // After the transactions, a fresh statement on a pooled connection carries no region.
      const after = await pool.query(`SELECT count(*)::int AS n FROM persoon`);
      expect(after.rows[0].n).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('the app role may only insert audit rows: not read, update or delete them', async () => {
    const c = await app.connect();
    try {
      for (const sql of [`SELECT * FROM audit_log`, `UPDATE audit_log SET doel = 'x'`, `DELETE FROM audit_log`]) {
        const err = await inRegio(c, refs.ijv, () =>
          c.query(sql).then(
            () => null,
            (e: Error) => e.message,
          ),
        );
        expect({ sql, err }).toEqual({ sql, err: expect.stringMatching(/permission denied/) });
      }
    } finally {
      c.release();
    }
  });
});
