import { authenticator } from 'otplib';
import { Pool } from 'pg';
import { DEMO_WACHTWOORD } from '../src/demo/seed-demo';
import { call, demo, login, PLATFORM, type TestApi } from './support/api';
import type { TestProvider } from './support/oidc-provider';
import {
  me as meIn,
  nieuweGebruiker as nieuweGebruikerIn,
  setCookies,
  SSO_CLIENT,
  ssoLogin as ssoLoginIn,
  startSsoOmgeving,
  stopSsoOmgeving,
  uniek,
  type SsoOmgeving,
} from './support/sso';

/**
 * Single sign-on per organisation (issue 15, docs/adr/0017-oidc-sso.md) against a real OpenID Connect
 * provider (oidc-provider in a child process, support/sso.ts): the admin routes, login and linking,
 * refusals (unknown, foreign domain, not a member, unverified address), the MFA rule, the TOTP step,
 * school instellingen, tampered state and ID tokens. Logout and password login off: sso-logout.int-spec.ts.
 */
describe('single sign-on (OIDC)', () => {
  let o: SsoOmgeving;
  let api: TestApi;
  let op: TestProvider;
  let coordinator: string;
  let idpId: string;
  const CLIENT = SSO_CLIENT;
  const nieuweGebruiker = (email: string, als?: string) => nieuweGebruikerIn(o, email, als);
  const ssoLogin = (sub: string, extra?: Parameters<typeof ssoLoginIn>[2], opties?: Parameters<typeof ssoLoginIn>[3]) =>
    ssoLoginIn(o, sub, extra, opties);
  const me = (sessie: string) => meIn(o, sessie);

  beforeAll(async () => {
    o = await startSsoOmgeving();
    ({ api, op, coordinator, idpId } = o);
  });
  afterAll(() => stopSsoOmgeving(o));

  describe('configuration', () => {
    it('stores the client secret encrypted and never returns it', async () => {
      const res = await call(api, 'GET', `/api/v1/identiteitsproviders/${idpId}`, { token: coordinator });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        naam: 'Gemeente Test-IdP',
        domeinen: ['ijssel-vecht.demo'],
        gebruikerClaim: 'email',
        clientSecretIngesteld: true,
        redirectUri: 'http://localhost:4200/api/v1/auth/sso/callback',
        backchannelLogoutUri: `http://localhost:4200/api/v1/auth/sso/${idpId}/backchannel-logout`,
      });
      expect(JSON.stringify(res.body)).not.toContain(CLIENT.client_secret);
      const { rows } = await api.su.query(`SELECT client_secret_versleuteld FROM sso_idp WHERE id = $1`, [idpId]);
      expect(rows[0].client_secret_versleuteld).toMatch(/^v1\./);
      expect(rows[0].client_secret_versleuteld).not.toContain(CLIENT.client_secret);
    });

    it('lists the public buttons by name only', async () => {
      const res = await call(api, 'GET', '/api/v1/auth/sso/providers');
      expect(res.status).toBe(200);
      expect(res.body).toContainEqual({ id: idpId, naam: 'Gemeente Test-IdP' });
    });

    it('another region neither sees nor changes the provider (404), and a region cannot configure an instelling', async () => {
      const twente = await login(api, demo('coordinator', 'twente'));
      expect((await call(api, 'GET', `/api/v1/identiteitsproviders/${idpId}`, { token: twente })).status).toBe(404);
      expect(
        (await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, { token: twente, body: { actief: false } })).status,
      ).toBe(404);
      const lijst = await call(api, 'GET', '/api/v1/identiteitsproviders', { token: twente });
      expect(lijst.body.map((i: { id: string }) => i.id)).not.toContain(idpId);
      const fout = await call(api, 'POST', '/api/v1/identiteitsproviders', {
        token: twente,
        body: { naam: 'X', instellingId: idpId, issuer: op.issuer, clientId: 'x', clientSecret: 'y', domeinen: ['twente.demo'] },
      });
      expect(fout.status).toBe(400);
      const consulent = await login(api, demo('consulent'));
      expect((await call(api, 'GET', '/api/v1/identiteitsproviders', { token: consulent })).status).toBe(403);
    });

    it('refuses an allowed-domain entry that is not a domain', async () => {
      const res = await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, {
        token: coordinator,
        body: { domeinen: ['@ijssel-vecht.demo'] },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('domeinen');
    });
  });

  describe('login', () => {
    it('links an existing member with a verified address on the first login, and finds it by sub later', async () => {
      const email = `sso-${uniek()}@ijssel-vecht.demo`;
      const id = await nieuweGebruiker(email);
      const sub = `sub-${uniek()}`;
      await op.account(sub, { email: email.toUpperCase(), email_verified: true, name: 'Test SSO' });
      const eerste = await ssoLogin(sub, { amr: ['pwd', 'mfa'] });
      expect(eerste.location).toBe('/');
      expect(eerste.sessie).toBeTruthy();
      const ik = await me(eerste.sessie!);
      expect(ik.status).toBe(200);
      expect(ik.body.gebruiker.id).toBe(id);
      const { rows } = await api.su.query(`SELECT gebruiker_id FROM sso_koppeling WHERE idp_id = $1 AND subject = $2`, [
        idpId,
        sub,
      ]);
      expect(rows).toEqual([{ gebruiker_id: id }]);
      // The provider changes the address: the link (by sub) still finds the account.
      await op.account(sub, { email: 'ander-adres@ijssel-vecht.demo', email_verified: true });
      const tweede = await ssoLogin(sub, { amr: ['mfa'] });
      expect((await me(tweede.sessie!)).body.gebruiker.id).toBe(id);
      const audit = await api.su.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE actie = 'login' AND subject_id = $1 AND doel LIKE '%eenmalige%'`,
        [id],
      );
      expect(audit.rows[0].n).toBe(2);
    });

    it('refuses an unknown address, a foreign domain, a non-member and an unverified address — the same answer, no account made', async () => {
      const gevallen: Array<[string, Record<string, unknown>]> = [
        ['onbekend', { email: `niemand-${uniek()}@ijssel-vecht.demo`, email_verified: true }],
        ['vreemd-domein', { email: demo('consulent', 'twente'), email_verified: true }],
        ['geen-lid', { email: demo('leerplicht'), email_verified: true }],
        ['niet-geverifieerd', { email: demo('consulent'), email_verified: false }],
      ];
      const voor = (await api.su.query(`SELECT count(*)::int AS n FROM gebruiker`)).rows[0].n;
      for (const [naam, claims] of gevallen) {
        const sub = `sub-${naam}-${uniek()}`;
        await op.account(sub, claims);
        const r = await ssoLogin(sub, { amr: ['mfa'] });
        expect({ naam, location: r.location, sessie: r.sessie }).toEqual({
          naam,
          location: '/inloggen?sso-fout=geen-toegang',
          sessie: undefined,
        });
      }
      expect((await api.su.query(`SELECT count(*)::int AS n FROM gebruiker`)).rows[0].n).toBe(voor);
      expect(
        (
          await api.su.query(
            `SELECT count(*)::int AS n FROM sso_koppeling WHERE subject LIKE 'sub-onbekend%' OR subject LIKE 'sub-vreemd%' OR subject LIKE 'sub-geen-lid%'`,
          )
        ).rows[0].n,
      ).toBe(0);
    });

    it('MFA asserted by the provider (amr or a configured acr): no TOTP, and no TOTP setup gate in a region that requires TOTP', async () => {
      const email = `sso-mfa-${uniek()}@ijssel-vecht.demo`;
      await nieuweGebruiker(email);
      const sub = `sub-mfa-${uniek()}`;
      await op.account(sub, { email, email_verified: true });
      // The region requires TOTP for the length of this test (set directly: the coordinator has no TOTP).
      const zet = (totpVerplicht: boolean) =>
        api.su.query(
          `UPDATE regio SET instellingen = instellingen || jsonb_build_object('totpVerplicht', $1::boolean) WHERE naam = 'IJssel-Vecht'`,
          [totpVerplicht],
        );
      // An acr counts only when the provider's config names it (set before the coordinator meets the TOTP gate).
      await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, {
        token: coordinator,
        body: { mfaAcr: ['urn:test:mfa'] },
      });
      await zet(true);
      try {
        const metMfa = await ssoLogin(sub, { amr: ['pwd', 'otp'] });
        expect(metMfa.location).toBe('/');
        expect((await me(metMfa.sessie!)).body.totpInstellenVereist).toBe(false);
        const personen = await call(api, 'GET', '/api/v1/personen', { headers: { cookie: `rmc_sessie=${metMfa.sessie}` } });
        expect(personen.status).toBe(200);
        // Without MFA the region's rule applies: the TOTP setup gate.
        const zonder = await ssoLogin(sub, { amr: ['pwd'] });
        expect(zonder.location).toBe('/');
        expect((await me(zonder.sessie!)).body.totpInstellenVereist).toBe(true);
        const geweigerd = await call(api, 'GET', '/api/v1/personen', { headers: { cookie: `rmc_sessie=${zonder.sessie}` } });
        expect(geweigerd.body.code).toBe('totp-instellen-vereist');
        expect((await me((await ssoLogin(sub, { acr: 'urn:test:andere' })).sessie!)).body.totpInstellenVereist).toBe(true);
        const acr = await ssoLogin(sub, { acr: 'urn:test:mfa' });
        expect((await me(acr.sessie!)).body.totpInstellenVereist).toBe(false);
      } finally {
        await zet(false);
        await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, { token: coordinator, body: { mfaAcr: [] } });
      }
    });

    it('without an MFA claim a user with TOTP gets the TOTP step (once per code, failures counted); with MFA it is skipped', async () => {
      const email = `sso-totp-${uniek()}@ijssel-vecht.demo`;
      await nieuweGebruiker(email);
      const token = await login(api, email);
      const { body: setup } = await call(api, 'POST', '/api/v1/auth/totp/instellen', { token });
      expect(
        (await call(api, 'POST', '/api/v1/auth/totp/activeren', { token, body: { code: authenticator.generate(setup.secret) } }))
          .status,
      ).toBe(204);
      const sub = `sub-totp-${uniek()}`;
      await op.account(sub, { email, email_verified: true });
      expect((await ssoLogin(sub, { amr: ['mfa'] })).location).toBe('/');

      const stap = await ssoLogin(sub, { amr: ['pwd'] });
      expect(stap).toMatchObject({ location: '/inloggen?sso=totp', sessie: undefined });
      expect(stap.sso).toBeTruthy();
      const totp = (code: string, cookie = stap.sso!) =>
        call(api, 'POST', '/api/v1/auth/sso/totp', { body: { totp: code }, headers: { cookie: `rmc_sso=${cookie}` } });
      const fout = await totp('000000');
      expect(fout.status).toBe(401);
      const code = authenticator.clone({ epoch: Date.now() + 30_000 }).generate(setup.secret);
      const goed = await totp(code);
      expect(goed.status).toBe(200);
      const sessie = setCookies(goed.headers)['rmc_sessie'];
      expect((await me(sessie!)).status).toBe(200);
      // The attempt is used up.
      expect((await totp(code)).status).toBe(401);
      // The wrong code was counted against the address (ADR 0012).
      const { rows } = await api.su.query(`SELECT mislukte_pogingen FROM gebruiker WHERE email = $1`, [email]);
      expect(rows[0].mislukte_pogingen).toBe(1);
    });
  });

  describe('school instellingen (configured by the platform)', () => {
    it('the platform configures a provider for an instelling; a member of one of its vestigingen logs in with it', async () => {
      const platform = await login(api, PLATFORM);
      const { rows } = await api.su.query(
        `SELECT v.instelling_id FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id JOIN vestiging v ON v.id = l.vestiging_id WHERE g.email = $1`,
        [demo('mentor')],
      );
      const zonderInstelling = await call(api, 'POST', '/api/v1/identiteitsproviders', {
        token: platform,
        body: {
          naam: 'School',
          issuer: op.issuer,
          clientId: CLIENT.client_id,
          clientSecret: 'x',
          domeinen: ['ijssel-vecht.demo'],
        },
      });
      expect(zonderInstelling.status).toBe(400);
      const school = await call(api, 'POST', '/api/v1/identiteitsproviders', {
        token: platform,
        body: {
          naam: 'School-IdP',
          instellingId: rows[0].instelling_id,
          issuer: op.issuer,
          clientId: CLIENT.client_id,
          clientSecret: CLIENT.client_secret,
          domeinen: ['ijssel-vecht.demo'],
          wachtwoordLoginUit: true,
        },
      });
      expect(school.status).toBe(201);
      expect(school.body).toMatchObject({ instellingId: rows[0].instelling_id, organisatieId: null, wachtwoordLoginUit: true });
      // The region does not see the platform's provider.
      expect((await call(api, 'GET', `/api/v1/identiteitsproviders/${school.body.id}`, { token: coordinator })).status).toBe(404);
      try {
        const sub = `sub-mentor-${uniek()}`;
        await op.account(sub, { email: demo('mentor'), email_verified: true });
        const r = await ssoLogin(sub, { amr: ['mfa'] }, { idp: school.body.id });
        expect(r.location).toBe('/');
        expect((await me(r.sessie!)).body.rollen).toEqual(['school-mentor']);
        // Password login is off for the instelling's people, not for the region's.
        const ww = await call(api, 'POST', '/api/v1/auth/login', {
          body: { email: demo('mentor'), wachtwoord: DEMO_WACHTWOORD },
        });
        expect(ww.body.code).toBe('wachtwoord-login-uit');
        // The region's provider does not let the school's mentor in (no membership in the RMC team).
        await op.account(`${sub}-regio`, { email: demo('mentor'), email_verified: true });
        expect((await ssoLogin(`${sub}-regio`, { amr: ['mfa'] })).location).toBe('/inloggen?sso-fout=geen-toegang');
      } finally {
        await call(api, 'PATCH', `/api/v1/identiteitsproviders/${school.body.id}`, { token: platform, body: { actief: false } });
      }
      expect(
        (await call(api, 'POST', '/api/v1/auth/login', { body: { email: demo('mentor'), wachtwoord: DEMO_WACHTWOORD } })).status,
      ).toBe(200);
    });
  });

  describe('who changes which provider (ADR 0017, decision 2)', () => {
    it('the platform reads a region’s provider but cannot change it (404, also when RLS alone decides); the region changes its own', async () => {
      const platform = await login(api, PLATFORM);
      const gelezen = await call(api, 'GET', `/api/v1/identiteitsproviders/${idpId}`, { token: platform });
      expect(gelezen.status).toBe(200);
      expect(
        (await call(api, 'GET', '/api/v1/identiteitsproviders', { token: platform })).body.map((i: { id: string }) => i.id),
      ).toContain(idpId);
      const wijzig = await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, {
        token: platform,
        body: { actief: false, naam: 'Overgenomen door het platform' },
      });
      expect(wijzig.status).toBe(404);
      // The platform cannot create one for a region's organisation either (it may name only an instelling).
      const maak = await call(api, 'POST', '/api/v1/identiteitsproviders', {
        token: platform,
        body: {
          naam: 'Regio via platform',
          organisatieId: gelezen.body.organisatieId,
          issuer: op.issuer,
          clientId: 'x',
          clientSecret: 'y',
          domeinen: ['ijssel-vecht.demo'],
        },
      });
      expect(maak.status).toBe(400);
      const { rows } = await api.su.query(`SELECT naam, actief FROM sso_idp WHERE id = $1`, [idpId]);
      expect(rows[0]).toEqual({ naam: 'Gemeente Test-IdP', actief: true });
      // RLS on its own: as the platform, an UPDATE of a region's row changes nothing, an INSERT is refused.
      const pool = new Pool({ connectionString: api.config.appDatabaseUrl, max: 1 });
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('app.platform', 'on', true)`);
        expect((await client.query(`UPDATE sso_idp SET naam = 'Overgenomen' WHERE id = $1`, [idpId])).rowCount).toBe(0);
        expect((await client.query(`SELECT count(*)::int AS n FROM sso_idp WHERE id = $1`, [idpId])).rows[0].n).toBe(1);
        await expect(
          client.query(
            `INSERT INTO sso_idp (regio_id, organisatie_id, naam, issuer, client_id, client_secret_versleuteld, domeinen)
             SELECT regio_id, organisatie_id, 'Platform', 'https://idp.example', 'x', 'v1.a.b.c', '{example.nl}' FROM sso_idp WHERE id = $1`,
            [idpId],
          ),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await client.query('ROLLBACK');
        client.release();
        await pool.end();
      }
      // The region changes its own.
      const eigen = await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, {
        token: coordinator,
        body: { naam: 'Gemeente Test-IdP' },
      });
      expect(eigen.status).toBe(200);
    });
  });

  describe('tampering', () => {
    let sub: string;
    beforeAll(async () => {
      const email = `sso-knoei-${uniek()}@ijssel-vecht.demo`;
      await nieuweGebruiker(email);
      sub = `sub-knoei-${uniek()}`;
      await op.account(sub, { email, email_verified: true });
    });

    it('refuses a tampered state, and a callback without the cookie of the attempt', async () => {
      const r = await ssoLogin(sub, { amr: ['mfa'] }, { wijzigCallback: (u) => u.searchParams.set('state', 'anders') });
      expect(r).toEqual({ location: '/inloggen?sso-fout=ongeldig', sessie: undefined, sso: undefined });
      const z = await ssoLogin(sub, { amr: ['mfa'] }, { zonderCookie: true });
      expect(z.location).toBe('/inloggen?sso-fout=verlopen');
    });

    it('refuses an ID token with a broken signature, and one signed for another nonce', async () => {
      await op.knoei('handtekening');
      expect((await ssoLogin(sub, { amr: ['mfa'] })).location).toBe('/inloggen?sso-fout=ongeldig');
      await op.knoei('nonce');
      expect((await ssoLogin(sub, { amr: ['mfa'] })).location).toBe('/inloggen?sso-fout=ongeldig');
      // Untampered, the same account logs in.
      expect((await ssoLogin(sub, { amr: ['mfa'] })).location).toBe('/');
    });
  });
});
