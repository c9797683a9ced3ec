import { authenticator } from 'otplib';
import { DEMO_WACHTWOORD } from '../src/demo/seed-demo';
import { call, demo, login, PLATFORM, startApi, type TestApi } from './support/api';
import { startTestProvider, type TestProvider } from './support/oidc-provider';

/**
 * Single sign-on per organisation (issue 15, docs/adr/0017-oidc-sso.md) against a real OpenID Connect
 * provider (oidc-provider in a child process): login and linking, refusals (unknown, foreign domain, not
 * a member, unverified address), the MFA rule, the TOTP step, RP-initiated and back-channel logout,
 * tampered state and ID tokens, password login switched off, and the admin routes.
 */
describe('single sign-on (OIDC)', () => {
  let api: TestApi;
  let op: TestProvider;
  let coordinator: string;
  let idpId: string;
  const CLIENT = { client_id: 'rmc-test', client_secret: 'test-client-geheim-0123456789' };
  const uniek = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

  /** A fresh account with the consulent's membership (IJssel-Vecht, regio-team) and the demo password. */
  async function nieuweGebruiker(email: string, als = demo('consulent')): Promise<string> {
    const { rows } = await api.su.query(
      `WITH g AS (INSERT INTO gebruiker (email, naam, wachtwoord_hash) SELECT $1, 'Test SSO', wachtwoord_hash FROM gebruiker WHERE email = $2 RETURNING id)
       INSERT INTO lidmaatschap (gebruiker_id, rol, regio_id, organisatie_id)
       SELECT g.id, l.rol, l.regio_id, l.organisatie_id FROM g, lidmaatschap l JOIN gebruiker d ON d.id = l.gebruiker_id WHERE d.email = $2 RETURNING gebruiker_id`,
      [email, als],
    );
    return rows[0].gebruiker_id;
  }

  const setCookies = (h: Headers) =>
    Object.fromEntries(
      h.getSetCookie().map((c) => {
        const [paar] = c.split(';');
        const i = paar!.indexOf('=');
        return [paar!.slice(0, i), paar!.slice(i + 1)];
      }),
    ) as Record<string, string>;

  /**
   * The browser's way through the flow: start at the API, follow the provider's redirects (its login
   * interaction completes for the chosen account), then the callback at the API. `wijzigCallback` may
   * tamper with the callback URL.
   */
  async function ssoLogin(
    sub: string,
    extra: { amr?: string[]; acr?: string } = {},
    opties: { wijzigCallback?: (u: URL) => void; zonderCookie?: boolean; idp?: string } = {},
  ): Promise<{ location: string; sessie?: string; sso?: string }> {
    await op.volgende(sub, extra);
    const start = await fetch(`${api.url}/api/v1/auth/sso/${opties.idp ?? idpId}/start`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const ssoCookie = setCookies(start.headers)['rmc_sso'];
    let url = start.headers.get('location')!;
    expect(url.startsWith(op.issuer)).toBe(true);
    const jar = new Map<string, string>();
    for (let i = 0; i < 10 && url.startsWith(op.issuer); i++) {
      const r = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const [k, v] of Object.entries(setCookies(r.headers))) jar.set(k, v);
      const volgende = r.headers.get('location');
      if (!volgende) throw new Error(`provider answered ${r.status}: ${await r.text()}`);
      url = new URL(volgende, url).href;
    }
    const terug = new URL(url.replace(api.config.publicUrl, api.url));
    expect(terug.pathname).toBe('/api/v1/auth/sso/callback');
    opties.wijzigCallback?.(terug);
    const cb = await fetch(terug, { redirect: 'manual', headers: opties.zonderCookie ? {} : { cookie: `rmc_sso=${ssoCookie}` } });
    expect(cb.status).toBe(302);
    const c = setCookies(cb.headers);
    return { location: cb.headers.get('location')!, sessie: c['rmc_sessie'] || undefined, sso: c['rmc_sso'] || undefined };
  }

  const me = (sessie: string) => call(api, 'GET', '/api/v1/auth/me', { headers: { cookie: `rmc_sessie=${sessie}` } });

  beforeAll(async () => {
    api = await startApi({ SSO_ALLOW_INSECURE_HTTP: 'true' });
    coordinator = await login(api, demo('coordinator'));
    const { rows } = await api.su.query(
      `SELECT l.organisatie_id FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id WHERE g.email = $1`,
      [demo('consulent')],
    );
    // The provider is registered first (its issuer is not known yet), so the provider can be started with
    // this client's back-channel logout URI; then the issuer is set.
    const res = await call(api, 'POST', '/api/v1/identiteitsproviders', {
      token: coordinator,
      body: {
        naam: 'Gemeente Test-IdP',
        organisatieId: rows[0].organisatie_id,
        issuer: 'http://127.0.0.1:1/nog-niet',
        clientId: CLIENT.client_id,
        clientSecret: CLIENT.client_secret,
        domeinen: ['IJssel-Vecht.demo'],
      },
    });
    expect(res.status).toBe(201);
    idpId = res.body.id;
    op = await startTestProvider([
      {
        ...CLIENT,
        redirect_uris: ['http://localhost:4200/api/v1/auth/sso/callback'],
        post_logout_redirect_uris: ['http://localhost:4200/inloggen?uitgelogd=1'],
        backchannel_logout_uri: `${api.url}/api/v1/auth/sso/${idpId}/backchannel-logout`,
      },
    ]);
    const issuer = await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, {
      token: coordinator,
      body: { issuer: op.issuer },
    });
    expect(issuer.status).toBe(200);
  });
  afterAll(async () => {
    await api?.close();
    await op?.stop();
  });

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

  describe('logout', () => {
    let sub: string;
    beforeAll(async () => {
      const email = `sso-uit-${uniek()}@ijssel-vecht.demo`;
      await nieuweGebruiker(email);
      sub = `sub-uit-${uniek()}`;
      await op.account(sub, { email, email_verified: true });
    });

    it('RP-initiated: the session ends and the answer is the provider’s end-session URL', async () => {
      const { sessie } = await ssoLogin(sub, { amr: ['mfa'] });
      const res = await call(api, 'POST', '/api/v1/auth/sso/uitloggen', {
        headers: { cookie: `rmc_sessie=${sessie}`, 'x-requested-with': 'rmc-portal' },
      });
      expect(res.status).toBe(200);
      const url = new URL(res.body.redirectUrl);
      expect(url.origin + url.pathname).toBe(`${op.issuer}/session/end`);
      expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:4200/inloggen?uitgelogd=1');
      expect(url.searchParams.get('id_token_hint')).toBeTruthy();
      expect((await me(sessie!)).status).toBe(401);
      // A password session gets no provider URL.
      const wachtwoord = await login(api, demo('consulent'));
      const gewoon = await call(api, 'POST', '/api/v1/auth/sso/uitloggen', { token: wachtwoord });
      expect(gewoon.body).toEqual({ redirectUrl: null });
    });

    it('back-channel: the provider’s signed logout token revokes the session of its sid (not another); a forged token is 400', async () => {
      const een = await ssoLogin(sub, { amr: ['mfa'] });
      const twee = await ssoLogin(sub, { amr: ['mfa'] });
      const { rows } = await api.su.query(
        `SELECT s.sid FROM sso_sessie s JOIN sessie x ON x.id = s.sessie_id WHERE s.subject = $1 AND x.ingetrokken_op IS NULL ORDER BY s.aangemaakt_op`,
        [sub],
      );
      expect(rows.length).toBe(2);
      const vals = await fetch(`${api.url}/api/v1/auth/sso/${idpId}/backchannel-logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ logout_token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }),
      });
      expect(vals.status).toBe(400);
      await op.backchannel(CLIENT.client_id, sub, rows[0].sid);
      // Each login ran in its own provider session (its own sid): only the session of that sid ends.
      expect((await me(een.sessie!)).status).toBe(401);
      expect((await me(twee.sessie!)).status).toBe(200);
      await op.backchannel(CLIENT.client_id, sub, rows[1].sid);
      expect((await me(twee.sessie!)).status).toBe(401);
    });
  });

  describe('password login switched off', () => {
    it('a member of the organisation gets 403 wachtwoord-login-uit after a correct password; a wrong password stays 401', async () => {
      const email = `sso-ww-${uniek()}@ijssel-vecht.demo`;
      await nieuweGebruiker(email);
      await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, {
        token: coordinator,
        body: { wachtwoordLoginUit: true },
      });
      try {
        const res = await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord: DEMO_WACHTWOORD } });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('wachtwoord-login-uit');
        expect(res.body.detail).toMatch(/eenmalige aanmelding/);
        const fout = await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord: 'fout-wachtwoord-123' } });
        expect(fout.status).toBe(401);
        // Another organisation (leerplicht) logs in with its password as before.
        expect(
          (await call(api, 'POST', '/api/v1/auth/login', { body: { email: demo('leerplicht'), wachtwoord: DEMO_WACHTWOORD } }))
            .status,
        ).toBe(200);
      } finally {
        await call(api, 'PATCH', `/api/v1/identiteitsproviders/${idpId}`, {
          token: coordinator,
          body: { wachtwoordLoginUit: false },
        });
      }
    });

    it('a disabled provider has no button and no login', async () => {
      const tweede = await call(api, 'POST', '/api/v1/identiteitsproviders', {
        token: coordinator,
        body: {
          naam: 'Uitgeschakeld',
          organisatieId: (await call(api, 'GET', `/api/v1/identiteitsproviders/${idpId}`, { token: coordinator })).body
            .organisatieId,
          issuer: op.issuer,
          clientId: CLIENT.client_id,
          clientSecret: CLIENT.client_secret,
          domeinen: ['ijssel-vecht.demo'],
        },
      });
      expect(tweede.status).toBe(201);
      expect(
        (
          await call(api, 'PATCH', `/api/v1/identiteitsproviders/${tweede.body.id}`, {
            token: coordinator,
            body: { actief: false },
          })
        ).body.actief,
      ).toBe(false);
      const knoppen = await call(api, 'GET', '/api/v1/auth/sso/providers');
      expect(knoppen.body.map((k: { id: string }) => k.id)).not.toContain(tweede.body.id);
      const start = await fetch(`${api.url}/api/v1/auth/sso/${tweede.body.id}/start`, { redirect: 'manual' });
      expect(start.headers.get('location')).toBe('/inloggen?sso-fout=geen-toegang');
    });
  });
});
