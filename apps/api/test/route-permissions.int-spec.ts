import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { call, demo, login, PLATFORM, startApi, type TestApi } from './support/api';

/**
 * Every route declares its permission (x-permission in OpenAPI, from @Vereist/@Ingelogd/@Public).
 * The snapshot changes only in review: UPDATE_SNAPSHOTS=1 rewrites it.
 */
const SNAPSHOT = join(__dirname, 'route-permissions.json');

describe('route permission declarations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('every route declares a permission, and the set matches the reviewed snapshot', () => {
    const actual: Record<string, string> = {};
    for (const [path, ops] of Object.entries(api.openapi.paths))
      for (const [method, op] of Object.entries(ops as Record<string, { 'x-permission'?: string }>))
        actual[`${method.toUpperCase()} ${path}`] = op['x-permission'] ?? 'ONGEDECLAREERD';
    expect(Object.entries(actual).filter(([, p]) => p === 'ONGEDECLAREERD')).toEqual([]);
    if (process.env['UPDATE_SNAPSHOTS'] === '1') writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });

  it('the platform-beheerder cannot read persons (403) but manages regions', async () => {
    const token = await login(api, PLATFORM);
    expect((await call(api, 'GET', '/api/v1/personen', { token })).status).toBe(403);
    const { rows } = await api.su.query(`SELECT id FROM persoon LIMIT 1`);
    expect((await call(api, 'GET', `/api/v1/personen/${rows[0].id}`, { token })).status).toBe(403);
    expect((await call(api, 'GET', '/api/v1/platform/regios', { token })).status).toBe(200);
  });

  it.each([
    ['beleid', 403],
    ['wi', 403],
    ['wijkteam', 403],
    ['jeugdhulp', 403],
    ['verzuim', 403],
    ['mentor', 403],
    ['consulent', 200],
    ['leerplicht', 200],
    ['coordinator', 200],
  ])('GET /personen as %s answers %i (matrix: Persoon.read)', async (prefix, status) => {
    const token = await login(api, demo(prefix as string));
    expect((await call(api, 'GET', '/api/v1/personen', { token })).status).toBe(status);
  });

  // The youth channel (matrix: JongereDossier.read is `zelf`, the role jongere only): no professional opens it.
  it.each(['beleid', 'wi', 'verzuim', 'mentor', 'consulent', 'leerplicht', 'coordinator'])(
    'GET /jongere/overzicht as %s answers 403 (matrix: JongereDossier.read)',
    async (prefix) => {
      const token = await login(api, demo(prefix));
      expect((await call(api, 'GET', '/api/v1/jongere/overzicht', { token })).status).toBe(403);
    },
  );

  it('refusals are audited', async () => {
    const token = await login(api, demo('wi'));
    const before = (
      await api.su.query(`SELECT count(*)::int AS n FROM audit_log WHERE resultaat = 'geweigerd' AND subject_type = 'Persoon'`)
    ).rows[0].n;
    await call(api, 'GET', '/api/v1/personen', { token });
    const after = (
      await api.su.query(`SELECT count(*)::int AS n FROM audit_log WHERE resultaat = 'geweigerd' AND subject_type = 'Persoon'`)
    ).rows[0].n;
    expect(after).toBe(before + 1);
  });
});

describe('queue operations page', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('is for the platform-beheerder only and shows counts, never payloads', async () => {
    const platform = await login(api, PLATFORM);
    const res = await call(api, 'GET', '/api/v1/platform/wachtrijen', { token: platform });
    expect(res.status).toBe(200);
    expect(res.body.mail).toHaveProperty('waiting');
    expect(res.body.outbox).toHaveProperty('wacht');
    expect((await call(api, 'GET', '/api/v1/platform/wachtrijen', { token: await login(api, demo('coordinator')) })).status).toBe(
      403,
    );
  });
});
