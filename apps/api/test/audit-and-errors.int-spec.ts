import { createHmac } from 'node:crypto';
import { call, demo, login, startApi, type TestApi } from './support/api';

describe('audit of personal data', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startApi();
    token = await login(api, demo('consulent'));
  });
  afterAll(() => api.close());

  it('a read of a person writes one allowed audit row with a pseudonym, never the BSN', async () => {
    const { rows } = await api.su.query(
      `SELECT p.id, p.bsn FROM persoon p JOIN regio r ON r.id = p.regio_id WHERE r.naam = 'IJssel-Vecht' LIMIT 1`,
    );
    const res = await call(api, 'GET', `/api/v1/personen/${rows[0].id}`, {
      token,
      headers: { 'x-request-id': 'trace-audit-test-1' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const audit = await api.su.query(`SELECT * FROM audit_log WHERE trace_id = 'trace-audit-test-1'`);
    expect(audit.rows).toHaveLength(1);
    const row = audit.rows[0];
    expect(row).toMatchObject({
      actie: 'read',
      subject_type: 'Persoon',
      subject_id: rows[0].id,
      resultaat: 'toegestaan',
      rol: 'regio-consulent',
      doel: 'dossiervoering',
    });
    expect(row.persoon_pseudo).toBe(createHmac('sha256', api.config.pseudonymKey).update(rows[0].bsn).digest('hex').slice(0, 32));
    expect(JSON.stringify(row)).not.toContain(rows[0].bsn);
    expect(row.actor_id).toBeTruthy();
    expect(row.regio_id).toBeTruthy();
  });

  it('a refused read (other region) is audited as geweigerd', async () => {
    const { rows } = await api.su.query(
      `SELECT p.id FROM persoon p JOIN regio r ON r.id = p.regio_id WHERE r.naam = 'Twente' LIMIT 1`,
    );
    const res = await call(api, 'GET', `/api/v1/personen/${rows[0].id}`, {
      token,
      headers: { 'x-request-id': 'trace-audit-test-2' },
    });
    expect(res.status).toBe(404);
    const audit = await api.su.query(`SELECT resultaat, subject_id FROM audit_log WHERE trace_id = 'trace-audit-test-2'`);
    expect(audit.rows).toEqual([{ resultaat: 'geweigerd', subject_id: rows[0].id }]);
  });
});

describe('errors are problem+json, never a 500 for bad input', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    // TRUST_PROXY: the rate-limit test below is one client of its own (X-Forwarded-For). The counters are
    // in Redis and shared by every API of the run (ADR 0016), so 127.0.0.1 carries other files' logins.
    api = await startApi({ TRUST_PROXY: '1' });
    token = await login(api, demo('coordinator'));
  });
  afterAll(() => api.close());

  const problem = (res: { status: number; headers: Headers; body: any }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  };

  it('an unknown field gets 400 naming the field', async () => {
    const res = await call(api, 'POST', '/api/v1/organisaties', {
      token,
      body: { naam: 'Team X', soort: 'wijkteam', geheim: 1 },
    });
    problem(res, 400);
    expect(res.body.errors).toEqual([{ field: 'geheim', message: 'Dit veld is onbekend en niet toegestaan.' }]);
  });

  it('a wrong value gets 400 with a Dutch message per field, and nothing is saved', async () => {
    const before = (await api.su.query(`SELECT count(*)::int AS n FROM organisatie`)).rows[0].n;
    const res = await call(api, 'POST', '/api/v1/organisaties', { token, body: { naam: 'X', soort: 'bakkerij' } });
    problem(res, 400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['naam', 'soort']);
    expect((await api.su.query(`SELECT count(*)::int AS n FROM organisatie`)).rows[0].n).toBe(before);
  });

  it.each([
    ['malformed JSON', 'POST', '/api/v1/organisaties', { raw: '{naam:' }, 400],
    ['a malformed id', 'GET', '/api/v1/personen/abc', {}, 400],
    ['an unknown route', 'GET', '/api/v1/bestaat-niet', {}, 404],
    ['a too large body', 'POST', '/api/v1/organisaties', { raw: JSON.stringify({ naam: 'x'.repeat(2_000_000) }) }, 413],
    [
      'a bad person (BSN checksum)',
      'POST',
      '/api/v1/personen',
      { body: { bsn: '123456789', voornaam: 'A', achternaam: 'B', geboortedatum: '2006-01-01', postcode: '8011 AB' } },
      400,
    ],
    [
      'a person outside the region',
      'POST',
      '/api/v1/personen',
      { body: { bsn: '111222333', voornaam: 'A', achternaam: 'B', geboortedatum: '2006-01-01', postcode: '7511 AB' } },
      400,
    ],
    [
      'a bad date',
      'POST',
      '/api/v1/personen',
      { body: { bsn: '111222333', voornaam: 'A', achternaam: 'B', geboortedatum: '2006-13-45', postcode: '8011 AB' } },
      400,
    ],
    ['a region setting out of range', 'PATCH', '/api/v1/regio/instellingen', { body: { nazorgMaanden: 99 } }, 400],
  ])('%s (%s %s)', async (_what, method, path, opts, status) => {
    problem(await call(api, method as string, path as string, { token, ...(opts as object) }), status as number);
  });

  it('no token → 401 problem+json', async () => {
    problem(await call(api, 'GET', '/api/v1/personen'), 401);
  });

  it('a duplicate organisation name is a 409 naming the field', async () => {
    const body = { naam: `Wijkteam Noord ${Date.now()}`, soort: 'wijkteam' };
    expect((await call(api, 'POST', '/api/v1/organisaties', { token, body })).status).toBe(201);
    const dup = await call(api, 'POST', '/api/v1/organisaties', { token, body });
    problem(dup, 409);
    expect(dup.body.errors[0].field).toBe('naam');
  });

  it('login is rate limited per client (429 problem+json)', async () => {
    const previous = process.env['LOGIN_RATE_LIMIT_PER_MINUTE'];
    process.env['LOGIN_RATE_LIMIT_PER_MINUTE'] = '3';
    try {
      const statuses: number[] = [];
      // A fresh address per run: the counter lives in Redis (shared by all instances), not in this process.
      const client = { 'x-forwarded-for': `203.0.113.${1 + Math.floor(Math.random() * 250)}` };
      for (let i = 0; i < 5; i++)
        statuses.push(
          (
            await call(api, 'POST', '/api/v1/auth/login', {
              body: { email: 'rate@example.org', wachtwoord: 'x' },
              headers: client,
            })
          ).status,
        );
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      process.env['LOGIN_RATE_LIMIT_PER_MINUTE'] = previous;
    }
  });

  it('health answers, readiness checks database and queue', async () => {
    expect((await call(api, 'GET', '/api/health')).status).toBe(200);
    const ready = await call(api, 'GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', database: 'ok', queue: 'ok' });
  });

  it('serves OpenAPI JSON and Swagger UI', async () => {
    const doc = await call(api, 'GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect((await call(api, 'GET', '/api/docs')).status).toBe(200);
  });
});
