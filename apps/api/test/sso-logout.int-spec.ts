import { DEMO_WACHTWOORD } from '../src/demo/seed-demo';
import { call, demo, login, type TestApi } from './support/api';
import type { TestProvider } from './support/oidc-provider';
import {
  me as meIn,
  nieuweGebruiker as nieuweGebruikerIn,
  SSO_CLIENT,
  ssoLogin as ssoLoginIn,
  startSsoOmgeving,
  stopSsoOmgeving,
  uniek,
  type SsoOmgeving,
} from './support/sso';

/**
 * Single sign-on (docs/adr/0017-oidc-sso.md) against a real OpenID Connect provider: RP-initiated and
 * back-channel logout (a replayed logout token refused), password login switched off, a disabled provider.
 */
describe('single sign-on: logout and password login', () => {
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

    it('back-channel: a replayed logout token is refused (its jti is kept until the token is too old anyway)', async () => {
      const een = await ssoLogin(sub, { amr: ['mfa'] });
      const { rows } = await api.su.query(
        `SELECT s.sid FROM sso_sessie s JOIN sessie x ON x.id = s.sessie_id WHERE s.subject = $1 AND x.ingetrokken_op IS NULL`,
        [sub],
      );
      expect(rows.length).toBe(1);
      const token = await op.backchannel(CLIENT.client_id, sub, rows[0].sid);
      expect((await me(een.sessie!)).status).toBe(401);
      const { jti, exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { jti: string; exp: number };
      const bewaard = await api.su.query(`SELECT verloopt_op FROM sso_logout_jti WHERE idp_id = $1 AND jti = $2`, [idpId, jti]);
      expect(bewaard.rows.length).toBe(1);
      expect(new Date(bewaard.rows[0].verloopt_op).getTime()).toBeGreaterThanOrEqual(exp * 1000);
      // The same signed token once more (as someone who captured it would send it): 400, nothing revoked.
      const herhaald = await fetch(`${api.url}/api/v1/auth/sso/${idpId}/backchannel-logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ logout_token: token }),
      });
      expect(herhaald.status).toBe(400);
      // A fresh token of the provider (a new jti) is accepted as before.
      const twee = await ssoLogin(sub, { amr: ['mfa'] });
      const nieuw = await api.su.query(
        `SELECT s.sid FROM sso_sessie s JOIN sessie x ON x.id = s.sessie_id WHERE s.subject = $1 AND x.ingetrokken_op IS NULL`,
        [sub],
      );
      const tweedeToken = await op.backchannel(CLIENT.client_id, sub, nieuw.rows[0].sid);
      expect(tweedeToken).not.toBe(token);
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
