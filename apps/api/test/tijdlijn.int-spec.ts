import { Pool } from 'pg';
import { call, demo, login, regioId, startApi, type TestApi, type Res } from './support/api';
import { testBsn } from './support/bsn';

/**
 * The case timeline and the caseload filters: every phase change is recorded (trigger) and shows in the
 * timeline, newest first; a partner gets no timeline and RLS keeps the phase history from it; the
 * caseload filters run in the database and refuse bad input with a 400 naming the parameter.
 * The run's database is shared with other specs: every assertion is about this spec's own rows.
 */
describe('case timeline and caseload filters', () => {
  let api: TestApi;
  let consulent: string;
  let coordinator: string;
  let wi: string;
  let ijv: string;
  let wiOrg: string;
  let casusId: string;
  let persoonId: string;
  const amsterdam = (dagen: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(Date.now() + dagen * 86_400_000),
    );
  const teksten = (body: { tijdlijn: Array<{ tekst: string }> }) => body.tijdlijn.map((i) => i.tekst);

  /** A young person of our own (the demo persons are shared with other specs). */
  async function nieuwePersoon(voornaam: string): Promise<string> {
    const res = await call(api, 'POST', '/api/v1/personen', {
      token: consulent,
      body: { bsn: testBsn(), voornaam, achternaam: 'Tijdlijn', geboortedatum: '2006-04-01', postcode: '8011 AB' },
    });
    if (res.status !== 201) throw new Error(`persoon ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }
  async function nieuweCasus(voornaam: string): Promise<{ id: string; persoonId: string }> {
    const pid = await nieuwePersoon(voornaam);
    const res = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: pid, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    if (res.status !== 201) throw new Error(`casus ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, persoonId: pid };
  }
  /** The whole caseload for a filter: walks the pages (`volgende`); an error answer comes back as it is. */
  const lijst = async (query: string, token = consulent) => {
    const items: unknown[] = [];
    let cursor: string | null = null;
    for (;;) {
      const res: Res = await call(
        api,
        'GET',
        `/api/v1/casussen${query}${query ? '&' : '?'}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { token },
      );
      if (res.status !== 200) return res;
      items.push(...res.body.items);
      cursor = res.body.volgende;
      if (!cursor) return { ...res, body: items };
    }
  };
  const ids = (body: Array<{ id: string }>) => body.map((c) => c.id);

  beforeAll(async () => {
    api = await startApi();
    consulent = await login(api, demo('consulent'));
    coordinator = await login(api, demo('coordinator'));
    wi = await login(api, demo('wi'));
    ijv = await regioId(api, 'IJssel-Vecht');
    const orgs = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items;
    wiOrg = orgs.find((o: { naam: string }) => o.naam === 'Werk & Inkomen IJssel-Vecht').id;
  });
  afterAll(() => api.close());

  it('records every phase change with its actor and shows them in the timeline, newest first', async () => {
    ({ id: casusId, persoonId } = await nieuweCasus('Fase'));
    await call(api, 'PUT', `/api/v1/casussen/${casusId}/signalering`, {
      token: consulent,
      body: { actieNodig: true, toelichting: 'Geen school en geen werk sinds september.' },
    });
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'analyseren' } })).status,
    ).toBe(200);
    await call(api, 'PUT', `/api/v1/casussen/${casusId}/intake`, {
      token: consulent,
      body: { datum: amsterdam(0), antwoorden: { 'Wat wil je bereiken?': 'Werk.' } },
    });
    await call(api, 'POST', `/api/v1/casussen/${casusId}/scans`, {
      token: consulent,
      body: { datum: amsterdam(0), scores: { gezin: { score: 3 }, huisvesting: { score: 4 } } },
    });
    const plannen = await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'plannen' } });
    expect(plannen.status).toBe(200);

    const historie = await api.su.query(
      `SELECT f.van, f.naar, g.email FROM casus_fase_wijziging f LEFT JOIN gebruiker g ON g.id = f.door WHERE f.casus_id = $1 ORDER BY f.op`,
      [casusId],
    );
    expect(historie.rows).toEqual([
      { van: null, naar: 'waarnemen', email: demo('consulent') },
      { van: 'waarnemen', naar: 'analyseren', email: demo('consulent') },
      { van: 'analyseren', naar: 'plannen', email: demo('consulent') },
    ]);

    // The answer of the phase step already carries the timeline.
    expect(teksten(plannen.body)).toEqual([
      'Fase Analyseren → Plannen',
      'Scan van de leefgebieden (2 leefgebieden)',
      'Fase Waarnemen → Analyseren',
      'Oordeel signalering: directe actie nodig',
      'Casus aangemaakt (bron: DUO-lijst)',
    ]);
    const fase = plannen.body.tijdlijn[0];
    expect(fase).toMatchObject({ soort: 'fase', op: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/) });
    expect(plannen.body.tijdlijn.find((i: { soort: string }) => i.soort === 'scan').op).toBe(amsterdam(0));
    // A refused step records nothing.
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'handelen' } })).status,
    ).toBe(409);
    expect(
      (await api.su.query(`SELECT count(*)::int AS n FROM casus_fase_wijziging WHERE casus_id = $1`, [casusId])).rows[0].n,
    ).toBe(3);
  });

  it('a partner with a share gets no timeline, and RLS keeps the phase history from it', async () => {
    const over = amsterdam(60);
    const deel = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: wiOrg,
        grondslag: 'toestemming',
        toestemming: { datum: amsterdam(0), reikwijdte: 'Werk en inkomen', verlooptOp: over },
        doel: 'Route naar werk',
        secties: ['basis', 'acties'],
        eindDatum: over,
      },
    });
    expect(deel.status).toBe(201);
    expect(teksten(deel.body)[0]).toBe('Gedeeld met Werk & Inkomen IJssel-Vecht');

    const zicht = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi });
    expect(zicht.status).toBe(200);
    expect(zicht.body.fase).toBe('plannen');
    expect(zicht.body).not.toHaveProperty('tijdlijn');
    expect((await call(api, 'GET', `/api/v1/personen/${persoonId}/tijdlijn`, { token: wi })).status).toBe(403);

    // The database itself, in the W&I user's context: the shared case is visible, its phase history is not.
    const pool = new Pool({ connectionString: api.config.appDatabaseUrl!, max: 1 });
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(
        `SELECT set_config('app.regio_id', $1, true), set_config('app.rol', 'wi-klantmanager', true), set_config('app.organisatie_id', $2, true)`,
        [ijv, wiOrg],
      );
      expect((await c.query(`SELECT count(*)::int AS n FROM casus WHERE id = $1`, [casusId])).rows[0].n).toBe(1);
      expect(
        (await c.query(`SELECT count(*)::int AS n FROM casus_fase_wijziging WHERE casus_id = $1`, [casusId])).rows[0].n,
      ).toBe(0);
      const err = await c
        .query(`INSERT INTO casus_fase_wijziging (regio_id, casus_id, naar) VALUES ($1, $2, 'beeindigd')`, [ijv, casusId])
        .then(
          () => null,
          (e: Error) => e.message,
        );
      expect(err).toMatch(/row-level security/);
    } finally {
      await c.query('ROLLBACK');
      c.release();
      await pool.end();
    }
  });

  it('a case opened from a melding starts its timeline with the melding, in the order of the story', async () => {
    const school = await login(api, demo('verzuim'));
    const vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: {
        soort: 'zorgwekkend',
        leslocatieVestigingId: vestigingId,
        bsn: testBsn(),
        voornaam: 'Melding',
        achternaam: 'Tijdlijn',
        geboortedatum: '2007-02-02',
        postcode: '8011 AB',
        begindatum: amsterdam(-10),
        vermoedelijkeSoort: 'signaal',
        melderNaam: 'M',
        melderFunctie: 'F',
        zorgen: ['dreigt-voortijdig-te-verlaten'],
        toelichtingActieGewenst: 'Zorg',
      },
    });
    const { body: beoordeeld } = await call(api, 'POST', `/api/v1/meldingen/${m.id}/oordeel`, {
      token: coordinator,
      body: { oordeel: 'actie-vereist', doelgroep: 'verzuim-18plus' },
    });
    const casus = await call(api, 'GET', `/api/v1/casussen/${beoordeeld.casusId}`, { token: coordinator });
    expect(teksten(casus.body)).toEqual([
      'Casus aangemaakt (bron: verzuimmelding)',
      'Oordeel op verzuimmelding: actie vereist',
      'Verzuimmelding opgepakt',
      expect.stringMatching(/^Verzuimmelding ontvangen: Zorgwekkend verzuim \(/),
    ]);
    expect(casus.body.tijdlijn[1].link).toBe(`/meldingen/${m.id}`);
  });

  it('geenContactDagen: an old contact is listed, a recent one is not; without contact it counts from creation', async () => {
    const oud = await nieuweCasus('Oud');
    const recent = await nieuweCasus('Recent');
    const zonder = await nieuweCasus('Zonder');
    await call(api, 'POST', `/api/v1/casussen/${oud.id}/contacten`, {
      token: consulent,
      body: { datum: amsterdam(-30), vorm: 'telefoon', uitkomst: 'contact' },
    });
    // An attempt without contact does not count as contact.
    await call(api, 'POST', `/api/v1/casussen/${oud.id}/contacten`, {
      token: consulent,
      body: { datum: amsterdam(-1), vorm: 'brief', uitkomst: 'geen-gehoor' },
    });
    await call(api, 'POST', `/api/v1/casussen/${recent.id}/contacten`, {
      token: consulent,
      body: { datum: amsterdam(-2), vorm: 'huisbezoek-aangekondigd', uitkomst: 'contact' },
    });

    const res = await lijst('?geenContactDagen=14');
    expect(res.status).toBe(200);
    expect(ids(res.body)).toContain(oud.id);
    expect(ids(res.body)).not.toContain(recent.id);
    expect(ids(res.body)).not.toContain(zonder.id);
    expect(res.body.find((c: { id: string }) => c.id === oud.id).laatsteContact).toBe(amsterdam(-30));

    const alles = (await lijst('')).body;
    expect(alles.find((c: { id: string }) => c.id === recent.id).laatsteContact).toBe(amsterdam(-2));
    expect(alles.find((c: { id: string }) => c.id === zonder.id).laatsteContact).toBeNull();

    await api.su.query(`UPDATE casus SET aangemaakt_op = now() - interval '20 days' WHERE id = $1`, [zonder.id]);
    expect(ids((await lijst('?geenContactDagen=14')).body)).toContain(zonder.id);
    expect(ids((await lijst('?geenContactDagen=30')).body)).toEqual(expect.arrayContaining([oud.id]));
    expect(ids((await lijst('?geenContactDagen=31')).body)).not.toContain(oud.id);
  });

  it('fase, doelgroep, teLaat and consulentId filter in the database', async () => {
    const me = (await call(api, 'GET', '/api/v1/auth/me', { token: consulent })).body;
    expect(ids((await lijst('?fase=plannen&doelgroep=nieuw-vsv')).body)).toContain(casusId);
    expect(ids((await lijst('?fase=handelen')).body)).not.toContain(casusId);
    expect(ids((await lijst(`?consulentId=${me.gebruiker.id}`)).body)).toContain(casusId);
    expect(ids((await lijst('?consulentId=00000000-0000-4000-8000-000000000001')).body)).toEqual([]);
    expect(ids((await lijst('?teLaat=true')).body)).not.toContain(casusId);
    expect(ids((await lijst('?teLaat=false')).body)).toContain(casusId);
    await api.su.query(
      `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, deadline) VALUES ($1, $2, 'Over tijd', current_date - 3)`,
      [casusId, ijv],
    );
    const teLaat = (await lijst('?teLaat=true')).body;
    expect(teLaat.find((c: { id: string }) => c.id === casusId)).toMatchObject({ teLaatActies: 1 });
    // A partner keeps its reduced rows and may filter on what its share shows.
    const partner = await lijst('?fase=plannen', wi);
    expect(partner.status).toBe(200);
    expect(partner.body.find((c: { id: string }) => c.id === casusId)).toEqual({
      id: casusId,
      fase: 'plannen',
      doelgroep: 'nieuw-vsv',
      voornaam: 'Fase',
      achternaam: 'Tijdlijn',
    });
  });

  it('bad query parameters answer 400 naming the parameter (never 500)', async () => {
    const cases: Array<[string, string[]]> = [
      ['?geenContactDagen=0', ['geenContactDagen']],
      ['?geenContactDagen=366', ['geenContactDagen']],
      ['?geenContactDagen=veel', ['geenContactDagen']],
      ['?geenContactDagen=1.5', ['geenContactDagen']],
      ['?teLaat=misschien', ['teLaat']],
      ['?fase=hemel&doelgroep=iedereen', ['doelgroep', 'fase']],
      ['?consulentId=niet-een-uuid', ['consulentId']],
      ['?onbekend=1', ['onbekend']],
    ];
    for (const [query, velden] of cases) {
      const res = await lijst(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(velden);
    }
    const dagen = await lijst('?geenContactDagen=0');
    expect(dagen.body.errors[0].message).toMatch(/aantal dagen van 1 tot 365/);
    // Contact and actions are not in a partner's slice: neither are filters on them.
    const partner = await lijst('?geenContactDagen=7&teLaat=true', wi);
    expect(partner.status).toBe(400);
    expect(partner.body.errors.map((e: { field: string }) => e.field)).toEqual(['teLaat', 'geenContactDagen']);
  });

  it('the person timeline spans the cases and links to them; inzage lists the phase history, erasure removes it', async () => {
    const res = await call(api, 'GET', `/api/v1/personen/${persoonId}/tijdlijn`, { token: consulent });
    expect(res.status).toBe(200);
    expect(res.body.find((i: { tekst: string }) => i.tekst === 'Fase Analyseren → Plannen')).toMatchObject({
      link: `/casussen/${casusId}`,
    });

    const inzage = await call(api, 'GET', `/api/v1/personen/${persoonId}/inzage`, { token: consulent });
    expect(inzage.body.faseHistorie.map((f: { naar: string }) => f.naar)).toEqual(['waarnemen', 'analyseren', 'plannen']);

    await api.su.query(`UPDATE casus SET fase = 'beeindigd' WHERE id = $1`, [casusId]);
    expect(
      (await api.su.query(`SELECT naar FROM casus_fase_wijziging WHERE casus_id = $1 ORDER BY op DESC LIMIT 1`, [casusId]))
        .rows[0].naar,
    ).toBe('beeindigd');
    const wis = await call(api, 'POST', `/api/v1/personen/${persoonId}/wissen`, {
      token: coordinator,
      body: { reden: 'Verzoek van de jongere (art. 17 AVG)' },
    });
    expect(wis.status).toBe(200);
    expect(
      (await api.su.query(`SELECT count(*)::int AS n FROM casus_fase_wijziging WHERE casus_id = $1`, [casusId])).rows[0].n,
    ).toBe(0);
  });
});
