import { amsterdamDatum, LEEFGEBIEDEN, plusDagen, STANDAARD_SECTIES } from '@rmc/shared-domain';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';
import { testBsn } from './support/bsn';

/**
 * Issue 4 through the API: a case from intake to plan with a W&I and a wijkteam action, shared with
 * W&I (consent) and the wijkteam (legal task with the four steps); each partner sees exactly its slice;
 * withdrawn consent answers 404 on the next request; guarded phase transitions.
 */
describe('casus and partner slices', () => {
  let api: TestApi;
  let consulent: string;
  let wi: string;
  let wijkteam: string;
  let jeugdhulp: string;
  let casusId: string;
  let org: Record<string, string>;
  let wiDeling: string;

  beforeAll(async () => {
    api = await startApi();
    consulent = await login(api, demo('consulent'));
    wi = await login(api, demo('wi'));
    wijkteam = await login(api, demo('wijkteam'));
    jeugdhulp = await login(api, demo('jeugdhulp'));
    const orgs = await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent });
    org = Object.fromEntries(
      orgs.body.items
        .filter((o: { naam: string }) => o.naam.endsWith('IJssel-Vecht'))
        .map((o: { soort: string; id: string }) => [o.soort, o.id]),
    );
  });
  afterAll(() => api.close());

  const vandaag = amsterdamDatum(new Date());
  const over = (dagen: number) => plusDagen(amsterdamDatum(new Date()), dagen);

  it('takes a case from waarnemen to handelen; invalid steps are refused with the reason', async () => {
    const { rows } = await vrijePersoon(api);
    const maak = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    expect(maak.status).toBe(201);
    casusId = maak.body.id;
    expect(maak.body.fase).toBe('waarnemen');
    expect(maak.body.stappen.find((s: { naar: string }) => s.naar === 'analyseren')).toMatchObject({ toegestaan: false });

    const sprong = await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'handelen' } });
    expect(sprong.status).toBe(409);
    expect(sprong.body.detail).toMatch(/kan een casus niet/);
    const teVroeg = await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, {
      token: consulent,
      body: { naar: 'analyseren' },
    });
    expect(teVroeg.status).toBe(409);
    expect(teVroeg.body.detail).toMatch(/oordeel signalering/);

    await call(api, 'PUT', `/api/v1/casussen/${casusId}/signalering`, {
      token: consulent,
      body: { actieNodig: true, toelichting: 'Geen inschrijving en geen werk sinds september.' },
    });
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'analyseren' } })).body.fase,
    ).toBe('analyseren');
    await call(api, 'PUT', `/api/v1/casussen/${casusId}/intake`, {
      token: consulent,
      body: { datum: vandaag, antwoorden: { 'Wat wil je bereiken?': 'Een opleiding in de zorg.' } },
    });
    const scan = await call(api, 'POST', `/api/v1/casussen/${casusId}/scans`, {
      token: consulent,
      body: {
        datum: vandaag,
        scores: {
          'werk-en-opleiding': { score: 2, notitie: 'Geen inschrijving.' },
          'financien-schulden': { score: 2, notitie: 'Betalingsachterstand zorgverzekering.' },
          gezin: { score: 3, notitie: 'Woont bij moeder.' },
          huisvesting: { score: 4 },
          gezondheid: { score: 3, notitie: 'Slaapt slecht.' },
        },
      },
    });
    expect(scan.status).toBe(201);
    const fouteScan = await call(api, 'POST', `/api/v1/casussen/${casusId}/scans`, {
      token: consulent,
      body: { datum: vandaag, scores: { gezin: { score: 9 }, geheim: { score: 1 } } },
    });
    expect(fouteScan.status).toBe(400);
    expect(fouteScan.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['scores.geheim', 'scores.gezin.score']);

    // The Big 5 of the routekaart, next to the life domains; bad input names the field.
    const big5 = await call(api, 'PUT', `/api/v1/casussen/${casusId}/big5`, {
      token: consulent,
      body: { principes: { support: { stand: 'op-orde', toelichting: 'Moeder is betrokken.' }, wonen: { stand: 'deels' } } },
    });
    expect(big5.status).toBe(200);
    expect(big5.body.big5).toEqual({
      support: { stand: 'op-orde', toelichting: 'Moeder is betrokken.' },
      wonen: { stand: 'deels' },
    });
    const fouteBig5 = await call(api, 'PUT', `/api/v1/casussen/${casusId}/big5`, {
      token: consulent,
      body: { principes: { hobby: { stand: 'op-orde' }, inkomen: { stand: 'goed' } } },
    });
    expect(fouteBig5.status).toBe(400);
    expect(fouteBig5.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'principes.hobby',
      'principes.inkomen.stand',
    ]);
    expect(
      (await call(api, 'PUT', `/api/v1/casussen/${casusId}/big5`, { token: consulent, body: { principes: 'alles goed' } })).body
        .errors[0].field,
    ).toBe('principes');

    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'plannen' } })).body.fase,
    ).toBe('plannen');
    await call(api, 'POST', `/api/v1/casussen/${casusId}/acties`, {
      token: consulent,
      body: { omschrijving: 'Aanvraag bijzondere bijstand', eigenaarOrganisatieId: org['werk-en-inkomen'], deadline: over(14) },
    });
    await call(api, 'POST', `/api/v1/casussen/${casusId}/acties`, {
      token: consulent,
      body: { omschrijving: 'Huisbezoek met moeder', eigenaarOrganisatieId: org['wijkteam'], deadline: over(7) },
    });
    const zonderRegie = await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, {
      token: consulent,
      body: { naar: 'handelen' },
    });
    expect([zonderRegie.status, zonderRegie.body.fase ?? zonderRegie.body.detail]).toEqual([200, 'handelen']);
  });

  // Next to the Big 5: the plan van aanpak's goals and agreed contact moments (RMC only, never in a partner's slice).
  it('saves the plan’s goals and contact agreements; bad input names the field; a partner never gets the plan', async () => {
    const { rows } = await vrijePersoon(api);
    const maak = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    expect(maak.status).toBe(201);
    const id = maak.body.id;
    expect(maak.body.plan).toBeNull();
    const wiOrg = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items.find(
      (o: { naam: string }) => o.naam === 'Werk & Inkomen IJssel-Vecht',
    ).id;
    const pad = `/api/v1/casussen/${id}/plan`;

    const plan = {
      doelen: [{ omschrijving: 'Een opleiding in de zorg vinden.', status: 'open' }],
      contactafspraken: [
        { met: 'jongere', afspraak: 'Elke twee weken bellen.', volgendeDatum: over(14) },
        { met: 'partner', organisatieId: wiOrg, afspraak: 'Maandelijks overleg met de klantmanager.' },
      ],
    };
    const opgeslagen = await call(api, 'PUT', pad, { token: consulent, body: plan });
    expect(opgeslagen.status).toBe(200);
    expect(opgeslagen.body.plan).toEqual(plan);
    expect((await call(api, 'GET', `/api/v1/casussen/${id}`, { token: consulent })).body.plan).toEqual(plan);

    const velden = (res: { body: { errors: Array<{ field: string }> } }) => res.body.errors.map((e) => e.field).sort();
    const fout = await call(api, 'PUT', pad, {
      token: consulent,
      body: {
        doelen: [{ omschrijving: '', status: 'open' }],
        contactafspraken: [
          { met: 'partner', afspraak: 'Elke week bellen.' },
          { met: 'jongere', afspraak: 'Elke week bellen.', volgendeDatum: '2026-02-30' },
        ],
      },
    });
    expect(fout.status).toBe(400);
    expect(velden(fout)).toEqual([
      'contactafspraken.0.organisatieId',
      'contactafspraken.1.volgendeDatum',
      'doelen.0.omschrijving',
    ]);
    // An organisation of another region (Twente) is refused by name of the field, not with a 500 or a silent save.
    const twenteOrg = (
      await api.su.query(
        `SELECT o.id FROM organisatie o JOIN regio r ON r.id = o.regio_id WHERE r.naam = 'Twente' AND o.soort = 'werk-en-inkomen' LIMIT 1`,
      )
    ).rows[0].id;
    const anderRegio = await call(api, 'PUT', pad, {
      token: consulent,
      body: { doelen: [], contactafspraken: [{ met: 'partner', organisatieId: twenteOrg, afspraak: 'Elke week bellen.' }] },
    });
    expect([anderRegio.status, velden(anderRegio)]).toEqual([400, ['contactafspraken.0.organisatieId']]);
    // Only the known fields are stored (no free-form data in the jsonb).
    const extra = await call(api, 'PUT', pad, {
      token: consulent,
      body: { doelen: [{ omschrijving: 'Rijbewijs halen', status: 'open', diagnose: 'x' }], contactafspraken: [] },
    });
    expect([extra.status, velden(extra)]).toEqual([400, ['doelen.0.diagnose']]);
    expect((await call(api, 'GET', `/api/v1/casussen/${id}`, { token: consulent })).body.plan).toEqual(plan);

    // Shared with W&I (basis and actions): the partner's slice stays exactly as it was, without the plan.
    const deling = await call(api, 'POST', `/api/v1/casussen/${id}/delingen`, {
      token: consulent,
      body: {
        organisatieId: wiOrg,
        grondslag: 'toestemming',
        toestemming: { datum: vandaag, reikwijdte: 'Werk en inkomen', verlooptOp: over(180) },
        doel: 'Route naar werk',
        secties: ['basis', 'acties'],
        eindDatum: over(90),
      },
    });
    expect(deling.status).toBe(201);
    const wiZicht = await call(api, 'GET', `/api/v1/casussen/${id}`, { token: wi });
    expect(wiZicht.status).toBe(200);
    expect(wiZicht.body).not.toHaveProperty('plan');
    expect(Object.keys(wiZicht.body).sort()).toEqual([
      'consulentNaam',
      'doelgroep',
      'fase',
      'id',
      'mijnActies',
      'notities',
      'persoon',
      'regie',
    ]);
    expect((await call(api, 'PUT', pad, { token: wi, body: { doelen: [], contactafspraken: [] } })).status).toBe(403);
  });

  it('shares with W&I (consent) and the wijkteam (legal task, four steps); refuses a slice beyond the partner kind', async () => {
    const teVeel = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: org['werk-en-inkomen'],
        grondslag: 'toestemming',
        toestemming: { datum: vandaag, reikwijdte: 'Werk en inkomen', verlooptOp: over(180) },
        doel: 'Bijstand',
        secties: ['basis', 'domein:gezin'],
        eindDatum: over(90),
      },
    });
    expect(teVeel.status).toBe(400);
    expect(teVeel.body.errors[0]).toMatchObject({ field: 'secties', message: expect.stringMatching(/proportionaliteit/) });

    const wiShare = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: org['werk-en-inkomen'],
        grondslag: 'toestemming',
        toestemming: {
          datum: vandaag,
          reikwijdte: 'Werk en inkomen',
          verlooptOp: over(180),
          machtiging: 'machtiging-2026-11.pdf',
        },
        doel: 'Aanvraag bijzondere bijstand en route naar werk',
        secties: ['basis', 'acties', 'domein:werk-en-opleiding', 'domein:financien-schulden'],
        eindDatum: over(90),
      },
    });
    expect(wiShare.status).toBe(201);
    wiDeling = wiShare.body.delingen.find((d: { organisatieId: string }) => d.organisatieId === org['werk-en-inkomen']).id;

    // The signed machtiging as an attachment: checked by type and content, downloaded without personal data in the name.
    const pdf = Buffer.from('%PDF-1.4\n% machtiging\n').toString('base64');
    const machtigingPad = `/api/v1/casussen/${casusId}/delingen/${wiDeling}/machtiging`;
    const nep = await call(api, 'PUT', machtigingPad, {
      token: consulent,
      body: { bestandsnaam: 'machtiging.pdf', mime: 'application/pdf', inhoud: Buffer.from('<script>').toString('base64') },
    });
    expect([nep.status, nep.body.errors[0].field]).toEqual([400, 'inhoud']);
    expect(
      (
        await call(api, 'PUT', machtigingPad, {
          token: consulent,
          body: { bestandsnaam: 'm.exe', mime: 'application/x-msdownload', inhoud: pdf },
        })
      ).body.errors[0].field,
    ).toBe('mime');
    expect(
      (
        await call(api, 'PUT', machtigingPad, {
          token: consulent,
          body: { bestandsnaam: 'Machtiging Jan.pdf', mime: 'application/pdf', inhoud: pdf },
        })
      ).status,
    ).toBe(200);
    const download = await fetch(`${api.url}${machtigingPad}`, { headers: { authorization: `Bearer ${consulent}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="machtiging.pdf"');
    expect(Buffer.from(await download.arrayBuffer()).toString('base64')).toBe(pdf);
    const zicht = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: consulent });
    expect(zicht.body.delingen.find((d: { id: string }) => d.id === wiDeling).machtiging).toMatchObject({
      bestandsnaam: 'Machtiging Jan.pdf',
      grootte: Buffer.from(pdf, 'base64').length,
    });
    const wiToken = await login(api, demo('wi'));
    expect((await call(api, 'GET', machtigingPad, { token: wiToken })).status).toBe(403);

    const zonderStappen = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: org['wijkteam'],
        grondslag: 'wettelijke-taak',
        vierstappen: { grondslag: 'Art. 8 Wet RMC', doel: '', proportionaliteit: '', subsidiariteit: '' },
        doel: 'Thuissituatie',
        secties: ['basis'],
        eindDatum: over(90),
      },
    });
    expect(zonderStappen.status).toBe(400);
    expect(zonderStappen.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'vierstappen.doel',
      'vierstappen.proportionaliteit',
      'vierstappen.subsidiariteit',
    ]);

    const wijk = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: org['wijkteam'],
        grondslag: 'wettelijke-taak',
        vierstappen: {
          grondslag: 'Wettelijke taak RMC-functie (art. 8 Wet RMC)',
          doel: 'Ondersteuning thuissituatie voor terugkeer naar school',
          proportionaliteit: 'Alleen contact en thuissituatie, geen verzuimdetails',
          subsidiariteit: 'Jongere niet bereikbaar voor toestemming; minder ingrijpend niet mogelijk',
        },
        doel: 'Thuissituatie',
        secties: ['basis', 'contact', 'acties', 'domein:gezin', 'domein:huisvesting'],
        eindDatum: over(60),
      },
    });
    expect(wijk.status).toBe(201);
  });

  it('each partner sees exactly its slice: the permitted fields, its domains and its own actions', async () => {
    const wiZicht = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi });
    expect(wiZicht.status).toBe(200);
    expect(Object.keys(wiZicht.body).sort()).toEqual([
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
    expect(Object.keys(wiZicht.body.leefgebieden[0].scores).sort()).toEqual(['financien-schulden', 'werk-en-opleiding']);
    expect(wiZicht.body.mijnActies.map((a: { omschrijving: string }) => a.omschrijving)).toEqual([
      'Aanvraag bijzondere bijstand',
    ]);

    const wijkZicht = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wijkteam });
    expect(Object.keys(wijkZicht.body).sort()).toEqual([
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
    expect(Object.keys(wijkZicht.body.leefgebieden[0].scores).sort()).toEqual(['gezin', 'huisvesting']);
    expect(wijkZicht.body.mijnActies.map((a: { omschrijving: string }) => a.omschrijving)).toEqual(['Huisbezoek met moeder']);

    const rmc = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: consulent });
    expect(rmc.body).toHaveProperty('verzuim');
    expect(rmc.body).toHaveProperty('contactmomenten');
    expect(rmc.body.acties).toHaveLength(2);

    expect((await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: jeugdhulp })).status).toBe(404);
    // Other specs share other cases with W&I too: this one is in the list, the unshared ones are not.
    const lijst = (await call(api, 'GET', '/api/v1/casussen?limit=100', { token: wi })).body.items.map(
      (c: { id: string }) => c.id,
    );
    expect(lijst).toContain(casusId);
    const gedeeld = (
      await api.su.query(
        `SELECT DISTINCT casus_id FROM casus_deling WHERE organisatie_id = $1 AND ingetrokken_op IS NULL AND eind_datum >= current_date`,
        [org['werk-en-inkomen']],
      )
    ).rows.map((r) => r.casus_id);
    expect([...lijst].sort()).toEqual([...gedeeld].sort());
  });

  it('a partner updates its own action and adds a note the region sees; another partner’s action is 404', async () => {
    const wiActie = (await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi })).body.mijnActies[0].id;
    const wijkActie = (await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wijkteam })).body.mijnActies[0].id;
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/acties/${wiActie}/status`, { token: wi, body: { status: 'gedaan' } }))
        .status,
    ).toBe(200);
    expect(
      (
        await call(api, 'POST', `/api/v1/casussen/${casusId}/acties/${wijkActie}/status`, {
          token: wi,
          body: { status: 'gedaan' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(api, 'POST', `/api/v1/casussen/${casusId}/notities`, {
          token: wi,
          body: { tekst: 'Aanvraag ingediend, besluit binnen 8 weken.' },
        })
      ).status,
    ).toBe(201);
    const rmc = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: consulent });
    expect(rmc.body.notities.map((n: { tekst: string }) => n.tekst)).toContain('Aanvraag ingediend, besluit binnen 8 weken.');
    expect(rmc.body.acties.find((a: { id: string }) => a.id === wiActie).status).toBe('gedaan');
    // A partner cannot change the case itself.
    expect((await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: wi, body: { naar: 'evalueren' } })).status).toBe(
      403,
    );
  });

  // The permission matrix's partner rows, written out here on purpose (not derived from the code under test).
  const SLICE: Array<[string, () => string, string[], string[]]> = [
    ['werk-en-inkomen', () => wi, ['financien-schulden', 'werk-en-opleiding'], []],
    ['wijkteam', () => wijkteam, ['gezin', 'huiselijk-geweld', 'huisvesting'], ['contact']],
    ['jeugdhulp', () => jeugdhulp, ['gezin', 'gezondheid', 'relaties-netwerk'], []],
  ];
  it.each(SLICE)(
    'field set per partner kind: %s with its full default slice and absence detail sees exactly those fields',
    async (soort, token, domeinen, extra) => {
      const { rows } = await vrijePersoon(api);
      const id = (
        await call(api, 'POST', '/api/v1/casussen', {
          token: consulent,
          body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
        })
      ).body.id;
      const alle = Object.fromEntries(LEEFGEBIEDEN.map((d) => [d, { score: 3, notitie: 'Feitelijke notitie.' }]));
      expect(
        (await call(api, 'POST', `/api/v1/casussen/${id}/scans`, { token: consulent, body: { datum: vandaag, scores: alle } }))
          .status,
      ).toBe(201);
      await call(api, 'POST', `/api/v1/casussen/${id}/contacten`, {
        token: consulent,
        body: { datum: vandaag, vorm: 'telefoon', uitkomst: 'contact', notitie: 'Alleen voor het RMC.' },
      });
      const secties = [...STANDAARD_SECTIES[soort as keyof typeof STANDAARD_SECTIES]!, 'verzuim'];
      const deel = await call(api, 'POST', `/api/v1/casussen/${id}/delingen`, {
        token: consulent,
        body: {
          organisatieId: org[soort],
          grondslag: 'toestemming',
          toestemming: { datum: vandaag, reikwijdte: 'Alles wat nodig is', verlooptOp: over(120) },
          doel: 'Samenwerking',
          secties,
          eindDatum: over(60),
        },
      });
      expect(deel.status).toBe(201);
      const zicht = await call(api, 'GET', `/api/v1/casussen/${id}`, { token: token() });
      expect(zicht.status).toBe(200);
      expect(Object.keys(zicht.body).sort()).toEqual(
        [
          'consulentNaam',
          'doelgroep',
          'fase',
          'id',
          'leefgebieden',
          'mijnActies',
          'notities',
          'persoon',
          'regie',
          'verzuim',
          ...extra,
        ].sort(),
      );
      expect(Object.keys(zicht.body.leefgebieden[0].scores).sort()).toEqual(domeinen);
      // Never for a partner, whatever the slice: the contact log, intake, plan, shares and the timeline.
      for (const rmcOnly of ['contactmomenten', 'intake', 'big5', 'plan', 'delingen', 'tijdlijn', 'acties'])
        expect(zicht.body).not.toHaveProperty(rmcOnly);
    },
  );

  it('jeugdhulp gets exactly its slice too; bad input on case routes is a 4xx naming the field', async () => {
    const deel = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: org['jeugdhulp'],
        grondslag: 'toestemming',
        toestemming: { datum: vandaag, reikwijdte: 'Gezondheid en netwerk', verlooptOp: over(120) },
        doel: 'Ondersteuning bij slaapproblemen',
        secties: ['basis', 'domein:gezondheid'],
        eindDatum: over(60),
      },
    });
    expect(deel.status).toBe(201);
    const jh = await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: jeugdhulp });
    expect(Object.keys(jh.body).sort()).toEqual([
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
    expect(Object.keys(jh.body.leefgebieden[0].scores)).toEqual(['gezondheid']);
    expect(jh.body.mijnActies).toEqual([]);

    const bad = [
      await call(api, 'POST', `/api/v1/casussen/${casusId}/contacten`, {
        token: consulent,
        body: { datum: 'gisteren', vorm: 'duif', uitkomst: 'contact', extra: 1 },
      }),
      await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'hemel' } }),
      await call(api, 'POST', '/api/v1/casussen', {
        token: consulent,
        body: { persoonId: 'x', doelgroep: 'iedereen', bron: 'roddel' },
      }),
      await call(api, 'PUT', `/api/v1/casussen/${casusId}/regie`, {
        token: consulent,
        body: { procesregieId: '00000000-0000-4000-8000-000000000009' },
      }),
      await call(api, 'GET', '/api/v1/casussen/niet-een-uuid', { token: consulent }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    expect(bad[0].body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['datum', 'extra', 'vorm']);
    expect(bad[3].body.errors[0].field).toBe('procesregieId');
    for (const r of bad) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('input PostgreSQL would refuse gets a 400 naming the field, not a 500: week dates, impossible days, unknown or foreign owners, empty evaluations', async () => {
    const wiOrg = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items.find(
      (o: { naam: string }) => o.naam === 'Werk & Inkomen IJssel-Vecht',
    ).id;
    const twenteGebruiker = (await api.su.query(`SELECT id FROM gebruiker WHERE email = $1`, [demo('wi', 'twente')])).rows[0].id;
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', 'contacten', { datum: '2026-W10', vorm: 'brief', uitkomst: 'geen-gehoor' }, 'datum'],
      ['POST', 'contacten', { datum: '2026-02-30', vorm: 'brief', uitkomst: 'geen-gehoor' }, 'datum'],
      [
        'POST',
        'acties',
        {
          omschrijving: 'Intake werkplein',
          eigenaarOrganisatieId: wiOrg,
          eigenaarGebruikerId: '00000000-0000-4000-8000-000000000001',
        },
        'eigenaarGebruikerId',
      ],
      [
        'POST',
        'acties',
        { omschrijving: 'Intake werkplein', eigenaarOrganisatieId: wiOrg, eigenaarGebruikerId: twenteGebruiker },
        'eigenaarGebruikerId',
      ],
      ['POST', 'fase', { naar: 'afgesloten', sluitreden: 'werk', evaluatie: {} }, 'evaluatie'],
    ];
    for (const [method, pad, body, veld] of cases) {
      const res = await call(api, method, `/api/v1/casussen/${casusId}/${pad}`, { token: consulent, body });
      expect({ pad, status: res.status, velden: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        pad,
        status: 400,
        velden: [veld],
      });
    }
    expect((await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: consulent })).body.fase).not.toBe('afgesloten');
  });

  it('withdrawn consent: the W&I user’s next request gets 404', async () => {
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen/${wiDeling}/intrekken`, { token: consulent })).status,
    ).toBe(200);
    expect((await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wi })).status).toBe(404);
    expect(
      (await call(api, 'GET', '/api/v1/casussen?limit=100', { token: wi })).body.items.map((c: { id: string }) => c.id),
    ).not.toContain(casusId);
    expect((await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: wijkteam })).status).toBe(200);
  });

  it('closing without contact needs the minimum effort or a justification; every read is audited', async () => {
    const lezingen = async () =>
      (
        await api.su.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'Casus' AND subject_id = $1 AND actie = 'read'`,
          [casusId],
        )
      ).rows[0].n;
    const voor = await lezingen();
    await call(api, 'POST', `/api/v1/casussen/${casusId}/contacten`, {
      token: consulent,
      body: { datum: vandaag, vorm: 'brief', uitkomst: 'geen-gehoor' },
    });
    expect((await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: consulent })).body.volgendeStap.vorm).toBe('app');
    const zonder = await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, {
      token: consulent,
      body: { naar: 'afgesloten', sluitreden: 'geen-contact' },
    });
    expect(zonder.status).toBe(422);
    expect(zonder.body.detail).toMatch(/huisbezoeken/);
    const met = await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, {
      token: consulent,
      body: {
        naar: 'afgesloten',
        sluitreden: 'geen-contact',
        onderbouwing: 'Jongere is aantoonbaar naar het buitenland vertrokken (bevestigd door moeder).',
      },
    });
    expect(met.status).toBe(200);
    expect(met.body.fase).toBe('afgesloten');
    expect(await lezingen()).toBeGreaterThan(voor);
    // Partners with a running share hear that the case closed (no personal data); W&I, whose consent was withdrawn, does not.
    const afgesloten = async (email: string) =>
      (
        await api.su.query(
          `SELECT count(*)::int AS n FROM notificatie n JOIN gebruiker g ON g.id = n.gebruiker_id WHERE g.email = $1 AND n.soort = 'casus-afgesloten' AND n.link = $2`,
          [email, `/casussen/${casusId}?onderdeel=mijn-acties`],
        )
      ).rows[0].n;
    expect(await afgesloten(demo('wijkteam'))).toBe(1);
    expect(await afgesloten(demo('wi'))).toBe(0);
  });
});

