import { amsterdamDatum, plusDagen } from '@rmc/shared-domain';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';
import { leesTot } from './support/sse';

/**
 * Issue 5 through the API: a meeting with W&I and the wijkteam, the share check on the agenda, each
 * participant's own slice of the case, live updates, actions into the case plan, the verslag per
 * participant slice, and carry-over of open actions to the next meeting of the series.
 */
describe('casusoverleg (MDO)', () => {
  let api: TestApi;
  let voorzitter: string;
  let wi: string;
  let wijkteam: string;
  let org: Record<string, string>;
  let casusId: string;
  let zonderDeling: string;
  let overlegId: string;
  let reeksId: string;

  const over = (dagen: number) => plusDagen(amsterdamDatum(new Date()), dagen);

  beforeAll(async () => {
    api = await startApi();
    voorzitter = await login(api, demo('consulent'));
    wi = await login(api, demo('wi'));
    wijkteam = await login(api, demo('wijkteam'));
    org = Object.fromEntries(
      (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: voorzitter })).body.items
        .filter((o: { naam: string }) => o.naam.endsWith('IJssel-Vecht'))
        .map((o: { soort: string; id: string }) => [o.soort, o.id]),
    );
    const vrij = [(await vrijePersoon(api)).rows[0], (await vrijePersoon(api)).rows[0]];
    casusId = (
      await call(api, 'POST', '/api/v1/casussen', {
        token: voorzitter,
        body: { persoonId: vrij[0].id, doelgroep: 'dreigend-vsv', bron: 'partner' },
      })
    ).body.id;
    zonderDeling = (
      await call(api, 'POST', '/api/v1/casussen', {
        token: voorzitter,
        body: { persoonId: vrij[1].id, doelgroep: 'dreigend-vsv', bron: 'partner' },
      })
    ).body.id;
    await call(api, 'POST', `/api/v1/casussen/${casusId}/scans`, {
      token: voorzitter,
      body: { datum: over(0), scores: { 'werk-en-opleiding': { score: 2 }, gezin: { score: 3 } } },
    });
    for (const [soort, secties] of [
      ['werk-en-inkomen', ['basis', 'acties', 'domein:werk-en-opleiding']],
      ['wijkteam', ['basis', 'contact', 'acties', 'domein:gezin']],
    ] as const) {
      const r = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
        token: voorzitter,
        body: {
          organisatieId: org[soort],
          grondslag: 'toestemming',
          toestemming: { datum: over(0), reikwijdte: 'Bespreking in het MDO', verlooptOp: over(200) },
          doel: 'Bespreking in het MDO',
          secties,
          eindDatum: over(100),
        },
      });
      expect(r.status).toBe(201);
    }
    // The second case is shared with W&I only.
    await call(api, 'POST', `/api/v1/casussen/${zonderDeling}/delingen`, {
      token: voorzitter,
      body: {
        organisatieId: org['werk-en-inkomen'],
        grondslag: 'toestemming',
        toestemming: { datum: over(0), reikwijdte: 'Bespreking in het MDO', verlooptOp: over(200) },
        doel: 'Bespreking',
        secties: ['basis'],
        eindDatum: over(100),
      },
    });
  });
  afterAll(() => api.close());

  it('plans a meeting and invites the participants (in-app, mail without personal data)', async () => {
    const res = await call(api, 'POST', '/api/v1/overleggen', {
      token: voorzitter,
      body: {
        soort: 'MDO',
        titel: 'MDO Zwolle-Zuid',
        start: `${over(1)}T09:30:00+01:00`,
        plaats: 'Stadskantoor',
        deelnemerOrganisaties: [org['werk-en-inkomen'], org['wijkteam']],
        nieuweReeks: 'MDO Zwolle-Zuid',
      },
    });
    expect(res.status).toBe(201);
    overlegId = res.body.id;
    reeksId = res.body.reeksId;
    const berichten = await call(api, 'GET', '/api/v1/notificaties', { token: wi });
    const uitnodiging = berichten.body.items.find((b: { link: string }) => b.link === `/overleggen/${overlegId}`);
    expect(uitnodiging).toBeDefined();
    // The meeting's title, date and time without seconds.
    expect(uitnodiging.tekst).toMatch(/^U bent uitgenodigd voor MDO “MDO Zwolle-Zuid” op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}\.$/);
    // A partner that is not invited: the meeting does not exist for it.
    expect(
      (await call(api, 'GET', `/api/v1/overleggen/${overlegId}`, { token: await login(api, demo('jeugdhulp')) })).status,
    ).toBe(404);
  });

  it('the caseload offers for the agenda only cases shared with every participant (gedeeldMet)', async () => {
    const alle = async (gedeeldMet: string, token = voorzitter) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const r: { status: number; body: { items: { id: string }[]; volgende: string | null } } = await call(
          api,
          'GET',
          `/api/v1/casussen?limit=100&gedeeldMet=${gedeeldMet}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          { token },
        );
        if (r.status !== 200) return r;
        ids.push(...r.body.items.map((c: { id: string }) => c.id));
        cursor = r.body.volgende;
      } while (cursor);
      return ids;
    };
    const beide = (await alle(`${org['werk-en-inkomen']},${org['wijkteam']}`)) as string[];
    expect(beide).toContain(casusId);
    expect(beide).not.toContain(zonderDeling);
    const alleenWi = (await alle(org['werk-en-inkomen'])) as string[];
    expect(alleenWi).toEqual(expect.arrayContaining([casusId, zonderDeling]));
    // Bad ids name the parameter; a partner may not filter on other organisations' shares.
    const fout = (await alle('geen-uuid')) as unknown as { status: number; body: { errors: { field: string }[] } };
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e) => e.field)).toContain('gedeeldMet');
    const partner = (await alle(org['wijkteam'], wi)) as unknown as { status: number; body: { errors: { field: string }[] } };
    expect(partner.status).toBe(400);
    expect(partner.body.errors.map((e) => e.field)).toEqual(['gedeeldMet']);
  });

  it('refuses a case that a participating organisation may not see, naming the organisation', async () => {
    const geweigerd = await call(api, 'POST', `/api/v1/overleggen/${overlegId}/agendapunten`, {
      token: voorzitter,
      body: { casusId: zonderDeling, vraag: 'Wie pakt de regie?' },
    });
    expect(geweigerd.status).toBe(409);
    expect(geweigerd.body.detail).toMatch(/Wijkteam IJssel-Vecht/);
    expect(geweigerd.body.detail).not.toMatch(/Werk & Inkomen/);
    const ok = await call(api, 'POST', `/api/v1/overleggen/${overlegId}/agendapunten`, {
      token: voorzitter,
      body: { casusId, vraag: 'Hoe krijgen we haar terug naar school?' },
    });
    expect(ok.status).toBe(201);
    expect(
      (
        await call(api, 'POST', `/api/v1/overleggen/${overlegId}/agendapunten`, {
          token: wi,
          body: { casusId, vraag: 'Mag ik ook?' },
        })
      ).status,
    ).toBe(403);
  });

  it('each participant sees the case through its own slice; decisions and actions arrive live; the W&I action lands in the plan', async () => {
    const overleg = await call(api, 'GET', `/api/v1/overleggen/${overlegId}`, { token: wi });
    const puntId = overleg.body.agenda[0].id;
    const wiCasus = await call(api, 'GET', `/api/v1/overleggen/${overlegId}/agendapunten/${puntId}/casus`, { token: wi });
    const wijkCasus = await call(api, 'GET', `/api/v1/overleggen/${overlegId}/agendapunten/${puntId}/casus`, { token: wijkteam });
    expect(wiCasus.body).not.toHaveProperty('contact');
    expect(wijkCasus.body).toHaveProperty('contact');
    expect(Object.keys(wiCasus.body.leefgebieden[0].scores)).toEqual(['werk-en-opleiding']);
    expect(Object.keys(wijkCasus.body.leefgebieden[0].scores)).toEqual(['gezin']);

    // Live: W&I listens on the stream while the chair records a decision.
    const ctrl = new AbortController();
    const stream = await fetch(`${api.url}/api/v1/overleggen/${overlegId}/stream`, {
      headers: { authorization: `Bearer ${wi}` },
      signal: ctrl.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = stream.body!.getReader();
    const ontvangen = leesTot(reader, 'bijgewerkt');
    await call(api, 'POST', `/api/v1/overleggen/${overlegId}/agendapunten/${puntId}/besluiten`, {
      token: voorzitter,
      body: { tekst: 'W&I start een traject naar werk.' },
    });
    expect(await ontvangen).toMatch(/event: bijgewerkt/);
    ctrl.abort();

    await call(api, 'PUT', `/api/v1/overleggen/${overlegId}/agendapunten/${puntId}/notities`, {
      token: voorzitter,
      body: { notities: 'Moeder is betrokken.' },
    });
    const actie = await call(api, 'POST', `/api/v1/overleggen/${overlegId}/agendapunten/${puntId}/acties`, {
      token: voorzitter,
      body: { omschrijving: 'Intake re-integratietraject', eigenaarOrganisatieId: org['werk-en-inkomen'], deadline: over(14) },
    });
    expect(actie.status).toBe(201);
    await call(api, 'POST', `/api/v1/overleggen/${overlegId}/agendapunten/${puntId}/acties`, {
      token: voorzitter,
      body: { omschrijving: 'Gesprek met moeder', eigenaarOrganisatieId: org['wijkteam'], deadline: over(7) },
    });
    const wiZicht = await call(api, 'GET', `/api/v1/overleggen/${overlegId}`, { token: wi });
    expect(wiZicht.body.agenda[0].besluiten).toEqual(['W&I start een traject naar werk.']);
    expect(wiZicht.body.agenda[0].acties.map((a: { omschrijving: string }) => a.omschrijving)).toEqual([
      'Intake re-integratietraject',
    ]);
    const plan = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: voorzitter });
    expect(plan.body.acties.map((a: { omschrijving: string }) => a.omschrijving)).toEqual(
      expect.arrayContaining(['Intake re-integratietraject', 'Gesprek met moeder']),
    );
    const mijn = await call(api, 'GET', '/api/v1/acties/mijn?limit=100', { token: wi });
    expect(mijn.body.items.map((a: { omschrijving: string }) => a.omschrijving)).toContain('Intake re-integratietraject');
  });

  it('live updates reach a stream on another API replica (PostgreSQL LISTEN/NOTIFY)', async () => {
    const tweede = await startApi();
    const ctrl = new AbortController();
    try {
      const puntId = (await call(api, 'GET', `/api/v1/overleggen/${overlegId}`, { token: voorzitter })).body.agenda[0].id;
      const stream = await fetch(`${tweede.url}/api/v1/overleggen/${overlegId}/stream`, {
        headers: { authorization: `Bearer ${wijkteam}` },
        signal: ctrl.signal,
      });
      expect(stream.status).toBe(200);
      const reader = stream.body!.getReader();
      const ontvangen = leesTot(reader, 'bijgewerkt');
      await call(api, 'PUT', `/api/v1/overleggen/${overlegId}/agendapunten/${puntId}/notities`, {
        token: voorzitter,
        body: { notities: 'Moeder is betrokken; vader ook.' },
      });
      expect(await ontvangen).toMatch(/event: bijgewerkt\ndata: \{"overlegId":"[0-9a-f-]+"\}/);
    } finally {
      ctrl.abort();
      await tweede.close();
    }
  });

  it('the verslag is a concept until fixed, then each participant reads only its own slice', async () => {
    expect((await call(api, 'GET', `/api/v1/overleggen/${overlegId}/verslag`, { token: wi })).status).toBe(409);
    const aanwezig = (await call(api, 'GET', `/api/v1/overleggen/${overlegId}`, { token: voorzitter })).body.deelnemers.map(
      (d: { gebruikerId: string }) => d.gebruikerId,
    );
    await call(api, 'PUT', `/api/v1/overleggen/${overlegId}/aanwezigheid`, { token: voorzitter, body: { aanwezig } });
    expect((await call(api, 'POST', `/api/v1/overleggen/${overlegId}/vaststellen`, { token: voorzitter })).status).toBe(200);

    const wiVerslag = (await call(api, 'GET', `/api/v1/overleggen/${overlegId}/verslag`, { token: wi })).body;
    const wijkVerslag = (await call(api, 'GET', `/api/v1/overleggen/${overlegId}/verslag`, { token: wijkteam })).body;
    const rmcVerslag = (await call(api, 'GET', `/api/v1/overleggen/${overlegId}/verslag`, { token: voorzitter })).body;
    expect(Object.keys(wiVerslag.punten[0].casus).sort()).toEqual([
      'consulentNaam',
      'doelgroep',
      'fase',
      'id',
      'leefgebieden',
      'mijnActies',
      'notities',
      'persoon',
      'regie',
    ]);
    expect(Object.keys(wijkVerslag.punten[0].casus).sort()).toEqual([
      'consulentNaam',
      'contact',
      'doelgroep',
      'fase',
      'id',
      'leefgebieden',
      'mijnActies',
      'notities',
      'persoon',
      'regie',
    ]);
    expect(rmcVerslag.punten[0].casus).toHaveProperty('verzuim');
    expect(wiVerslag.punten[0].acties.map((a: { eigenaar: string }) => a.eigenaar)).toEqual(['Werk & Inkomen IJssel-Vecht']);
    expect(wijkVerslag.punten[0].acties.map((a: { eigenaar: string }) => a.eigenaar)).toEqual(['Wijkteam IJssel-Vecht']);
    expect(JSON.stringify(wiVerslag)).not.toContain('Gesprek met moeder');

    // The same slice as a PDF: a real PDF, no title or name in the file name, audited as an export.
    const exports = async () =>
      (
        await api.su.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND actie = 'export' AND doel = 'verslag'`,
          [overlegId],
        )
      ).rows[0].n;
    const voor = await exports();
    const pdf = await fetch(`${api.url}/api/v1/overleggen/${overlegId}/verslag/pdf`, {
      headers: { authorization: `Bearer ${wi}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="verslag-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(await exports()).toBe(voor + 1);
  });

  it('carries open actions over to the next meeting of the series with their status history', async () => {
    const wiActie = (await call(api, 'GET', '/api/v1/acties/mijn?limit=100', { token: wi })).body.items.find(
      (a: { omschrijving: string }) => a.omschrijving === 'Intake re-integratietraject',
    );
    const status = await call(api, 'POST', `/api/v1/casussen/${casusId}/acties/${wiActie.id}/status`, {
      token: wi,
      body: { status: 'niet-gedaan', toelichting: 'Jongere niet verschenen.' },
    });
    expect(status.status).toBe(200);
    const volgende = await call(api, 'POST', '/api/v1/overleggen', {
      token: voorzitter,
      body: {
        soort: 'MDO',
        titel: 'MDO Zwolle-Zuid (vervolg)',
        start: `${over(15)}T09:30:00+01:00`,
        deelnemerOrganisaties: [org['werk-en-inkomen'], org['wijkteam']],
        reeksId,
      },
    });
    const meegenomen = volgende.body.meegenomenActies.find((a: { id: string }) => a.id === wiActie.id);
    expect(meegenomen).toMatchObject({
      status: 'niet-gedaan',
      historie: [expect.objectContaining({ status: 'niet-gedaan', toelichting: 'Jongere niet verschenen.' })],
    });
  });

  it('after a share ends, the partner still reads the verslag, but nothing of that case any more (RLS hides its actions too)', async () => {
    const delingen = (await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: voorzitter })).body.delingen;
    const wiDeling = delingen.find(
      (d: { organisatieId: string; ingetrokken: boolean }) => d.organisatieId === org['werk-en-inkomen'] && !d.ingetrokken,
    );
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen/${wiDeling.id}/intrekken`, { token: voorzitter })).status,
    ).toBe(200);
    const res = await call(api, 'GET', `/api/v1/overleggen/${overlegId}/verslag`, { token: wi });
    expect(res.status).toBe(200);
    expect(res.body.punten[0]).toMatchObject({ casus: null, vraag: null, notities: null, besluiten: [], nietMeerGedeeld: true });
    expect(res.body.punten[0].acties).toEqual([]);
    // The meeting itself too: the item's question, notes and decisions are gone for W&I.
    const zicht = await call(api, 'GET', `/api/v1/overleggen/${overlegId}`, { token: wi });
    expect(zicht.body.agenda[0]).toMatchObject({ vraag: null, notities: null, besluiten: [], acties: [], nietMeerGedeeld: true });
    expect(
      (await call(api, 'GET', `/api/v1/overleggen/${overlegId}/verslag`, { token: wijkteam })).body.punten[0].nietMeerGedeeld,
    ).toBe(false);
  });

  it('the live stream ends when the session is revoked (checked on every ping)', async () => {
    const previous = process.env['SSE_PING_MS'];
    process.env['SSE_PING_MS'] = '200';
    try {
      const token = await login(api, demo('wijkteam'));
      const stream = await fetch(`${api.url}/api/v1/overleggen/${overlegId}/stream`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(stream.status).toBe(200);
      const reader = stream.body!.getReader();
      const eerste = new TextDecoder().decode((await reader.read()).value);
      expect(eerste).toContain('verbonden');
      expect((await call(api, 'POST', '/api/v1/auth/logout', { token })).status).toBeLessThan(300);
      const einde = (async () => {
        for (;;) if ((await reader.read()).done) return 'gesloten';
      })();
      expect(await Promise.race([einde, new Promise((r) => setTimeout(() => r('open'), 5_000))])).toBe('gesloten');
    } finally {
      if (previous === undefined) delete process.env['SSE_PING_MS'];
      else process.env['SSE_PING_MS'] = previous;
    }
  });

  it('bad input is a 4xx naming the field', async () => {
    const r = await call(api, 'POST', '/api/v1/overleggen', {
      token: voorzitter,
      body: { soort: 'M', titel: '', start: 'morgen', deelnemerOrganisaties: [], onlineLink: 'http://x' },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'deelnemerOrganisaties',
      'onlineLink',
      'soort',
      'start',
      'titel',
    ]);
  });
});
