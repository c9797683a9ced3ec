import { authenticator } from 'otplib';
import { call, demo, login, regioId, startApi, type TestApi } from './support/api';
import { DEMO_WACHTWOORD } from '../src/demo/seed-demo';

/** Login, cookies, throttling, session expiry, disabling, TOTP and the CSRF header. */
describe('identity', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  async function nieuweGebruiker(email: string, rolPrefix = 'consulent'): Promise<string> {
    // A fresh account in IJssel-Vecht with the demo password, copied from a demo account's membership.
    const { rows } = await api.su.query(
      `WITH g AS (INSERT INTO gebruiker (email, naam, wachtwoord_hash) SELECT $1, 'Test', wachtwoord_hash FROM gebruiker WHERE email = $2 RETURNING id)
       INSERT INTO lidmaatschap (gebruiker_id, rol, regio_id, organisatie_id)
       SELECT g.id, l.rol, l.regio_id, l.organisatie_id FROM g, lidmaatschap l JOIN gebruiker d ON d.id = l.gebruiker_id WHERE d.email = $2 RETURNING gebruiker_id`,
      [email, demo(rolPrefix)],
    );
    return rows[0].gebruiker_id;
  }

  it('login sets an httpOnly, Secure, SameSite=Strict cookie and returns a bearer token', async () => {
    const res = await call(api, 'POST', '/api/v1/auth/login', {
      body: { email: demo('consulent'), wachtwoord: DEMO_WACHTWOORD },
    });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toMatch(/^[\w-]{40,}$/);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/rmc_sessie=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await call(api, 'GET', '/api/v1/auth/me', { headers: { cookie: cookie.split(';')[0] } });
    expect(me.status).toBe(200);
    expect(me.body.regio.naam).toBe('IJssel-Vecht');
    expect(me.body.rollen).toEqual(['regio-consulent']);
    expect(Array.isArray(me.body.rules) && me.body.rules.length).toBeTruthy();
  });

  it('a cookie-authenticated change without the portal header is refused (CSRF defence)', async () => {
    const res = await call(api, 'POST', '/api/v1/auth/login', {
      body: { email: demo('consulent'), wachtwoord: DEMO_WACHTWOORD },
    });
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const bad = await call(api, 'POST', '/api/v1/auth/logout', { headers: { cookie } });
    expect(bad.status).toBe(403);
    const ok = await call(api, 'POST', '/api/v1/auth/logout', { headers: { cookie, 'x-requested-with': 'rmc-portal' } });
    expect(ok.status).toBe(204);
  });

  it('wrong passwords answer 401 problem+json; the 5th failure locks the address, also for the right password, with the same 401', async () => {
    const email = `lock-${Date.now()}@example.org`;
    await nieuweGebruiker(email);
    for (let i = 0; i < 5; i++) {
      const res = await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord: 'Verkeerd-wachtwoord-1' } });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    }
    const locked = await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord: DEMO_WACHTWOORD } });
    expect(locked.status).toBe(401);
    expect(locked.body.detail).toMatch(/tijdelijk geblokkeerd na te veel mislukte pogingen/);
    const { rows } = await api.su.query(
      `SELECT mislukte_pogingen, geblokkeerd_tot > now() AS geblokkeerd FROM gebruiker WHERE email = $1`,
      [email],
    );
    expect(rows[0]).toEqual({ mislukte_pogingen: 5, geblokkeerd: true });
  });

  it('an unknown account answers exactly like a wrong password', async () => {
    const res = await call(api, 'POST', '/api/v1/auth/login', {
      body: { email: 'niemand@example.org', wachtwoord: 'Wat-dan-ook-123' },
    });
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/^E-mailadres of wachtwoord onjuist/);
  });

  it('a session ends after the idle timeout and after the absolute lifetime', async () => {
    const idle = await login(api, demo('consulent'));
    const absolute = await login(api, demo('consulent'));
    expect((await call(api, 'GET', '/api/v1/auth/me', { token: idle })).status).toBe(200);
    const { createHash } = await import('node:crypto');
    const h = (t: string) => createHash('sha256').update(t).digest('hex');
    await api.su.query(`UPDATE sessie SET laatst_actief_op = now() - interval '31 minutes' WHERE token_hash = $1`, [h(idle)]);
    await api.su.query(`UPDATE sessie SET aangemaakt_op = now() - interval '10 hours 1 minute' WHERE token_hash = $1`, [
      h(absolute),
    ]);
    expect((await call(api, 'GET', '/api/v1/auth/me', { token: idle })).status).toBe(401);
    expect((await call(api, 'GET', '/api/v1/auth/me', { token: absolute })).status).toBe(401);
  });

  it('logout ends the session', async () => {
    const token = await login(api, demo('consulent'));
    expect((await call(api, 'POST', '/api/v1/auth/logout', { token })).status).toBe(204);
    expect((await call(api, 'GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('disabling a user ends all its sessions at once and blocks new logins', async () => {
    const email = `uit-${Date.now()}@example.org`;
    const id = await nieuweGebruiker(email);
    const s1 = await login(api, email);
    const s2 = await login(api, email);
    const coord = await login(api, demo('coordinator'));
    const res = await call(api, 'PATCH', `/api/v1/gebruikers/${id}`, { token: coord, body: { actief: false } });
    expect(res.status).toBe(200);
    expect(res.body.actief).toBe(false);
    expect((await call(api, 'GET', '/api/v1/auth/me', { token: s1 })).status).toBe(401);
    expect((await call(api, 'GET', '/api/v1/auth/me', { token: s2 })).status).toBe(401);
    expect((await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord: DEMO_WACHTWOORD } })).status).toBe(401);
    const { rows } = await api.su.query(
      `SELECT count(*)::int AS n FROM sessie WHERE gebruiker_id = $1 AND ingetrokken_op IS NULL`,
      [id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('TOTP: set up, activate, then login needs the code; a wrong code fails', async () => {
    const email = `totp-${Date.now()}@example.org`;
    await nieuweGebruiker(email);
    const token = await login(api, email);
    const setup = await call(api, 'POST', '/api/v1/auth/totp/instellen', { token });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await call(api, 'POST', '/api/v1/auth/totp/activeren', { token, body: { code: '000000' } })).status).toBe(400);
    expect(
      (
        await call(api, 'POST', '/api/v1/auth/totp/activeren', {
          token,
          body: { code: authenticator.generate(setup.body.secret) },
        })
      ).status,
    ).toBe(204);

    const step1 = await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord: DEMO_WACHTWOORD } });
    expect(step1.body).toEqual({ totpVereist: true });
    expect(step1.headers.get('set-cookie')).toBeNull();
    const wrong = await call(api, 'POST', '/api/v1/auth/login', {
      body: {
        email,
        wachtwoord: DEMO_WACHTWOORD,
        totp: '123456' === authenticator.generate(setup.body.secret) ? '654321' : '123456',
      },
    });
    expect(wrong.status).toBe(401);
    // The activation code is spent (replay protection): the next step's code (inside the window) logs in.
    const volgende = authenticator.clone({ epoch: Date.now() + 30_000 }).generate(setup.body.secret);
    const ok = await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord: DEMO_WACHTWOORD, totp: volgende } });
    expect(ok.status).toBe(200);
    expect(ok.body.accessToken).toBeTruthy();
  });

  it('when the region requires TOTP, a user without it can only set it up', async () => {
    const regio = await regioId(api, 'IJssel-Vecht');
    const email = `verplicht-${Date.now()}@example.org`;
    await nieuweGebruiker(email);
    await api.su.query(`UPDATE regio SET instellingen = instellingen || '{"totpVerplicht": true}' WHERE id = $1`, [regio]);
    try {
      const token = await login(api, email);
      const me = await call(api, 'GET', '/api/v1/auth/me', { token });
      expect(me.body.totpInstellenVereist).toBe(true);
      expect(me.body.rules).toEqual([]);
      const blocked = await call(api, 'GET', '/api/v1/personen', { token });
      expect(blocked.status).toBe(403);
      expect(blocked.body.detail).toMatch(/tweestapsverificatie/);
      const setup = await call(api, 'POST', '/api/v1/auth/totp/instellen', { token });
      await call(api, 'POST', '/api/v1/auth/totp/activeren', {
        token,
        body: { code: authenticator.generate(setup.body.secret) },
      });
      expect((await call(api, 'GET', '/api/v1/personen', { token })).status).toBe(200);
    } finally {
      await api.su.query(`UPDATE regio SET instellingen = instellingen || '{"totpVerplicht": false}' WHERE id = $1`, [regio]);
    }
  });
});

describe('demo accounts (docs/demo-accounts.md)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('every demo account logs in and gets its role', async () => {
    const { DEMO_ACCOUNTS, DEMO_REGIOS, PLATFORM_ACCOUNT, demoEmail } = await import('../src/demo/seed-demo');
    const accounts = [
      ...DEMO_REGIOS.flatMap((r) => DEMO_ACCOUNTS.map((a) => ({ email: demoEmail(a.prefix, r.slug), rol: a.rol }))),
      { email: PLATFORM_ACCOUNT, rol: 'platform-beheerder' },
    ];
    expect(accounts).toHaveLength(19);
    for (const a of accounts) {
      const token = await login(api, a.email);
      const me = await call(api, 'GET', '/api/v1/auth/me', { token });
      expect({ email: a.email, rollen: me.body.rollen }).toEqual({ email: a.email, rollen: [a.rol] });
    }
  });
});
