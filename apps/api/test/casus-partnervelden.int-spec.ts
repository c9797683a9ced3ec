import { amsterdamDatum, LEEFGEBIEDEN, plusDagen } from '@rmc/shared-domain';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';
import { apiPool, meet } from './support/pool-meting';

/**
 * Issue 10, part 4: a partner's JSON holds exactly the documented fields of its sections (docs/architecture.md,
 * "What the partner sees"), down to the keys inside each field, and its read loads only those sections.
 * The expected sets are written out here on purpose, not derived from the code under test.
 */
describe('a partner’s case JSON: exactly the documented fields, and only those sections loaded', () => {
  let api: TestApi;
  let consulent: string;
  let org: Record<string, string>;
  const tokens: Record<string, string> = {};

  const vandaag = amsterdamDatum(new Date());
  const over = (dagen: number) => plusDagen(amsterdamDatum(new Date()), dagen);

  beforeAll(async () => {
    api = await startApi();
    consulent = await login(api, demo('consulent'));
    for (const p of ['wi', 'wijkteam', 'jeugdhulp']) tokens[p] = await login(api, demo(p));
    const orgs = await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent });
    org = Object.fromEntries(
      orgs.body.items
        .filter((o: { naam: string }) => o.naam.endsWith('IJssel-Vecht'))
        .map((o: { soort: string; id: string }) => [o.soort, o.id]),
    );
  });
  afterAll(() => api.close());

  /** A case with a scan of every domain, a contact, an action per partner kind and an RMC action; shared with one partner. */
  async function gedeeldeCasus(soort: string, secties: string[]): Promise<string> {
    const { rows } = await vrijePersoon(api);
    const maak = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    expect(maak.status).toBe(201);
    const id: string = maak.body.id;
    const alle = Object.fromEntries(LEEFGEBIEDEN.map((d) => [d, { score: 2, notitie: 'Feitelijke notitie.' }]));
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${id}/scans`, { token: consulent, body: { datum: vandaag, scores: alle } }))
        .status,
    ).toBe(201);
    await call(api, 'POST', `/api/v1/casussen/${id}/contacten`, {
      token: consulent,
      body: { datum: vandaag, vorm: 'telefoon', uitkomst: 'contact', notitie: 'Alleen voor het RMC.' },
    });
    for (const eigenaar of ['werk-en-inkomen', 'wijkteam', 'jeugdhulp', null])
      expect(
        (
          await call(api, 'POST', `/api/v1/casussen/${id}/acties`, {
            token: consulent,
            body: {
              omschrijving: `Actie van ${eigenaar ?? 'het RMC'}`,
              ...(eigenaar ? { eigenaarOrganisatieId: org[eigenaar] } : {}),
            },
          })
        ).status,
      ).toBe(201);
    const deel = await call(api, 'POST', `/api/v1/casussen/${id}/delingen`, {
      token: consulent,
      body: {
        organisatieId: org[soort],
        grondslag: 'toestemming',
        toestemming: { datum: vandaag, reikwijdte: 'Wat nodig is', verlooptOp: over(120) },
        doel: 'Samenwerking',
        secties,
        eindDatum: over(60),
      },
    });
    expect(deel.status).toBe(201);
    return id;
  }

  const sorted = (o: object) => Object.keys(o).sort();

  // Per partner role: its share (the default slice plus absence detail), the top-level fields, and per field its keys.
  const ROLLEN: Array<[string, string, string[], string[], string[]]> = [
    [
      'wi',
      'werk-en-inkomen',
      ['basis', 'acties', 'verzuim', 'domein:werk-en-opleiding', 'domein:financien-schulden'],
      ['consulentNaam', 'doelgroep', 'fase', 'id', 'leefgebieden', 'mijnActies', 'notities', 'persoon', 'regie', 'verzuim'],
      ['financien-schulden', 'werk-en-opleiding'],
    ],
    [
      'wijkteam',
      'wijkteam',
      ['basis', 'contact', 'acties', 'domein:gezin', 'domein:huisvesting', 'domein:huiselijk-geweld'],
      ['consulentNaam', 'contact', 'doelgroep', 'fase', 'id', 'leefgebieden', 'mijnActies', 'notities', 'persoon', 'regie'],
      ['gezin', 'huiselijk-geweld', 'huisvesting'],
    ],
    [
      'jeugdhulp',
      'jeugdhulp',
      ['basis', 'domein:gezondheid'],
      ['consulentNaam', 'doelgroep', 'fase', 'id', 'leefgebieden', 'mijnActies', 'notities', 'persoon', 'regie'],
      ['gezondheid'],
    ],
  ];

  it.each(ROLLEN)(
    '%s: exactly the documented keys of its sections, in every field',
    async (rol, soort, secties, velden, domeinen) => {
      const id = await gedeeldeCasus(soort, secties);
      const note = await call(api, 'POST', `/api/v1/casussen/${id}/notities`, {
        token: tokens[rol],
        body: { tekst: 'Gesprek gehad.' },
      });
      expect(note.status).toBe(201);

      const zicht = await call(api, 'GET', `/api/v1/casussen/${id}`, { token: tokens[rol] });
      expect(zicht.status).toBe(200);
      const c = zicht.body;
      expect(sorted(c)).toEqual(velden);
      // basis: name and date of birth; never the person's record id (a partner has no read:Persoon).
      expect(sorted(c.persoon)).toEqual(['achternaam', 'geboortedatum', 'voornaam']);
      expect(sorted(c.regie)).toEqual(['casusregie', 'procesregie']);
      if (velden.includes('contact')) expect(sorted(c.contact)).toEqual(['email', 'postcode', 'telefoon']);
      expect(c.leefgebieden).toHaveLength(1);
      expect(sorted(c.leefgebieden[0])).toEqual(['datum', 'scores']);
      expect(sorted(c.leefgebieden[0].scores)).toEqual(domeinen);
      // Only its own organisation's actions, with the action's own fields.
      expect(c.mijnActies.map((a: { omschrijving: string }) => a.omschrijving)).toEqual([`Actie van ${soort}`]);
      expect(sorted(c.mijnActies[0])).toEqual([
        'deadline',
        'eigenaar',
        'eigenaarOrganisatieId',
        'id',
        'omschrijving',
        'status',
        'toelichting',
      ]);
      // Only its own organisation's notes.
      expect(c.notities).toHaveLength(1);
      expect(sorted(c.notities[0])).toEqual(['op', 'organisatie', 'tekst']);
      if (velden.includes('verzuim')) expect(Array.isArray(c.verzuim)).toBe(true);

      // The region sees the person's record id and everything else.
      const rmc = await call(api, 'GET', `/api/v1/casussen/${id}`, { token: consulent });
      expect(sorted(rmc.body.persoon)).toEqual(['achternaam', 'geboortedatum', 'id', 'voornaam']);
      expect(sorted(rmc.body.leefgebieden[0].scores)).toEqual([...LEEFGEBIEDEN].sort());
      expect(rmc.body.acties).toHaveLength(4);
    },
  );

  it('a partner’s read loads only its sections: no query for the contact log, shares, phase facts or timeline', async () => {
    const id = await gedeeldeCasus('jeugdhulp', ['basis', 'domein:gezondheid']);
    const meting = await meet(apiPool(api), async () => {
      expect((await call(api, 'GET', `/api/v1/casussen/${id}`, { token: tokens['jeugdhulp'] })).status).toBe(200);
    });
    const sql = meting.statements.join('\n;\n');
    expect(sql).toContain('levensdomein_scan');
    for (const nietGeladen of ['contactmoment', 'deling_machtiging', 'casus_fase_wijziging', 'FROM melding', 'FROM regio'])
      expect(sql).not.toContain(nietGeladen);
    // mijnActies: only the partner's own actions are read, not the plan.
    expect(meting.statements.some((s) => s.includes('FROM plan_actie') && s.includes('eigenaar_organisatie_id = $2'))).toBe(true);

    // The region's read of the same case loads them all.
    const rmc = await meet(apiPool(api), async () => {
      expect((await call(api, 'GET', `/api/v1/casussen/${id}`, { token: consulent })).status).toBe(200);
    });
    const rmcSql = rmc.statements.join('\n;\n');
    for (const geladen of ['contactmoment', 'deling_machtiging', 'FROM melding', 'FROM regio']) expect(rmcSql).toContain(geladen);
  });

  it('every read is one audited read in the same call as the check; a refused read is an audited refusal', async () => {
    const id = await gedeeldeCasus('jeugdhulp', ['basis', 'domein:gezondheid']);
    const trace = `trace-partnerlees-${Date.now()}`;
    await call(api, 'GET', `/api/v1/casussen/${id}`, { token: tokens['jeugdhulp'], headers: { 'x-request-id': trace } });
    await call(api, 'GET', `/api/v1/casussen/${id}`, { token: tokens['wi'], headers: { 'x-request-id': `${trace}-wi` } });
    const rijen = (
      await api.su.query(
        `SELECT trace_id, actie, resultaat, persoon_pseudo IS NOT NULL AS pseudo FROM audit_log WHERE trace_id LIKE $1 ORDER BY trace_id`,
        [`${trace}%`],
      )
    ).rows;
    expect(rijen).toEqual([
      { trace_id: trace, actie: 'read', resultaat: 'toegestaan', pseudo: true },
      { trace_id: `${trace}-wi`, actie: 'read', resultaat: 'geweigerd', pseudo: false },
    ]);
  });
});
