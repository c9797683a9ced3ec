import { call, demo, login, startApi, type TestApi } from './support/api';
import { testBsn } from './support/bsn';
import { plusWerkdagen, amsterdamDatum } from '@rmc/shared-domain';

/**
 * Issue 3 through the API: filing by a school for students of two regions, routing, the agenda's
 * required fields, the 7-day rule, the quality loop, triage, the judgement and feedback to the school.
 */
describe('verzuimmeldingen', () => {
  let api: TestApi;
  let school: string;
  let vestigingId: string;
  let ijv: string;
  let twente: string;
  let consulentIjv: string;

  beforeAll(async () => {
    api = await startApi();
    school = await login(api, demo('verzuim', 'ijssel-vecht'));
    ijv = await login(api, demo('coordinator', 'ijssel-vecht'));
    twente = await login(api, demo('coordinator', 'twente'));
    consulentIjv = await login(api, demo('consulent', 'ijssel-vecht'));
    vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
  });
  afterAll(() => api.close());

  const melding = (postcode: string, extra: Record<string, unknown> = {}) => ({
    soort: 'aaneengesloten-4-weken',
    leslocatieVestigingId: vestigingId,
    bsn: testBsn(),
    voornaam: 'Test',
    achternaam: 'Student',
    geboortedatum: '2007-03-14',
    postcode,
    begindatum: '2026-10-12',
    vermoedelijkeSoort: '1-maand-of-langer',
    allesGemist: true,
    verzuimDagen: 24,
    melderNaam: 'M. de Vries',
    melderFunctie: 'Verzuimcoördinator',
    zorgen: ['startkwalificatie-in-gevaar'],
    ...extra,
  });
  const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((m) => m.id);

  it('routes by postcode: each melding appears only in its own region; an unknown region is kept for the school', async () => {
    const zwolle = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('8011 AB') });
    const enschede = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('7511 AB') });
    const deventer = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('7411 AA') });
    expect([zwolle.status, enschede.status, deventer.status]).toEqual([201, 201, 201]);
    expect(zwolle.body).toMatchObject({ status: 'ontvangen', regioNaam: 'IJssel-Vecht', regioAangesloten: true });
    expect(enschede.body).toMatchObject({ status: 'ontvangen', regioNaam: 'Twente' });
    expect(deventer.body).toMatchObject({ status: 'regio-niet-aangesloten', regioAangesloten: false });

    const ijvLijst = ids(await call(api, 'GET', '/api/v1/meldingen', { token: ijv }));
    const twenteLijst = ids(await call(api, 'GET', '/api/v1/meldingen', { token: twente }));
    const schoolLijst = ids(await call(api, 'GET', '/api/v1/meldingen', { token: school }));
    expect(ijvLijst).toContain(zwolle.body.id);
    expect(ijvLijst).not.toContain(enschede.body.id);
    expect(twenteLijst).toContain(enschede.body.id);
    expect(twenteLijst).not.toContain(zwolle.body.id);
    expect(ijvLijst).not.toContain(deventer.body.id);
    expect(twenteLijst).not.toContain(deventer.body.id);
    expect(schoolLijst).toEqual(expect.arrayContaining([zwolle.body.id, enschede.body.id, deventer.body.id]));
    expect((await call(api, 'GET', `/api/v1/meldingen/${zwolle.body.id}`, { token: twente })).status).toBe(404);
  });

  it('computes the pick-up deadline in werkdagen from the agenda (5 for 4 weeks)', async () => {
    const res = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('8011 AB') });
    const regio = await call(api, 'GET', `/api/v1/meldingen/${res.body.id}`, { token: ijv });
    expect(regio.body.oppakDeadline).toBe(plusWerkdagen(amsterdamDatum(new Date()), 5));
    expect(regio.body.teLaat).toBe(false);
  });

  it('refuses a melding missing a field the agenda requires (400 naming the field) and saves nothing', async () => {
    const before = (await api.su.query(`SELECT count(*)::int AS n FROM melding`)).rows[0].n;
    const body = melding('8011 AB');
    delete (body as Record<string, unknown>)['begindatum'];
    delete (body as Record<string, unknown>)['verzuimDagen'];
    const res = await call(api, 'POST', '/api/v1/meldingen', { token: school, body });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['begindatum', 'verzuimDagen']);
    expect(res.body.errors[0].message).toMatch(/verzuimagenda/);
    expect((await api.su.query(`SELECT count(*)::int AS n FROM melding`)).rows[0].n).toBe(before);
  });

  it('refuses a threshold below the norm, a bad BSN and an unknown field', async () => {
    const laag = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: melding('8011 AB', { soort: '16-uur-in-4-weken', verzuimUren: 8, actieGewenst: false }),
    });
    expect(laag.status).toBe(400);
    expect(laag.body.errors).toEqual([{ field: 'verzuimUren', message: expect.stringMatching(/minstens 16 verzuimuren/) }]);
    const bsn = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('8011 AB', { bsn: '123456789' }) });
    expect(bsn.body.errors).toEqual([{ field: 'bsn', message: 'Dit BSN voldoet niet aan de elfproef.' }]);
    const onbekend = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('8011 AB', { geheim: 'x' }) });
    expect(onbekend.status).toBe(400);
    expect(onbekend.body.errors[0].field).toBe('geheim');
  });

  it('refuses a second continuous-absence melding within 7 days with the reason', async () => {
    const body = melding('8011 AB');
    expect((await call(api, 'POST', '/api/v1/meldingen', { token: school, body })).status).toBe(201);
    const tweede = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: { ...body } });
    expect(tweede.status).toBe(422);
    expect(tweede.body.detail).toMatch(/hoogstens één melding per 7 kalenderdagen/);
  });

  it('runs the quality loop, triage, judgement and feedback; the school sees only its slice', async () => {
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: melding('8012 AA', { actieGewenst: true, toelichtingActieGewenst: 'Thuissituatie zorgelijk' }),
    });
    const vraag = await call(api, 'POST', `/api/v1/meldingen/${m.id}/aanvulling-vragen`, {
      token: ijv,
      body: { vraag: 'Welke afspraken zijn er met de student gemaakt?' },
    });
    expect(vraag.status).toBe(200);
    expect(vraag.body.status).toBe('aanvulling-gevraagd');

    const schoolZicht = await call(api, 'GET', `/api/v1/meldingen/${m.id}`, { token: school });
    expect(schoolZicht.body.openVraag).toBe('Welke afspraken zijn er met de student gemaakt?');
    const antwoord = await call(api, 'POST', `/api/v1/meldingen/${m.id}/aanvulling`, {
      token: school,
      body: { antwoord: 'Wekelijks gesprek met de mentor.', velden: { afsprakenMetStudent: 'Wekelijks gesprek' } },
    });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.status).toBe('ontvangen');

    const consulenten = await call(api, 'GET', '/api/v1/meldingen/consulenten', { token: ijv });
    const consulent = consulenten.body.find((c: { naam: string }) => c.naam === 'Consulent IJssel-Vecht');
    expect(
      (
        await call(api, 'POST', `/api/v1/meldingen/${m.id}/toewijzing`, {
          token: consulentIjv,
          body: { consulentId: consulent.id },
        })
      ).status,
    ).toBe(403);
    const toegewezen = await call(api, 'POST', `/api/v1/meldingen/${m.id}/toewijzing`, {
      token: ijv,
      body: { consulentId: consulent.id },
    });
    expect(toegewezen.body.consulentNaam).toBe('Consulent IJssel-Vecht');

    const oordeel = await call(api, 'POST', `/api/v1/meldingen/${m.id}/oordeel`, {
      token: ijv,
      body: { oordeel: 'actie-vereist', doelgroep: 'verzuim-18plus' },
    });
    expect(oordeel.body).toMatchObject({ status: 'in-behandeling', oordeel: 'actie-vereist', casusId: expect.any(String) });
    const casus = await api.su.query(
      `SELECT c.doelgroep, c.consulent_id, p.bsn FROM casus c JOIN persoon p ON p.id = c.persoon_id WHERE c.id = $1`,
      [oordeel.body.casusId],
    );
    expect(casus.rows[0]).toMatchObject({ doelgroep: 'verzuim-18plus', consulent_id: consulent.id, bsn: m.bsn });

    const terug = await call(api, 'POST', `/api/v1/meldingen/${m.id}/terugkoppeling`, {
      token: ijv,
      body: {
        status: 'in-behandeling',
        toelichting: 'Huisbezoek gepland; afspraak met mentor gemaakt.',
        contactpersoon: 'Consulent IJssel-Vecht, 038-1234567',
      },
    });
    expect(terug.status).toBe(200);

    const eind = await call(api, 'GET', `/api/v1/meldingen/${m.id}`, { token: school });
    expect(eind.body).toMatchObject({
      status: 'in-behandeling',
      terugmeldStatus: 'in-behandeling',
      regioContactpersoon: 'Consulent IJssel-Vecht, 038-1234567',
    });
    for (const regioVeld of ['consulentId', 'consulentNaam', 'oordeel', 'oordeelReden', 'casusId', 'urgentie', 'oppakDeadline'])
      expect(eind.body).not.toHaveProperty(regioVeld);
    const soorten = eind.body.historie.map((h: { soort: string }) => h.soort);
    expect(soorten).toEqual(['ingediend', 'aanvulling-gevraagd', 'aanvulling-gegeven', 'terugkoppeling']);

    const berichten = await call(api, 'GET', '/api/v1/notificaties', { token: school });
    expect(berichten.body.ongelezen).toBeGreaterThanOrEqual(2);
    expect(berichten.body.items[0].link).toBe(`/meldingen/${m.id}`);
    const mails = await api.su.query(`SELECT tekst FROM email_outbox WHERE tekst LIKE $1`, [`%/meldingen/${m.id}%`]);
    expect(mails.rows.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails.rows) expect(mail.tekst).not.toContain(m.bsn);
  });

  it('closing feedback needs one of the 7 DUO reasons', async () => {
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('8013 AA') });
    const zonder = await call(api, 'POST', `/api/v1/meldingen/${m.id}/terugkoppeling`, {
      token: ijv,
      body: { status: 'afgesloten', toelichting: 'Terug op school.', contactpersoon: 'RMC' },
    });
    expect(zonder.status).toBe(400);
    expect(zonder.body.errors[0].field).toBe('redenAfgesloten');
    const met = await call(api, 'POST', `/api/v1/meldingen/${m.id}/terugkoppeling`, {
      token: ijv,
      body: {
        status: 'afgesloten',
        redenAfgesloten: 'terug-naar-school',
        toelichting: 'Terug op school.',
        contactpersoon: 'RMC',
      },
    });
    expect(met.body).toMatchObject({ status: 'afgesloten', redenAfgesloten: 'terug-naar-school' });
  });

  it('partners and the platform see no meldingen; an invalid step is a 409', async () => {
    for (const prefix of ['wi', 'wijkteam', 'jeugdhulp'])
      expect((await call(api, 'GET', '/api/v1/meldingen', { token: await login(api, demo(prefix)) })).status).toBe(403);
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', { token: school, body: melding('8014 AA') });
    const antwoordZonderVraag = await call(api, 'POST', `/api/v1/meldingen/${m.id}/aanvulling`, {
      token: school,
      body: { antwoord: 'Niets gevraagd' },
    });
    expect(antwoordZonderVraag.status).toBe(409);
  });
});