describe('warm handover to another region', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('hands a case to Twente: the package arrives there, IJssel-Vecht’s case closes as overgedragen', async () => {
    const consulent = await login(api, demo('consulent'));
    const twente = await login(api, demo('coordinator', 'twente'));
    const twenteId = (await api.su.query(`SELECT id FROM regio WHERE naam = 'Twente'`)).rows[0].id;
    const { rows } = await vrijePersoon(api);
    const { body: casus } = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep: 'oud-vsv', bron: 'eigen-onderzoek' },
    });
    await call(api, 'POST', `/api/v1/casussen/${casus.id}/acties`, {
      token: consulent,
      body: { omschrijving: 'Aanmelden bij ROC' },
    });
    const wiOrg = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items.find(
      (x: { naam: string }) => x.naam === 'Werk & Inkomen IJssel-Vecht',
    ).id;
    const eind = plusDagen(amsterdamDatum(new Date()), 30);
    const deling = await call(api, 'POST', `/api/v1/casussen/${casus.id}/delingen`, {
      token: consulent,
      body: {
        organisatieId: wiOrg,
        grondslag: 'toestemming',
        toestemming: { datum: '2026-11-01', reikwijdte: 'Werk en inkomen', verlooptOp: eind },
        doel: 'Route naar werk',
        secties: ['basis'],
        eindDatum: eind,
      },
    });
    expect({ status: deling.status, fouten: deling.body.errors }).toEqual({ status: 201, fouten: undefined });
    const wi = await login(api, demo('wi'));
    expect((await call(api, 'GET', `/api/v1/casussen/${casus.id}`, { token: wi })).status).toBe(200);
    expect(
      (
        await call(api, 'POST', `/api/v1/casussen/${casus.id}/scans`, {
          token: consulent,
          body: { datum: '2026-11-20', scores: { huisvesting: { score: 2, notitie: 'Zoekt woonruimte.' } } },
        })
      ).status,
    ).toBe(201);

    const slapend = (
      await api.su.query(
        `INSERT INTO regio (naam, contactgemeente_code, instellingen, actief) SELECT 'Slapende regio ' || gen_random_uuid(), contactgemeente_code, '{}', false FROM regio LIMIT 1 RETURNING id`,
      )
    ).rows[0].id;
    const nietActief = await call(api, 'POST', `/api/v1/casussen/${casus.id}/overdracht`, {
      token: consulent,
      body: { soort: 'regio', naarRegioId: slapend, nieuwePostcode: '7511 AB', grondslag: 'Verhuisd (BRP), wettelijke taak RMC' },
    });
    expect(nietActief.status).toBe(400);
    expect(nietActief.body.errors[0].field).toBe('naarRegioId');

    const fout = await call(api, 'POST', `/api/v1/casussen/${casus.id}/overdracht`, {
      token: consulent,
      body: { soort: 'regio', naarRegioId: twenteId, nieuwePostcode: '8011 AB', grondslag: 'Verhuisd naar Twente (BRP)' },
    });
    expect(fout.status).toBe(400);
    expect(fout.body.errors[0].field).toBe('nieuwePostcode');

    const ok = await call(api, 'POST', `/api/v1/casussen/${casus.id}/overdracht`, {
      token: consulent,
      body: {
        soort: 'regio',
        naarRegioId: twenteId,
        nieuwePostcode: '7511 AB',
        grondslag: 'Verhuisd naar Twente (BRP), wettelijke taak RMC',
      },
    });
    expect(ok.status).toBe(200);
    const bron = await call(api, 'GET', `/api/v1/casussen/${casus.id}`, { token: consulent });
    expect(bron.body).toMatchObject({ fase: 'afgesloten', sluitreden: 'overgedragen', volgendeStap: null });
    // The sending region's partners lose their view: the share was withdrawn with the handover.
    expect((await call(api, 'GET', `/api/v1/casussen/${casus.id}`, { token: wi })).status).toBe(404);
    expect(bron.body.stappen.find((st: { naar: string }) => st.naar === 'nazorg').toegestaan).toBe(false);
    expect(bron.body.stappen.find((st: { naar: string }) => st.naar === 'beeindigd').toegestaan).toBe(true);

    const inbox = await call(api, 'GET', '/api/v1/overdrachten?limit=100', { token: twente });
    const o = inbox.body.items.find(
      (x: { richting: string; status: string }) => x.richting === 'inkomend' && x.status === 'aangeboden',
    );
    expect(o.pakket.persoon.postcode).toBe('7511 AB');
    expect(o.van).toBe('IJssel-Vecht');
    const acc = await call(api, 'POST', `/api/v1/overdrachten/${o.id}/accepteren`, { token: twente });
    expect(acc.status).toBe(200);
    const ontvangen = (await call(api, 'GET', `/api/v1/casussen/${acc.body.casusId}`, { token: twente })).body;
    expect(ontvangen.doelgroep).toBe('oud-vsv');
    expect(ontvangen.acties.map((a: { omschrijving: string }) => a.omschrijving)).toEqual(['Aanmelden bij ROC (overgedragen)']);
    expect(ontvangen.leefgebieden).toEqual([
      { datum: '2026-11-20', scores: { huisvesting: { score: 2, notitie: 'Zoekt woonruimte.' } } },
    ]);
    expect((await call(api, 'GET', `/api/v1/casussen/${acc.body.casusId}`, { token: consulent })).status).toBe(404);
    expect((await call(api, 'POST', `/api/v1/overdrachten/${o.id}/accepteren`, { token: consulent })).status).toBe(404);
  });

  it('a handover to W&I of the own region: W&I confirms receipt once; nobody else can', async () => {
    const consulent = await login(api, demo('consulent'));
    const wi = await login(api, demo('wi'));
    const wiOrg = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items.find(
      (o: { naam: string }) => o.naam === 'Werk & Inkomen IJssel-Vecht',
    ).id;
    const { rows } = await vrijePersoon(api);
    const { body: casus } = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep: '23-27', bron: 'loket' },
    });
    expect(
      (
        await call(api, 'POST', `/api/v1/casussen/${casus.id}/overdracht`, {
          token: consulent,
          body: { soort: 'organisatie', naarOrganisatieId: wiOrg, grondslag: 'Leeftijdsgrens bereikt, Participatiewet' },
        })
      ).status,
    ).toBe(200);
    const o = (await call(api, 'GET', '/api/v1/overdrachten?limit=100', { token: wi })).body.items.find(
      (x: { richting: string; status: string; soort: string }) =>
        x.richting === 'inkomend' && x.soort === 'organisatie' && x.status === 'aangeboden',
    );
    expect((await call(api, 'POST', `/api/v1/overdrachten/${o.id}/ontvangen`, { token: consulent })).status).toBe(404);
    expect((await call(api, 'POST', `/api/v1/overdrachten/${o.id}/ontvangen`, { token: wi })).body).toEqual({
      id: o.id,
      status: 'geaccepteerd',
    });
    expect((await call(api, 'POST', `/api/v1/overdrachten/${o.id}/ontvangen`, { token: wi })).status).toBe(409);
    // The database itself keeps the sender's record: only the lifecycle columns may change.
    await expect(api.su.query(`UPDATE overdracht SET grondslag = 'Achteraf anders' WHERE id = $1`, [o.id])).rejects.toThrow(
      /alleen status/,
    );
    await expect(api.su.query(`UPDATE overdracht SET status = 'aangeboden' WHERE id = $1`, [o.id])).rejects.toThrow(
      /alleen status/,
    );
  });

  it('a second handover of a person with an open case in Twente joins that case; erasing the person in Twente blanks the received packages', async () => {
    const consulent = await login(api, demo('consulent'));
    const twente = await login(api, demo('coordinator', 'twente'));
    const twenteId = (await api.su.query(`SELECT id FROM regio WHERE naam = 'Twente'`)).rows[0].id;
    const { rows } = await vrijePersoon(api);
    const draagOver = async () => {
      const { body: casus } = await call(api, 'POST', '/api/v1/casussen', {
        token: consulent,
        body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'loket' },
      });
      expect(
        (
          await call(api, 'POST', `/api/v1/casussen/${casus.id}/overdracht`, {
            token: consulent,
            body: {
              soort: 'regio',
              naarRegioId: twenteId,
              nieuwePostcode: '7511 AB',
              grondslag: 'Verhuisd naar Twente (BRP), wettelijke taak RMC',
            },
          })
        ).status,
      ).toBe(200);
      const inbox = (await call(api, 'GET', '/api/v1/overdrachten?limit=100', { token: twente })).body.items;
      const o = inbox.find(
        (x: { richting: string; status: string; pakket: { persoon?: { bsn: string } } }) =>
          x.richting === 'inkomend' && x.status === 'aangeboden' && x.pakket.persoon?.bsn === rows[0].bsn,
      );
      return (await call(api, 'POST', `/api/v1/overdrachten/${o.id}/accepteren`, { token: twente })).body;
    };
    const eerste = await draagOver();
    const tweede = await draagOver();
    expect(tweede).toEqual({ casusId: eerste.casusId, bestaandeCasus: true });
    const open = await api.su.query(
      `SELECT count(*)::int AS n FROM casus c JOIN persoon p ON p.id = c.persoon_id WHERE p.bsn = $1 AND p.regio_id = $2 AND c.fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')`,
      [rows[0].bsn, twenteId],
    );
    expect(open.rows[0].n).toBe(1);

    await api.su.query(`UPDATE casus SET fase = 'beeindigd' WHERE id = $1`, [eerste.casusId]);
    const twentePersoon = (await api.su.query(`SELECT persoon_id FROM casus WHERE id = $1`, [eerste.casusId])).rows[0].persoon_id;
    expect(
      (
        await call(api, 'POST', `/api/v1/personen/${twentePersoon}/wissen`, {
          token: twente,
          body: { reden: 'Verzoek van de jongere (art. 17 AVG)' },
        })
      ).status,
    ).toBe(200);
    const pakketten = await api.su.query(
      `SELECT pakket FROM overdracht WHERE naar_regio_id = $1 AND casus_id IN (SELECT id FROM casus WHERE persoon_id = $2)`,
      [twenteId, rows[0].id],
    );
    expect(pakketten.rows.map((r) => r.pakket)).toEqual([{ gewist: true }, { gewist: true }]);
  });
});

