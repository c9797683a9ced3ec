import { dataSourceOptions } from '@rmc/server-database';
import { identityMailOntvanger } from '@rmc/server-identity';
import { MailRelay } from '@rmc/server-notificaties';
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { authenticator } from 'otplib';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DEMO_WACHTWOORD } from '../src/demo/seed-demo';
import { call, demo, login, PLATFORM, startApi, type Res, type TestApi } from './support/api';
import { startSink } from './support/processes';

/**
 * Authentication gaps of issue 12 (ASVS L2): TOTP replay, lockout without account enumeration,
 * password policy, Origin/Sec-Fetch-Site on cookie writes, an outbox without usable links, reduced
 * grants on the tables without RLS, the cap on school-system tokens, and 403 on lists outside a
 * role's matrix.
 */
describe('authentication hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const uniek = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  /** A problem body without its per-request trace id. */
  const zonderTrace = (r: Res) => ({
    status: r.status,
    type: r.headers.get('content-type'),
    body: { ...r.body, traceId: undefined },
  });
  /** The throttle key of an address, as ADR 0012 describes it (HMAC with a key derived from PSEUDONYM_KEY). */
  const sleutelVan = (email: string) =>
    createHmac('sha256', Buffer.from(hkdfSync('sha256', api.config.pseudonymKey, 'rmc-login-poging', 'login-throttle', 32)))
      .update(email.toLowerCase())
      .digest('hex');
  const inloggen = (email: string, wachtwoord: string, totp?: string) =>
    call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord, ...(totp ? { totp } : {}) } });

  async function nieuweGebruiker(email: string): Promise<string> {
    const { rows } = await api.su.query(
      `WITH g AS (INSERT INTO gebruiker (email, naam, wachtwoord_hash) SELECT $1, 'Test', wachtwoord_hash FROM gebruiker WHERE email = $2 RETURNING id)
       INSERT INTO lidmaatschap (gebruiker_id, rol, regio_id, organisatie_id)
       SELECT g.id, l.rol, l.regio_id, l.organisatie_id FROM g, lidmaatschap l JOIN gebruiker d ON d.id = l.gebruiker_id WHERE d.email = $2 RETURNING gebruiker_id`,
      [email, demo('consulent')],
    );
    return rows[0].gebruiker_id;
  }

  describe('TOTP replay', () => {
    it('a code is used once: the same code (or one of an older step) is refused like a wrong code', async () => {
      const email = `replay-${uniek()}@example.org`;
      const id = await nieuweGebruiker(email);
      const token = await login(api, email);
      const { body: setup } = await call(api, 'POST', '/api/v1/auth/totp/instellen', { token });
      const activatie = authenticator.generate(setup.secret);
      expect((await call(api, 'POST', '/api/v1/auth/totp/activeren', { token, body: { code: activatie } })).status).toBe(204);
      // The activation code is spent: it cannot log in.
      expect((await inloggen(email, DEMO_WACHTWOORD, activatie)).status).toBe(401);

      // Forget the spent step, then log in once with the current code ...
      await api.su.query(`UPDATE gebruiker SET totp_laatste_stap = NULL WHERE id = $1`, [id]);
      const code = authenticator.generate(setup.secret);
      const eerst = await inloggen(email, DEMO_WACHTWOORD, code);
      expect(eerst.status).toBe(200);
      // ... the same code again is refused exactly like a wrong code.
      const nogmaals = await inloggen(email, DEMO_WACHTWOORD, code);
      const fout = await inloggen(email, DEMO_WACHTWOORD, code === '123456' ? '654321' : '123456');
      expect(nogmaals.status).toBe(401);
      expect(zonderTrace(nogmaals)).toEqual(zonderTrace(fout));
      // A code of the previous step is inside the window but older than the last used step.
      const vorige = authenticator.clone({ epoch: Date.now() - 30_000 }).generate(setup.secret);
      expect((await inloggen(email, DEMO_WACHTWOORD, vorige)).status).toBe(401);
      const { rows } = await api.su.query(`SELECT totp_laatste_stap::bigint AS stap FROM gebruiker WHERE id = $1`, [id]);
      expect(Number(rows[0].stap)).toBeGreaterThanOrEqual(Math.floor(Date.now() / 30_000) - 1);
    });
  });

  describe('lockout without account enumeration', () => {
    it('a known and an unknown address get the same answers, also after the lock; the right password during a lock gets the same 401', async () => {
      const bekend = `bekend-${uniek()}@example.org`;
      const onbekend = `onbekend-${uniek()}@example.org`;
      await nieuweGebruiker(bekend);
      for (let i = 0; i < 6; i++) {
        const a = await inloggen(bekend, 'Verkeerd-wachtwoord-1');
        const b = await inloggen(onbekend, 'Verkeerd-wachtwoord-1');
        expect(a.status).toBe(401);
        expect(zonderTrace(a)).toEqual(zonderTrace(b));
      }
      const goedMaarGeblokkeerd = await inloggen(bekend, DEMO_WACHTWOORD);
      const onbekendGeblokkeerd = await inloggen(onbekend, DEMO_WACHTWOORD);
      expect(goedMaarGeblokkeerd.status).toBe(401);
      expect(zonderTrace(goedMaarGeblokkeerd)).toEqual(zonderTrace(onbekendGeblokkeerd));
      expect(goedMaarGeblokkeerd.body.detail).toMatch(/tijdelijk geblokkeerd/);

      // Both addresses have a counter, keyed by an HMAC: the table holds no address.
      const { rows } = await api.su.query(
        `SELECT sleutel, mislukt, geblokkeerd_tot > now() AS geblokkeerd FROM login_poging WHERE sleutel = ANY($1) ORDER BY mislukt`,
        [[sleutelVan(bekend), sleutelVan(onbekend)]],
      );
      expect(rows.map((r) => ({ mislukt: r.mislukt, geblokkeerd: r.geblokkeerd }))).toEqual([
        { mislukt: 5, geblokkeerd: true },
        { mislukt: 5, geblokkeerd: true },
      ]);
      const alles = await api.su.query(`SELECT * FROM login_poging`);
      expect(JSON.stringify(alles.rows)).not.toMatch(/example\.org|bekend/);
    });

    it('a wrong password costs the same time for a known and an unknown address (one argon2 verify each)', async () => {
      const bekend = `tijd-${uniek()}@example.org`;
      await nieuweGebruiker(bekend);
      const meet = async (email: string) => {
        const t0 = performance.now();
        await inloggen(email, 'Verkeerd-wachtwoord-1');
        return performance.now() - t0;
      };
      const a: number[] = [];
      const b: number[] = [];
      // Alternate, and stay below the lock (4 failures each).
      for (let i = 0; i < 4; i++) {
        a.push(await meet(bekend));
        b.push(await meet(`tijd-onbekend-${uniek()}@example.org`));
      }
      const mediaan = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
      const verhouding = mediaan(a) / mediaan(b);
      expect(verhouding).toBeGreaterThan(0.5);
      expect(verhouding).toBeLessThan(2);
    });

    it('a successful login clears the counter of its address', async () => {
      const email = `wis-${uniek()}@example.org`;
      await nieuweGebruiker(email);
      for (let i = 0; i < 3; i++) await inloggen(email, 'Verkeerd-wachtwoord-1');
      const teller = () => api.su.query(`SELECT mislukt FROM login_poging WHERE sleutel = $1`, [sleutelVan(email)]);
      expect((await teller()).rows).toEqual([{ mislukt: 3 }]);
      expect((await inloggen(email.toUpperCase(), DEMO_WACHTWOORD)).status).toBe(200);
      expect((await teller()).rows).toEqual([]);
    });
  });

  describe('invitation mail without a usable link in the outbox, and the password policy', () => {
    it('the outbox holds a placeholder; the relay sends a working link and blanks the body; the password may not contain the name, the address or be a common one', async () => {
      const sink = await startSink();
      const coord = await login(api, demo('coordinator'));
      const orgs = await call(api, 'GET', '/api/v1/organisaties', { token: coord });
      const organisatieId = (orgs.body.items ?? orgs.body).find((o: { soort: string }) => o.soort === 'regio-team').id;
      const email = `collega-${uniek()}@example.org`;
      const res = await call(api, 'POST', '/api/v1/gebruikers/uitnodigingen', {
        token: coord,
        body: { email, naam: 'Fenna van Hoogeveen', rol: 'regio-consulent', organisatieId },
      });
      expect(res.status).toBe(201);

      const { rows } = await api.su.query(`SELECT id, tekst, wachtwoord_token_id FROM email_outbox WHERE ontvanger = $1`, [
        email,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0].tekst).toContain('/wachtwoord-instellen#token={{token}}');
      expect(rows[0].wachtwoord_token_id).toBeTruthy();
      expect(rows[0].tekst).not.toMatch(/#token=[\w-]{20,}/);

      const ds = new DataSource(dataSourceOptions(api.config.appDatabaseUrl, 2));
      await ds.initialize();
      try {
        expect(await new MailRelay(ds, identityMailOntvanger, createTransport(sink.smtpUrl), 'test@rmc').relay(rows[0].id)).toBe(
          'verzonden',
        );
      } finally {
        await ds.destroy();
      }
      const mail = (await sink.mails()).find((m) => m.outboxId === rows[0].id)!;
      sink.stop();
      const token = /#token=([\w-]{40,})/.exec(mail.text)![1];
      const { rows: na } = await api.su.query(`SELECT tekst, status FROM email_outbox WHERE id = $1`, [rows[0].id]);
      expect(na[0]).toEqual({ tekst: '', status: 'verzonden' });
      // Only the hash of the sent link is stored.
      const { rows: t } = await api.su.query(`SELECT token_hash FROM wachtwoord_token WHERE id = $1`, [
        rows[0].wachtwoord_token_id,
      ]);
      expect(t[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));

      const instellen = (wachtwoord: string) =>
        call(api, 'POST', '/api/v1/auth/wachtwoord-instellen', { body: { token, wachtwoord } });
      for (const [wachtwoord, reden] of [
        ['Zomer-HOOGEVEEN-2026', /naam/],
        ['Welkom-Fenna-2026!', /naam/],
        ['Collega-Zomer-2026!', /e-mailadres/],
        ['Films+Pic+Galeries', /veelgebruikte wachtwoorden/],
      ] as const) {
        const fout = await instellen(wachtwoord);
        expect(fout.status).toBe(400);
        expect(fout.body.errors).toEqual([{ field: 'wachtwoord', message: expect.stringMatching(reden) }]);
      }
      // Short name parts ("van") are no reason to refuse; the link still works after the refusals.
      expect((await instellen('Van-de-Zomer-2026!')).status).toBe(204);
      expect((await instellen('Van-de-Zomer-2026!')).status).toBe(400);
      expect((await inloggen(email, 'Van-de-Zomer-2026!')).status).toBe(200);
    });
  });

  describe('Origin and Sec-Fetch-Site on cookie-authenticated writes', () => {
    it('refuses a foreign Origin or a cross-site request with 403 problem+json; same origin and bearer tokens pass', async () => {
      const cookieVan = async () => {
        const res = await inloggen(demo('consulent'), DEMO_WACHTWOORD);
        return res.headers.get('set-cookie')!.split(';')[0];
      };
      const portal = { 'x-requested-with': 'rmc-portal' };
      const vreemd = await call(api, 'POST', '/api/v1/auth/logout', {
        headers: { cookie: await cookieVan(), ...portal, origin: 'https://aanvaller.example' },
      });
      expect(vreemd.status).toBe(403);
      expect(vreemd.headers.get('content-type')).toMatch(/problem\+json/);
      expect(vreemd.body.detail).toMatch(/Origin/);
      const crossSite = await call(api, 'POST', '/api/v1/auth/logout', {
        headers: { cookie: await cookieVan(), ...portal, 'sec-fetch-site': 'cross-site' },
      });
      expect(crossSite.status).toBe(403);
      const nullOrigin = await call(api, 'POST', '/api/v1/auth/logout', {
        headers: { cookie: await cookieVan(), ...portal, origin: 'null' },
      });
      expect(nullOrigin.status).toBe(403);
      // A read with a foreign origin is not a write: still fine.
      expect(
        (
          await call(api, 'GET', '/api/v1/auth/me', {
            headers: { cookie: await cookieVan(), origin: 'https://aanvaller.example' },
          })
        ).status,
      ).toBe(200);
      const eigen = await call(api, 'POST', '/api/v1/auth/logout', {
        headers: { cookie: await cookieVan(), ...portal, origin: 'http://localhost:4200', 'sec-fetch-site': 'same-origin' },
      });
      expect(eigen.status).toBe(204);
      const token = await login(api, demo('consulent'));
      expect(
        (
          await call(api, 'POST', '/api/v1/auth/logout', {
            token,
            headers: { origin: 'https://elders.example', 'sec-fetch-site': 'cross-site' },
          })
        ).status,
      ).toBe(204);
    });
  });

  describe('tables without RLS: the app role has only the grants the code uses', () => {
    it('cannot delete sessions or change e-mail addresses, token hashes of sessions or outbox recipients', async () => {
      const pool = new Pool({ connectionString: api.config.appDatabaseUrl, max: 1 });
      try {
        for (const sql of [
          `UPDATE gebruiker SET email = email WHERE false`,
          `UPDATE sessie SET token_hash = token_hash WHERE false`,
          `DELETE FROM sessie WHERE false`,
          `UPDATE email_outbox SET ontvanger = ontvanger WHERE false`,
          `UPDATE systeemkoppeling SET token_hash = token_hash WHERE false`,
          `UPDATE wachtwoord_token SET gebruiker_id = gebruiker_id WHERE false`,
          `DELETE FROM gebruiker WHERE false`,
        ])
          await expect(pool.query(sql)).rejects.toThrow(/permission denied/);
        await expect(pool.query(`UPDATE sessie SET laatst_actief_op = laatst_actief_op WHERE false`)).resolves.toBeTruthy();
      } finally {
        await pool.end();
      }
    });
  });

  describe('school-system tokens', () => {
    it('a vestiging holds at most 10 active tokens: the 11th answers 409; revoking one makes room', async () => {
      const school = await login(api, demo('verzuim'));
      const lijst = await call(api, 'GET', '/api/v1/systeemkoppelingen', { token: school });
      const actief = (lijst.body.items ?? lijst.body).filter((k: { ingetrokken: boolean }) => !k.ingetrokken).length;
      const ids: string[] = [];
      for (let i = actief; i < 10; i++) {
        const res = await call(api, 'POST', '/api/v1/systeemkoppelingen', { token: school, body: { naam: `Koppeling ${i}` } });
        expect(res.status).toBe(201);
        ids.push(res.body.id);
      }
      const teVeel = await call(api, 'POST', '/api/v1/systeemkoppelingen', { token: school, body: { naam: 'Nummer elf' } });
      expect(teVeel.status).toBe(409);
      expect(teVeel.headers.get('content-type')).toMatch(/problem\+json/);
      expect(teVeel.body.detail).toMatch(/al 10 actieve koppelingen/);
      expect((await call(api, 'DELETE', `/api/v1/systeemkoppelingen/${ids[0]}`, { token: school })).status).toBe(204);
      const vervanger = await call(api, 'POST', '/api/v1/systeemkoppelingen', { token: school, body: { naam: 'Vervanger' } });
      expect(vervanger.status).toBe(201);
      // Leave room for other specs that share this database.
      for (const id of [...ids.slice(1), vervanger.body.id])
        expect((await call(api, 'DELETE', `/api/v1/systeemkoppelingen/${id}`, { token: school })).status).toBe(204);
    });
  });

  describe('lists outside a role’s matrix answer 403, not an empty list', () => {
    it('own actions only for roles that work on cases; the consulent list only for roles that read users', async () => {
      const tokens = Object.fromEntries(
        await Promise.all(
          ['beleid', 'verzuim', 'mentor', 'consulent', 'coordinator', 'wi'].map(
            async (p) => [p, await login(api, demo(p))] as const,
          ),
        ),
      );
      const platform = await login(api, PLATFORM);
      for (const token of [tokens['beleid'], tokens['verzuim'], tokens['mentor'], platform])
        expect((await call(api, 'GET', '/api/v1/acties/mijn', { token })).status).toBe(403);
      for (const token of [tokens['consulent'], tokens['wi']])
        expect((await call(api, 'GET', '/api/v1/acties/mijn', { token })).status).toBe(200);
      expect((await call(api, 'GET', '/api/v1/meldingen/consulenten', { token: tokens['verzuim'] })).status).toBe(403);
      expect((await call(api, 'GET', '/api/v1/meldingen/consulenten', { token: tokens['coordinator'] })).status).toBe(200);
    });
  });
});