describe('API for school systems (token per vestiging)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('a school coordinator issues a token; the system files meldingen with it; revoking ends it', async () => {
    const school = await login(api, demo('verzuim', 'ijssel-vecht'));
    const vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
    const maak = await call(api, 'POST', '/api/v1/systeemkoppelingen', { token: school, body: { naam: 'Eduarte' } });
    expect(maak.status).toBe(201);
    expect(maak.body.token).toMatch(/^rmcs_/);
    const systeem = maak.body.token as string;

    const body = {
      soort: 'zorgwekkend',
      leslocatieVestigingId: vestigingId,
      bsn: testBsn(),
      voornaam: 'Sys',
      achternaam: 'Teem',
      geboortedatum: '2007-02-02',
      postcode: '8011 AB',
      begindatum: '2026-11-10',
      vermoedelijkeSoort: 'signaal',
      melderNaam: 'Eduarte',
      melderFunctie: 'Systeem',
      zorgen: ['dreigt-voortijdig-te-verlaten'],
      toelichtingActieGewenst: 'Patroon',
    };
    const gemeld = await call(api, 'POST', '/api/v1/meldingen', { token: systeem, body });
    expect(gemeld.status).toBe(201);
    expect(gemeld.body.regioNaam).toBe('IJssel-Vecht');
    expect((await call(api, 'GET', `/api/v1/meldingen/${gemeld.body.id}`, { token: systeem })).status).toBe(200);
    // The system may do nothing else.
    expect((await call(api, 'GET', '/api/v1/systeemkoppelingen', { token: systeem })).status).toBe(403);
    expect((await call(api, 'GET', '/api/v1/verzuimagendas', { token: systeem })).status).toBe(200);

    const anderSchool = await login(api, demo('verzuim', 'twente'));
    expect(
      (await call(api, 'GET', '/api/v1/systeemkoppelingen', { token: anderSchool })).body.map((k: { id: string }) => k.id),
    ).not.toContain(maak.body.id);
    expect((await call(api, 'DELETE', `/api/v1/systeemkoppelingen/${maak.body.id}`, { token: anderSchool })).status).toBe(404);

    expect((await call(api, 'DELETE', `/api/v1/systeemkoppelingen/${maak.body.id}`, { token: school })).status).toBe(204);
    expect((await call(api, 'POST', '/api/v1/meldingen', { token: systeem, body: { ...body, bsn: testBsn() } })).status).toBe(
      401,
    );
    const lijst = await call(api, 'GET', '/api/v1/systeemkoppelingen', { token: school });
    expect(lijst.body.find((k: { id: string }) => k.id === maak.body.id)).toMatchObject({
      ingetrokken: true,
      laatstGebruiktOp: expect.any(String),
    });
  });
});