describe('the person’s rights: inzage and erasure', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('the inzage bundle lists what is held, who received it and who viewed the dossier', async () => {
    const consulent = await login(api, demo('consulent'));
    const coordinator = await login(api, demo('coordinator'));
    const wi = await login(api, demo('wi'));
    const orgs = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items;
    const wiOrg = orgs.find((o: { naam: string }) => o.naam === 'Werk & Inkomen IJssel-Vecht').id;
    const { rows } = await vrijePersoon(api);
    const persoonId = rows[0].id;
    const { body: casus } = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId, doelgroep: 'nieuw-vsv', bron: 'loket' },
    });
    const over = plusDagen(amsterdamDatum(new Date()), 30);
    await call(api, 'POST', `/api/v1/casussen/${casus.id}/delingen`, {
      token: consulent,
      body: {
        organisatieId: wiOrg,
        grondslag: 'toestemming',
        toestemming: { datum: '2026-11-01', reikwijdte: 'Werk en inkomen', verlooptOp: over },
        doel: 'Route naar werk',
        secties: ['basis'],
        eindDatum: over,
      },
    });
    expect((await call(api, 'GET', `/api/v1/casussen/${casus.id}`, { token: wi })).status).toBe(200);
    expect(
      (
        await call(api, 'POST', `/api/v1/casussen/${casus.id}/notities`, {
          token: wi,
          body: { tekst: 'Intake bij het werkplein gepland.' },
        })
      ).status,
    ).toBe(201);

    const inzage = await call(api, 'GET', `/api/v1/personen/${persoonId}/inzage`, { token: consulent });
    expect(inzage.body.partnerNotities).toEqual([
      expect.objectContaining({ organisatie: 'Werk & Inkomen IJssel-Vecht', tekst: 'Intake bij het werkplein gepland.' }),
    ]);
    for (const sectie of ['actieHistorie', 'overleggen', 'nazorg', 'overdrachten'])
      expect(Array.isArray(inzage.body[sectie])).toBe(true);
    expect(inzage.status).toBe(200);
    expect(inzage.headers.get('content-disposition')).toMatch(/attachment; filename="inzage-/);
    expect(inzage.body.casussen).toHaveLength(1);
    expect(inzage.body.ontvangers).toEqual([
      expect.objectContaining({ organisatie: 'Werk & Inkomen IJssel-Vecht', grondslag: 'toestemming' }),
    ]);
    const lezers = inzage.body.inzagen
      .filter((i: { actie: string; subject_type: string }) => i.actie === 'read' && i.subject_type === 'Casus')
      .map((i: { actor: string }) => i.actor);
    expect(lezers).toEqual(expect.arrayContaining(['Consulent IJssel-Vecht', 'Klantmanager W&I IJssel-Vecht']));
    expect(inzage.body.inzagen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'Klantmanager W&I IJssel-Vecht', organisatie: 'Werk & Inkomen IJssel-Vecht' }),
      ]),
    );
    expect(inzage.headers.get('content-disposition')).not.toContain(persoonId);
    // The same bundle as a readable PDF for the young person; its download is an audited export too.
    const exports = async () =>
      (await api.su.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND actie = 'export'`, [persoonId]))
        .rows[0].n;
    const voor = await exports();
    const pdf = await fetch(`${api.url}/api/v1/personen/${persoonId}/inzage/pdf`, {
      headers: { authorization: `Bearer ${consulent}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="inzage-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(await exports()).toBe(voor + 1);

    // Erasure: refused while the case runs; after closing, everything goes and W&I gets a notice.
    expect(
      (
        await call(api, 'POST', `/api/v1/personen/${persoonId}/wissen`, {
          token: coordinator,
          body: { reden: 'Verzoek van de jongere (art. 17 AVG)' },
        })
      ).status,
    ).toBe(409);
    await api.su.query(`UPDATE casus SET fase = 'beeindigd' WHERE id = $1`, [casus.id]);
    expect(
      (
        await call(api, 'POST', `/api/v1/personen/${persoonId}/wissen`, {
          token: consulent,
          body: { reden: 'Verzoek van de jongere (art. 17 AVG)' },
        })
      ).status,
    ).toBe(403);
    const wis = await call(api, 'POST', `/api/v1/personen/${persoonId}/wissen`, {
      token: coordinator,
      body: { reden: 'Verzoek van de jongere (art. 17 AVG)' },
    });
    expect(wis.body).toEqual({ gewist: true, partnersGeinformeerd: 1 });
    for (const t of ['persoon WHERE id = $1', 'casus WHERE persoon_id = $1'])
      expect((await api.su.query(`SELECT count(*)::int AS n FROM ${t}`, [persoonId])).rows[0].n).toBe(0);
    expect((await api.su.query(`SELECT count(*)::int AS n FROM casus_deling WHERE casus_id = $1`, [casus.id])).rows[0].n).toBe(0);
    const bericht = await call(api, 'GET', '/api/v1/notificaties', { token: wi });
    expect(bericht.body.items.map((b: { soort: string }) => b.soort)).toContain('gegevens-gewist');
  });
});

