import { STANDAARD_SECTIES } from '@rmc/shared-domain';
import type { Pool } from 'pg';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';
import { apiPool, meet } from './support/pool-meting';

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
    pool = apiPool(api);
  });
  afterAll(() => api.close());

  /** Transactions: explicit ones (BEGIN … COMMIT) plus every statement sent outside one (autocommit). */
  function transactiesVan(statements: string[]): number {
    let n = 0;
    let binnen = false;
    for (const sql of statements) {
      if (/^\s*(START TRANSACTION|BEGIN)/i.test(sql)) {
        n++;
        binnen = true;
      } else if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(sql)) binnen = false;
      else if (!binnen) n++;
    }
    return n;
  }

  it('a W&I read of a shared case: at most two transactions, never two connections at once', async () => {
    const res = { status: 0 };
    const kosten = await meet(pool, async () => {
      res.status = (await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi })).status;
    });
    expect(res.status).toBe(200);
    expect(kosten.maxVast).toBe(1);
    // Identity (one statement) and the request's transaction: measured, not assumed.
    expect(kosten.transacties).toBe(1);
    expect(kosten.checkouts).toBe(2);
    // Counted from the statements themselves: token → session → membership → shares is the first statement, on
    // its own (autocommit), and the only one that reads the session; everything else runs in one transaction.
    expect(transactiesVan(kosten.statements)).toBeLessThanOrEqual(2);
    expect(kosten.statements[0]).toMatch(/^SELECT sessie_actor\(/);
    expect(kosten.statements.filter((s) => /\bsessie\b|sessie_actor|lidmaatschap|casus_deling/.test(s))).toEqual([
      kosten.statements[0],
    ]);
    expect(kosten.statements[1]).toMatch(/^\s*(START TRANSACTION|BEGIN)/i);
  });

  it('the live stream re-checks its session with the same identity statement, without counting as activity', async () => {
    const vorige = process.env['SSE_PING_MS'];
    process.env['SSE_PING_MS'] = '100';
    const token = await login(api, demo('wi'));
    const orgs = await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent });
    const wiOrg = orgs.body.items.find(
      (o: { soort: string; naam: string }) => o.soort === 'werk-en-inkomen' && o.naam.endsWith('IJssel-Vecht'),
    );
    const morgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const overleg = await call(api, 'POST', '/api/v1/overleggen', {
      token: consulent,
      body: { soort: 'MDO', titel: 'MDO kosten', start: `${morgen}T09:30:00+01:00`, deelnemerOrganisaties: [wiOrg.id] },
    });
    expect(overleg.status).toBe(201);
    const overlegId: string = overleg.body.id;
    // The W&I user's newest session (the one just opened).
    const sessie = (
      await api.su.query(
        `SELECT s.id FROM sessie s JOIN gebruiker g ON g.id = s.gebruiker_id WHERE g.email = $1 ORDER BY s.aangemaakt_op DESC LIMIT 1`,
        [demo('wi')],
      )
    ).rows[0].id;
    try {
      const kosten = await meet(pool, async () => {
        const stream = await fetch(`${api.url}/api/v1/overleggen/${overlegId}/stream`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(stream.status).toBe(200);
        const reader = stream.body!.getReader();
        // Last activity a minute ago: a check that counted as activity would write the stamp now (every 30 s at most).
        const voor = (
          await api.su.query(
            `UPDATE sessie SET laatst_actief_op = now() - interval '60 seconds' WHERE id = $1 RETURNING laatst_actief_op`,
            [sessie],
          )
        ).rows[0].laatst_actief_op;
        let gelezen = '';
        while ((gelezen.match(/: ping/g) ?? []).length < 3) gelezen += new TextDecoder().decode((await reader.read()).value);
        const na = (await api.su.query(`SELECT laatst_actief_op FROM sessie WHERE id = $1`, [sessie])).rows[0].laatst_actief_op;
        expect(na).toEqual(voor);
        await reader.cancel();
      });
      // Opening: identity + the visibility check's transaction; then one identity statement per ping, never own SQL on sessie.
      const identiteit = kosten.statements.filter((s) => /sessie_actor/.test(s));
      expect(identiteit.length).toBeGreaterThanOrEqual(4);
      expect(kosten.statements.filter((s) => /\bsessie\b/.test(s) && !/sessie_actor/.test(s))).toEqual([]);
      expect(kosten.maxVast).toBe(1);
    } finally {
      if (vorige === undefined) delete process.env['SSE_PING_MS'];
      else process.env['SSE_PING_MS'] = vorige;
    }
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
