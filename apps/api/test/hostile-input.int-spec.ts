import { call, demo, login, startApi, type TestApi } from './support/api';

/** Issue 12, part 1: hostile input is a 4xx problem naming the field, never a 500, and changes nothing. */
describe('hostile input', () => {
  let api: TestApi;
  let consulent: string;
  beforeAll(async () => {
    api = await startApi();
    consulent = await login(api, demo('consulent'));
  });
  afterAll(() => api.close());

  const diep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it('deeply nested JSON, also without a session on the login route: 400, not a stack overflow', async () => {
    for (const [pad, token] of [['/api/v1/auth/login', undefined], ['/api/v1/personen', consulent]] as const) {
      const res = await call(api, 'POST', pad, { token, raw: diep(5000) });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors[0].field).toMatch(/^a(\.a)*$/);
    }
  });

  it('a NUL character in a text field: 400 naming the field, nothing saved', async () => {
    const voor = (await api.su.query(`SELECT count(*)::int AS n FROM persoon`)).rows[0].n;
    const res = await call(api, 'POST', '/api/v1/personen', {
      token: consulent,
      body: { bsn: '999990019', voornaam: 'Nu\u0000l', achternaam: 'Test', geboortedatum: '2006-05-17', postcode: '8011 AB' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'voornaam', message: 'Tekst mag geen NUL-teken bevatten.' }]);
    expect((await api.su.query(`SELECT count(*)::int AS n FROM persoon`)).rows[0].n).toBe(voor);
  });

  it('a lone surrogate in an e-mail address: 400 naming the field', async () => {
    const res = await call(api, 'POST', '/api/v1/auth/login', { raw: '{"email":"a\\ud800@b.nl","wachtwoord":"x"}' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('email');
  });

  it('a NUL in a path or a query parameter: 400', async () => {
    expect((await call(api, 'GET', '/api/v1/personen/%00', { token: consulent })).status).toBe(400);
    expect((await call(api, 'GET', '/api/v1/meldingen?status=%00', { token: consulent })).status).toBe(400);
    expect((await call(api, 'GET', '/api/v1/personen/%E0%A4%A', { token: consulent })).status).toBe(400);
  });
});