describe('closing a case reports back to the school that filed the melding', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('the melding gets status afgesloten with the DUO reason, and the school is notified', async () => {
    const school = await login(api, demo('verzuim'));
    const coordinator = await login(api, demo('coordinator'));
    const vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
    const bsn = testBsn();
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: {
        soort: 'zorgwekkend',
        leslocatieVestigingId: vestigingId,
        bsn,
        voornaam: 'C',
        achternaam: 'D',
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
    const { body: beoordeeld } = await call(api, 'POST', `/api/v1/meldingen/${m.id}/oordeel`, {
      token: coordinator,
      body: { oordeel: 'actie-vereist', doelgroep: 'verzuim-18plus' },
    });
    await call(api, 'PUT', `/api/v1/casussen/${beoordeeld.casusId}/signalering`, {
      token: coordinator,
      body: { actieNodig: false, toelichting: 'Student is weer op school.' },
    });
    const dicht = await call(api, 'POST', `/api/v1/casussen/${beoordeeld.casusId}/fase`, {
      token: coordinator,
      body: { naar: 'afgesloten', sluitreden: 'terug-naar-school' },
    });
    expect(dicht.status).toBe(200);
    const schoolZicht = await call(api, 'GET', `/api/v1/meldingen/${m.id}`, { token: school });
    expect(schoolZicht.body).toMatchObject({
      status: 'afgesloten',
      terugmeldStatus: 'afgesloten',
      redenAfgesloten: 'terug-naar-school',
    });
    const berichten = await call(api, 'GET', '/api/v1/notificaties', { token: school });
    expect(berichten.body.items.some((b: { link: string }) => b.link === `/meldingen/${m.id}`)).toBe(true);
  });
});