describe('who may do which step on a melding', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('a school cannot triage, judge or report back on its own melding; a region cannot answer for the school', async () => {
    const school = await login(api, demo('verzuim', 'ijssel-vecht'));
    const regio = await login(api, demo('coordinator', 'ijssel-vecht'));
    const vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: {
        soort: 'zorgwekkend',
        leslocatieVestigingId: vestigingId,
        bsn: testBsn(),
        voornaam: 'A',
        achternaam: 'B',
        geboortedatum: '2007-02-02',
        postcode: '8011 AB',
        begindatum: '2026-11-10',
        vermoedelijkeSoort: 'signaal',
        melderNaam: 'M',
        melderFunctie: 'F',
        zorgen: ['dreigt-voortijdig-te-verlaten'],
        toelichtingActieGewenst: 'Zorg',
      },
    });
    expect(
      (
        await call(api, 'POST', `/api/v1/meldingen/${m.id}/oordeel`, {
          token: school,
          body: { oordeel: 'geen-actie', reden: 'Zelf opgelost' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(api, 'POST', `/api/v1/meldingen/${m.id}/aanvulling-vragen`, {
          token: school,
          body: { vraag: 'Mag ik mezelf iets vragen?' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(api, 'POST', `/api/v1/meldingen/${m.id}/terugkoppeling`, {
          token: school,
          body: {
            status: 'afgesloten',
            redenAfgesloten: 'terug-naar-school',
            toelichting: 'Terug op school.',
            contactpersoon: 'De school',
          },
        })
      ).status,
    ).toBe(403);
    await call(api, 'POST', `/api/v1/meldingen/${m.id}/aanvulling-vragen`, {
      token: regio,
      body: { vraag: 'Welke afspraken zijn er?' },
    });
    expect(
      (await call(api, 'POST', `/api/v1/meldingen/${m.id}/aanvulling`, { token: regio, body: { antwoord: 'Namens de school' } }))
        .status,
    ).toBe(403);
    const { rows } = await api.su.query(`SELECT status, oordeel FROM melding WHERE id = $1`, [m.id]);
    expect(rows[0]).toEqual({ status: 'aanvulling-gevraagd', oordeel: null });
  });
});
