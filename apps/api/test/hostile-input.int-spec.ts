import { gzipSync } from 'node:zlib';
import { INTAKE_MAX_VRAGEN, TEKST_MAX } from '@rmc/shared-domain';
import { call, demo, login, regioId, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';

/** Issue 12, part 1: hostile input is a 4xx problem naming the field, never a 500, and changes nothing. */
describe('hostile input', () => {
  let api: TestApi;
  let consulent: string;
  let coordinator: string;
  beforeAll(async () => {
    api = await startApi();
    consulent = await login(api, demo('consulent'));
    coordinator = await login(api, demo('coordinator'));
  });
  afterAll(() => api.close());

  const diep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it('deeply nested JSON, also without a session on the login route: 400, not a stack overflow', async () => {
    for (const [pad, token] of [
      ['/api/v1/auth/login', undefined],
      ['/api/v1/personen', consulent],
    ] as const) {
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

  // Root causes the fuzz suite (fuzz.int-spec.ts) found; each was a 500 or a 4xx without a Dutch problem.
  const probleem = (res: { status: number; headers: Headers; body: any }, status: number) => {
    expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({
      status,
      type: expect.stringContaining('application/problem+json'),
    });
    expect(typeof res.body.detail).toBe('string');
  };
  const nieuweOrganisatie = async (naam: string) => {
    const res = await call(api, 'POST', '/api/v1/organisaties', { token: coordinator, body: { naam, soort: 'overig' } });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('null in an optional field: 400 "Dit veld is verplicht." naming it (was null.trim() and a NOT NULL violation), nothing changed', async () => {
    const id = await nieuweOrganisatie(`Hostile null ${Date.now()}`);
    for (const body of [{ naam: null }, { actief: null }]) {
      const res = await call(api, 'PATCH', `/api/v1/organisaties/${id}`, { token: coordinator, body });
      probleem(res, 400);
      expect(res.body.errors).toEqual([{ field: Object.keys(body)[0], message: 'Dit veld is verplicht.' }]);
    }
    const { rows } = await api.su.query(`SELECT actief FROM organisatie WHERE id = $1`, [id]);
    expect(rows[0].actief).toBe(true);
    const { rows: gebruiker } = await api.su.query(`SELECT id FROM gebruiker WHERE email = $1`, [demo('mentor')]);
    const res = await call(api, 'PATCH', `/api/v1/gebruikers/${gebruiker[0].id}`, { token: coordinator, body: { naam: null } });
    expect(res.status).toBeLessThan(500);
    if (res.status === 400) expect(res.body.errors).toEqual([{ field: 'naam', message: 'Dit veld is verplicht.' }]);
  });

  it('a duplicate organisation name on a rename: 409 naming naam (was a unique violation under RLS, where PostgreSQL leaves the key out of the detail: 500)', async () => {
    const a = `Hostile dubbel A ${Date.now()}`;
    await nieuweOrganisatie(a);
    const b = await nieuweOrganisatie(`Hostile dubbel B ${Date.now()}`);
    const res = await call(api, 'PATCH', `/api/v1/organisaties/${b}`, { token: coordinator, body: { naam: a } });
    probleem(res, 409);
    expect(res.body.errors).toEqual([{ field: 'naam', message: expect.any(String) }]);
  });

  it('a list where one nested object belongs: PUT /verzuimagendas/{id}/inhoud {"inhoud": []} is 400 naming inhoud (was a 500)', async () => {
    const { rows } = await api.su.query(`SELECT id FROM verzuimagenda WHERE $1 = ANY(regio_ids) ORDER BY id LIMIT 1`, [
      await regioId(api, 'IJssel-Vecht'),
    ]);
    for (const inhoud of [[], [{}]]) {
      const res = await call(api, 'PUT', `/api/v1/verzuimagendas/${rows[0].id}/inhoud`, { token: coordinator, body: { inhoud } });
      probleem(res, 400);
      expect(res.body.errors).toEqual([{ field: 'inhoud', message: expect.stringContaining('geen lijst') }]);
    }
  });

  it('a body the parser cannot decompress or decode: 400/415 problem in Dutch (was a 500 "Bad Request")', async () => {
    const zonderGzip = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: '{"email":"a@b.nl","wachtwoord":"x"}',
    });
    probleem({ status: zonderGzip.status, headers: zonderGzip.headers, body: await zonderGzip.json() }, 400);
    const metGzip = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync('{"email":"a@b.nl"}'),
    });
    expect(metGzip.status).toBe(400);
    for (const [kop, waarde] of [
      ['content-encoding', 'compress'],
      ['content-type', 'application/json; charset=latin1'],
    ]) {
      const res = await fetch(`${api.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [kop]: waarde },
        body: '{}',
      });
      const body = await res.json();
      probleem({ status: res.status, headers: res.headers, body }, 415);
      expect(body.detail).toContain('UTF-8');
    }
  });

  it('a URL longer than Node accepts: 431 problem+json (was a bare 431 without a body)', async () => {
    const res = await fetch(`${api.url}/api/v1/personen?cursor=${'x'.repeat(100_000)}`, {
      headers: { authorization: `Bearer ${consulent}` },
    });
    probleem({ status: res.status, headers: res.headers, body: await res.json() }, 431);
  });

  it('class-validator defaults ("each value in …", a Length without a message) are Dutch', async () => {
    const res = await call(api, 'POST', `/api/v1/casussen/0b0e6f5e-59b5-4c1a-9a52-2f2f7d4a1c11/delingen`, {
      token: coordinator,
      body: { secties: [1] },
    });
    probleem(res, 400);
    expect(res.body.errors).toContainEqual({ field: 'secties', message: 'Vul tekst in.' });
    expect(JSON.stringify(res.body)).not.toMatch(/must|should|each value/);
  });
  it('length limits (TEKST_MAX): one character too many is 400 naming the field in Dutch, a value at the limit is stored', async () => {
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
    const vraag = 'Wat wil je bereiken?';
    const teLang = { field: `antwoorden.${vraag}`, message: 'Deze tekst is te lang (hoogstens 5.000 tekens).' };

    // Intake answers: a free object, checked by controleerIntake (the fuzz stored 200,000 characters here).
    for (const antwoord of ['x'.repeat(TEKST_MAX.intakeAntwoord + 1), 'x'.repeat(200_000)]) {
      const res = await call(api, 'PUT', `${casus}/intake`, {
        token: consulent,
        body: { datum: '2026-11-02', antwoorden: { [vraag]: antwoord } },
      });
      probleem(res, 400);
      expect(res.body.errors).toEqual([teLang]);
    }
    const geenTekst = await call(api, 'PUT', `${casus}/intake`, {
      token: consulent,
      body: { datum: '2026-11-02', antwoorden: { [vraag]: ['x'.repeat(200_000)] } },
    });
    probleem(geenTekst, 400);
    expect(geenTekst.body.errors).toEqual([{ field: `antwoorden.${vraag}`, message: 'Vul tekst in.' }]);
    const veel = Object.fromEntries(Array.from({ length: INTAKE_MAX_VRAGEN + 1 }, (_, i) => [`Vraag ${i}`, 'ja']));
    probleem(
      await call(api, 'PUT', `${casus}/intake`, { token: consulent, body: { datum: '2026-11-02', antwoorden: veel } }),
      400,
    );
    const opDeGrens = await call(api, 'PUT', `${casus}/intake`, {
      token: consulent,
      body: { datum: '2026-11-02', antwoorden: { [vraag]: 'x'.repeat(TEKST_MAX.intakeAntwoord) } },
    });
    expect(opDeGrens.status).toBe(200);
    const { rows } = await api.su.query(`SELECT intake FROM casus WHERE id = $1`, [maak.body.id]);
    expect(rows[0].intake.antwoorden[vraag]).toHaveLength(TEKST_MAX.intakeAntwoord);

    // A leefgebied's note must be text (an array of huge strings passed the old check) within its limit.
    for (const [notitie, melding] of [
      ['x'.repeat(TEKST_MAX.toelichting + 1), 'Deze tekst is te lang (hoogstens 1.000 tekens).'],
      [['x'.repeat(200_000)], 'Vul tekst in.'],
    ] as const) {
      const res = await call(api, 'POST', `${casus}/scans`, {
        token: consulent,
        body: { datum: '2026-11-02', scores: { huisvesting: { score: 3, notitie } } },
      });
      probleem(res, 400);
      expect(res.body.errors).toEqual([{ field: 'scores.huisvesting.notitie', message: melding }]);
    }
    const scan = await call(api, 'POST', `${casus}/scans`, {
      token: consulent,
      body: { datum: '2026-11-02', scores: { huisvesting: { score: 3, notitie: 'x'.repeat(TEKST_MAX.toelichting) } } },
    });
    expect(scan.status).toBeLessThan(300);

    // A DTO field that had no limit: the four steps of a share (class-validator @MaxLength, message from the table).
    const stap = 'Waarom dit nodig is. '.repeat(10);
    const deling = await call(api, 'POST', `${casus}/delingen`, {
      token: coordinator,
      body: {
        organisatieId: '0b0e6f5e-59b5-4c1a-9a52-2f2f7d4a1c11',
        grondslag: 'wettelijke-taak',
        vierstappen: { grondslag: stap, doel: 'x'.repeat(TEKST_MAX.notitie + 1), proportionaliteit: stap, subsidiariteit: stap },
        doel: 'Samen een plan maken.',
        secties: ['basis', 'y'.repeat(TEKST_MAX.sectie + 1)],
        eindDatum: '2027-06-30',
      },
    });
    probleem(deling, 400);
    expect(deling.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'vierstappen.doel', message: 'Deze tekst is te lang (hoogstens 2.000 tekens).' },
        { field: 'secties', message: 'Onbekende sectie.' },
      ]),
    );
  });
});