describe('a warm handover also reports back to the school', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('the melding behind a handed-over case is closed with reason overige', async () => {
    const school = await login(api, demo('verzuim'));
    const coordinator = await login(api, demo('coordinator'));
    const vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
    const twenteId = (await api.su.query(`SELECT id FROM regio WHERE naam = 'Twente'`)).rows[0].id;
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: {
        soort: 'zorgwekkend',
        leslocatieVestigingId: vestigingId,
        bsn: testBsn(),
        voornaam: 'E',
        achternaam: 'F',
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
    const { body: beoordeeld } = await call(api, 'POST', `/api/v1/meldingen/${m.id}/oordeel`, {
      token: coordinator,
      body: { oordeel: 'actie-vereist', doelgroep: 'verzuim-18plus' },
    });
    const over = await call(api, 'POST', `/api/v1/casussen/${beoordeeld.casusId}/overdracht`, {
      token: coordinator,
      body: {
        soort: 'regio',
        naarRegioId: twenteId,
        nieuwePostcode: '7511 AB',
        grondslag: 'Verhuisd naar Twente (BRP), wettelijke taak RMC',
      },
    });
    expect(over.status).toBe(200);
    const schoolZicht = await call(api, 'GET', `/api/v1/meldingen/${m.id}`, { token: school });
    expect(schoolZicht.body).toMatchObject({ terugmeldStatus: 'afgesloten', redenAfgesloten: 'inschrijving-beeindigd-overige' });
  });
});

