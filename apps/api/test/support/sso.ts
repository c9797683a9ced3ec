import { call, demo, login, startApi, type TestApi } from './api';
import { startTestProvider, type TestProvider } from './oidc-provider';

/**
 * The shared setup of the single sign-on specs (sso.int-spec.ts, sso-logout.int-spec.ts): an API, a real
 * OIDC provider (oidc-provider in a child process) and one provider configured by the IJssel-Vecht
 * coordinator for the consulent's organisation, plus the browser's way through the flow.
 */
export const SSO_CLIENT = { client_id: 'rmc-test', client_secret: 'test-client-geheim-0123456789' };
export const uniek = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

export interface SsoOmgeving {
  api: TestApi;
  op: TestProvider;
  coordinator: string;
  idpId: string;
}

export const setCookies = (h: Headers) =>
  Object.fromEntries(
    h.getSetCookie().map((c) => {
      const [paar] = c.split(';');
      const i = paar!.indexOf('=');
      return [paar!.slice(0, i), paar!.slice(i + 1)];
    }),
  ) as Record<string, string>;

export async function startSsoOmgeving(): Promise<SsoOmgeving> {
  const api = await startApi({ SSO_ALLOW_INSECURE_HTTP: 'true' });
  const coordinator = await login(api, demo('coordinator'));
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
      clientId: SSO_CLIENT.client_id,
      clientSecret: SSO_CLIENT.client_secret,
      domeinen: ['IJssel-Vecht.demo'],
    },
  });
  expect(res.status).toBe(201);
  const idpId: string = res.body.id;
  const op = await startTestProvider([
    {
      ...SSO_CLIENT,
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
  return { api, op, coordinator, idpId };
}

export async function stopSsoOmgeving(o: SsoOmgeving | undefined): Promise<void> {
  await o?.api.close();
  await o?.op.stop();
}

/** A fresh account with the consulent's membership (IJssel-Vecht, regio-team) and the demo password. */
export async function nieuweGebruiker(o: SsoOmgeving, email: string, als = demo('consulent')): Promise<string> {
  const { rows } = await o.api.su.query(
    `WITH g AS (INSERT INTO gebruiker (email, naam, wachtwoord_hash) SELECT $1, 'Test SSO', wachtwoord_hash FROM gebruiker WHERE email = $2 RETURNING id)
     INSERT INTO lidmaatschap (gebruiker_id, rol, regio_id, organisatie_id)
     SELECT g.id, l.rol, l.regio_id, l.organisatie_id FROM g, lidmaatschap l JOIN gebruiker d ON d.id = l.gebruiker_id WHERE d.email = $2 RETURNING gebruiker_id`,
    [email, als],
  );
  return rows[0].gebruiker_id;
}

/**
 * The browser's way through the flow: start at the API, follow the provider's redirects (its login
 * interaction completes for the chosen account), then the callback at the API. `wijzigCallback` may
 * tamper with the callback URL.
 */
export async function ssoLogin(
  o: SsoOmgeving,
  sub: string,
  extra: { amr?: string[]; acr?: string } = {},
  opties: { wijzigCallback?: (u: URL) => void; zonderCookie?: boolean; idp?: string } = {},
): Promise<{ location: string; sessie?: string; sso?: string }> {
  const { api, op } = o;
  await op.volgende(sub, extra);
  const start = await fetch(`${api.url}/api/v1/auth/sso/${opties.idp ?? o.idpId}/start`, { redirect: 'manual' });
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

export const me = (o: SsoOmgeving, sessie: string) =>
  call(o.api, 'GET', '/api/v1/auth/me', { headers: { cookie: `rmc_sessie=${sessie}` } });
