import { PdfRenderer } from '@rmc/server-core';
import { INTAKE_MAX_VRAGEN, TEKST_MAX } from '@rmc/shared-domain';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';

/**
 * Issue 12 part 2 / issue 11 part 6: exports are read and audited in a short transaction that commits
 * before the PDF is rendered (in a worker thread), and expensive routes are limited per user, per region
 * and by the render pool: saturation is 503 with Retry-After, before any database work, never a 500.
 * Limits of 1 (and a render pool of one thread without a queue) make every limit reachable here.
 */
describe('exports: rendered after the transaction, limited, 503 with Retry-After', () => {
  let api: TestApi;
  let coordinator: string;
  let consulent: string;
  let twente: string;
  let persoonId: string;
  let pad: string;
  let tijdensRender: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    api = await startApi({
      EXPORT_PER_USER: '1',
      EXPORT_PER_REGION: '1',
      PDF_THREADS: '1',
      PDF_QUEUE: '0',
      EXPORT_RETRY_AFTER_S: '7',
    });
    coordinator = await login(api, demo('coordinator'));
    consulent = await login(api, demo('consulent'));
    twente = await login(api, demo('coordinator', 'twente'));
    persoonId = (await vrijePersoon(api)).rows[0].id;
    pad = `/api/v1/personen/${persoonId}/inzage/pdf`;
    // Every render first runs the test's hook (observe, or hold the render to saturate the limits).
    const renderer = api.app.get(PdfRenderer);
    const echt = renderer.render.bind(renderer);
    jest.spyOn(renderer, 'render').mockImplementation(async (sjabloon, data) => {
      await tijdensRender?.();
      return echt(sjabloon, data);
    });
  });
  afterAll(() => api.close());

  const exportsGeaudit = async () =>
    (await api.su.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND actie = 'export'`, [persoonId]))
      .rows[0].n as number;
  const pdf = (token: string) => fetch(`${api.url}${pad}`, { headers: { authorization: `Bearer ${token}` } });

  it('reads and audits in a transaction that has committed when the rendering starts; no pooled connection is held while rendering', async () => {
    const voor = await exportsGeaudit();
    const pool = (api.app.get(DataSource).driver as unknown as { master: Pool }).master;
    let gezien: { geaudit: number; bezet: number } | undefined;
    tijdensRender = async () => {
      gezien = { geaudit: await exportsGeaudit(), bezet: pool.totalCount - pool.idleCount };
    };
    try {
      const res = await pdf(coordinator);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="inzage-\d{4}-\d{2}-\d{2}\.pdf"$/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    } finally {
      tijdensRender = undefined;
    }
    // The audit row was visible to another connection while rendering: its transaction had committed.
    expect(gezien).toEqual({ geaudit: voor + 1, bezet: 0 });
    expect(await exportsGeaudit()).toBe(voor + 1);
  });

  it('saturation: the same user, the same region and a full render pool get 503 with Retry-After at once; health stays fast; later requests are fine', async () => {
    const voor = await exportsGeaudit();
    let los!: () => void;
    const vast = new Promise<void>((r) => (los = r));
    let gestart!: () => void;
    const bezig = new Promise<void>((r) => (gestart = r));
    tijdensRender = async () => {
      gestart();
      await vast;
    };
    const eerste = pdf(coordinator);
    try {
      await bezig;
      const weigeringen = [
        ['same user', await call(api, 'GET', pad, { token: coordinator })],
        // The limit counts every expensive route: the compliance CSV of the same user too.
        ['same user, CSV', await call(api, 'GET', '/api/v1/compliance.csv', { token: coordinator })],
        ['same region', await call(api, 'GET', pad, { token: consulent })],
        // Another region, but the render pool (one thread, no queue) is full.
        ['render pool', await call(api, 'GET', pad, { token: twente })],
      ] as const;
      for (const [wie, res] of weigeringen) {
        expect([wie, res.status]).toEqual([wie, 503]);
        expect(res.headers.get('retry-after')).toBe('7');
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({
          status: 503,
          title: 'Tijdelijk niet beschikbaar',
          type: expect.stringMatching(/export-bezet$/),
          traceId: expect.any(String),
        });
        expect(res.body.detail).toMatch(/exports tegelijk/);
      }
      const t0 = performance.now();
      expect((await call(api, 'GET', '/api/health')).status).toBe(200);
      expect((await call(api, 'GET', '/api/health/ready')).status).toBe(200);
      expect(performance.now() - t0).toBeLessThan(2_000);
      // Ordinary requests of the same user are not limited.
      expect((await call(api, 'GET', `/api/v1/personen/${persoonId}`, { token: coordinator })).status).toBe(200);
    } finally {
      los();
      tijdensRender = undefined;
    }
    const res = await eerste;
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    // Refused before any database work: only the delivered export is audited.
    expect(await exportsGeaudit()).toBe(voor + 1);

    // Slots are given back: the next exports of both users pass.
    expect((await pdf(consulent)).status).toBe(200);
    const csv = await fetch(`${api.url}/api/v1/compliance.csv`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^Schooljaar;.*\r\n\d{4}-\d{4};Totaal;/s);
  });

  it('a flood from one session is refused before authentication: 503 at once, the session stays usable', async () => {
    const voor = await exportsGeaudit();
    const alleExports = async () =>
      (await api.su.query(`SELECT count(*)::int AS n FROM audit_log WHERE actie = 'export'`)).rows[0].n as number;
    const alleVoor = await alleExports();
    const uitslagen = await Promise.all(Array.from({ length: 30 }, () => call(api, 'GET', pad, { token: coordinator })));
    const statussen = uitslagen.map((r) => r.status);
    expect(statussen.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statussen.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    for (const r of uitslagen.filter((u) => u.status === 503)) {
      expect(r.headers.get('retry-after')).toBe('7');
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatchObject({ status: 503, type: expect.stringMatching(/export-bezet$/), traceId: expect.any(String) });
    }
    const geleverd = statussen.filter((s) => s === 200).length;
    expect(await exportsGeaudit()).toBe(voor + geleverd);
    expect(await alleExports()).toBe(alleVoor + geleverd);
    // A request without a (valid) token is not counted against anyone: the guard answers 401.
    expect((await call(api, 'GET', pad, { token: 'onzin' })).status).toBe(401);
    expect((await call(api, 'GET', pad)).status).toBe(401);
    expect((await pdf(coordinator)).status).toBe(200);
  });

  it('a file with the longest intake the limits allow (50 answers of 5,000-character words) answers in seconds, and the next export passes (the inzage PDF the full fuzz run never got)', async () => {
    const persoon = (await vrijePersoon(api)).rows[0].id;
    const maak = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: persoon, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    expect(maak.status).toBe(201);
    const casus = `/api/v1/casussen/${maak.body.id}`;
    await call(api, 'PUT', `${casus}/signalering`, { token: consulent, body: { actieNodig: true, toelichting: 'Geen school.' } });
    expect((await call(api, 'POST', `${casus}/fase`, { token: consulent, body: { naar: 'analyseren' } })).body.fase).toBe(
      'analyseren',
    );
    // The fuzz stored one 200,000-character word as an intake answer; the length limits (TEKST_MAX) now
    // refuse that, so the largest intake they allow instead: 250,000 characters in 50 long words.
    const antwoorden = Object.fromEntries(
      Array.from({ length: INTAKE_MAX_VRAGEN }, (_, i) => [`vraag ${i + 1}`, 'x'.repeat(TEKST_MAX.intakeAntwoord)]),
    );
    const intake = await call(api, 'PUT', `${casus}/intake`, { token: consulent, body: { datum: '2026-11-02', antwoorden } });
    expect(intake.status).toBe(200);
    const begin = Date.now();
    const res = await fetch(`${api.url}/api/v1/personen/${persoon}/inzage/pdf`, {
      headers: { authorization: `Bearer ${coordinator}` },
      signal: AbortSignal.timeout(60_000),
    });
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    // pdfkit alone needed minutes for this word (quadratic wrapping): the fuzz's request timed out at 60 s.
    expect(Date.now() - begin).toBeLessThan(30_000);
    expect((await pdf(coordinator)).status).toBe(200);
  }, 120_000);

  it('a foreign person is still 404 before any rendering, and the slot is given back', async () => {
    const res = await call(api, 'GET', pad, { token: twente });
    expect(res.status).toBe(404);
    expect((await call(api, 'GET', pad, { token: twente })).status).toBe(404);
    expect((await pdf(coordinator)).status).toBe(200);
  });
});