describe('the coördinator reassigns a case', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('moves the case and the old consulent’s open actions to another consulent, who is notified; others get 403, bad consulents 400', async () => {
    const consulent = await login(api, demo('consulent'));
    const coordinator = await login(api, demo('coordinator'));
    const gebruiker = async (email: string) =>
      (await api.su.query<{ id: string; naam: string }>(`SELECT id, naam FROM gebruiker WHERE email = $1`, [email])).rows[0]!;
    const oud = await gebruiker(demo('consulent'));
    // Another active consulent of IJssel-Vecht; the demo set has one, so otherwise the coördinator (coordinators may hold cases).
    const ander = (
      await api.su.query<{ id: string; naam: string }>(
        `SELECT g.id, g.naam FROM gebruiker g JOIN lidmaatschap l ON l.gebruiker_id = g.id JOIN regio r ON r.id = l.regio_id
          WHERE r.naam = 'IJssel-Vecht' AND l.rol = 'regio-consulent' AND l.actief AND g.actief AND g.id <> $1 ORDER BY g.email LIMIT 1`,
        [oud.id],
      )
    ).rows[0];
    const nieuw = ander ?? (await gebruiker(demo('coordinator')));

    const { rows } = await vrijePersoon(api);
    const maak = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    expect(maak.status).toBe(201);
    const casusId: string = maak.body.id;
    const actie = await call(api, 'POST', `/api/v1/casussen/${casusId}/acties`, {
      token: consulent,
      body: { omschrijving: 'Jongere bellen over een opleiding', eigenaarGebruikerId: oud.id },
    });
    expect(actie.status).toBe(201);
    const pad = `/api/v1/casussen/${casusId}/toewijzing`;

    // Only the coördinator reassigns.
    expect((await call(api, 'PUT', pad, { token: consulent, body: { consulentId: nieuw.id } })).status).toBe(403);
    // The new consulent must be an active member of the region with a consulent role: otherwise a 400 naming the field.
    const twenteGebruiker = await gebruiker(demo('consulent', 'twente'));
    for (const consulentId of ['00000000-0000-4000-8000-000000000001', twenteGebruiker.id]) {
      const fout = await call(api, 'PUT', pad, { token: coordinator, body: { consulentId } });
      expect({ status: fout.status, velden: fout.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        status: 400,
        velden: ['consulentId'],
      });
    }
    const ongeldig = await call(api, 'PUT', pad, { token: coordinator, body: { consulentId: nieuw.id, doelgroep: 'onbekend' } });
    expect({ status: ongeldig.status, velden: ongeldig.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      velden: ['doelgroep'],
    });

    const res = await call(api, 'PUT', pad, { token: coordinator, body: { consulentId: nieuw.id, doelgroep: 'oud-vsv' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: casusId, consulentNaam: nieuw.naam, doelgroep: 'oud-vsv' });
    // The previous consulent held procesregie (set at creation): it moves along.
    expect((await api.su.query(`SELECT procesregie_id FROM casus WHERE id = $1`, [casusId])).rows[0].procesregie_id).toBe(
      nieuw.id,
    );
    const eigenaar = (await api.su.query(`SELECT eigenaar_gebruiker_id AS id FROM plan_actie WHERE casus_id = $1`, [casusId]))
      .rows;
    expect(eigenaar).toEqual([{ id: nieuw.id }]);
    const berichten = (
      await api.su.query(`SELECT tekst FROM notificatie WHERE gebruiker_id = $1 AND soort = 'casus-toegewezen' AND link = $2`, [
        nieuw.id,
        `/casussen/${casusId}`,
      ])
    ).rows;
    expect(berichten).toEqual([{ tekst: 'Er is een casus aan u toegewezen.' }]);
    const audit = (
      await api.su.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'Casus' AND subject_id = $1 AND actie = 'update'`,
        [casusId],
      )
    ).rows[0].n;
    expect(audit).toBeGreaterThan(0);

    // A case that has ended keeps its assignment.
    await api.su.query(`UPDATE casus SET fase = 'beeindigd' WHERE id = $1`, [casusId]);
    const beeindigd = await call(api, 'PUT', pad, { token: coordinator, body: { consulentId: oud.id } });
    expect(beeindigd.status).toBe(409);
    expect(beeindigd.body.detail).toMatch(/beëindigd/);
  });
});
