import { STANDAARD_SECTIES } from '@rmc/shared-domain';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';

/**
 * National scale, per request: identity is one statement, a partner's read runs at most two
 * transactions and never holds two pooled connections; a list read is one audit row that a person's
 * inzage still finds.
 */
describe('cost of one request', () => {
  let api: TestApi;
  let consulent: string;
  let wi: string;
  let casusId: string;
  let persoon: { id: string; bsn: string };
  let pool: Pool;

  beforeAll(async () => {
    api = await startApi();
    consulent = await login(api, demo('consulent'));
    wi = await login(api, demo('wi'));
    persoon = (await vrijePersoon(api)).rows[0];
    const maak = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: persoon.id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    expect(maak.status).toBe(201);
    casusId = maak.body.id;
    // A running share with W&I, written as the region would have recorded it.
    await api.su.query(
      `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, toestemming, doel, secties, eind_datum, aangemaakt_door)
       SELECT c.id, c.regio_id, o.id, 'toestemming', '{"vastgelegdOp":"2026-01-01","vorm":"schriftelijk"}', 'toeleiding naar werk', $2::text[], current_date + 30, c.consulent_id
         FROM casus c JOIN organisatie o ON o.regio_id = c.regio_id AND o.soort = 'werk-en-inkomen'
        WHERE c.id = $1`,
      [casusId, [...(STANDAARD_SECTIES['werk-en-inkomen'] ?? [])]],
    );
    pool = (api.app.get(DataSource).driver as unknown as { master: Pool }).master;
  });
  afterAll(() => api.close());

  /** Counts checkouts, the most connections held at once, and transactions begun during fn. */
  async function meet(fn: () => Promise<unknown>) {
    let checkouts = 0;
    let vast = 0;
    let maxVast = 0;
    let transacties = 0;
    const gemeten = new Set<PoolClient>();
    const acquire = (client: PoolClient) => {
      checkouts++;
      vast++;
      maxVast = Math.max(maxVast, vast);
      if (!gemeten.has(client)) {
        gemeten.add(client);
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
          const sql = typeof args[0] === 'string' ? args[0] : '';
          if (/^\s*(START TRANSACTION|BEGIN)/i.test(sql)) transacties++;
          return query(...args);
        };
      }
    };
    const release = () => {
      vast--;
    };
    pool.on('acquire', acquire);
    pool.on('release', release);
    try {
      await fn();
    } finally {
      pool.off('acquire', acquire);
      pool.off('release', release);
      for (const c of gemeten) delete (c as unknown as { query?: unknown }).query;
    }
    return { checkouts, maxVast, transacties };
  }

  it('a W&I read of a shared case: at most two transactions, never two connections at once', async () => {
    const res = { status: 0 };
    const kosten = await meet(async () => {
      res.status = (await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi })).status;
    });
    expect(res.status).toBe(200);
    expect(kosten.maxVast).toBe(1);
    // Identity (one statement) and the request's transaction: measured, not assumed.
    expect(kosten.transacties).toBe(1);
    expect(kosten.checkouts).toBe(2);
  });

  it('ending the share bites on the next request (shares are read with the session, every request)', async () => {
    await api.su.query(`UPDATE casus_deling SET ingetrokken_op = now() WHERE casus_id = $1`, [casusId]);
    expect((await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi })).status).toBe(404);
    await api.su.query(`UPDATE casus_deling SET ingetrokken_op = NULL WHERE casus_id = $1`, [casusId]);
    expect((await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi })).status).toBe(200);
  });

  it('a list read writes one audit row with the ids shown, and the inzage of a listed person finds it', async () => {
    const trace = `trace-lijst-${Date.now()}`;
    const lijst = await call(api, 'GET', '/api/v1/casussen?limit=100', { token: consulent, headers: { 'x-request-id': trace } });
    expect(lijst.status).toBe(200);
    const ids: string[] = lijst.body.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(casusId);
    const rows = (
      await api.su.query(
        `SELECT actie, subject_id, persoon_pseudo, subject_ids, persoon_pseudos FROM audit_log WHERE trace_id = $1`,
        [trace],
      )
    ).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actie: 'search', subject_id: null, persoon_pseudo: null });
    expect([...rows[0].subject_ids].sort()).toEqual([...ids].sort());
    expect(rows[0].persoon_pseudos.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows[0])).not.toContain(persoon.bsn);

    const inzage = await call(api, 'GET', `/api/v1/personen/${persoon.id}/inzage`, { token: consulent });
    expect(inzage.status).toBe(200);
    expect(JSON.stringify(inzage.body)).toContain('search');
  });
});
