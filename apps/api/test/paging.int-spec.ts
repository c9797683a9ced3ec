import { call, demo, login, regioId, startApi, type TestApi } from './support/api';
import { testBsn } from './support/bsn';

/**
 * Issue 11, part 2: every list is paged. For each list: `limit` is respected, walking `volgende`
 * returns every row exactly once in the list's order (also when rows are added between pages),
 * RLS and CASL still decide what is in the list, and a bad `limit` or `cursor` is a 400 naming it.
 * The data is written directly as the owner (volume), dated before anything other specs create, so
 * their newest-first lists are unaffected; rows that would shift other specs' pages are removed.
 */
describe('paged lists', () => {
  let api: TestApi;
  let ijv: string;
  let twente: string;
  let coordinator: string;
  let consulent: string;
  let twenteCoordinator: string;
  let wi: string;
  let school: string;
  let consulentId: string;
  let coordinatorId: string;
  let wiOrg: string;
  let casusIds: string[];
  const opruimen: Array<[tabel: string, ids: string[]]> = [];

  const N = 60;
  const su = (sql: string, params: unknown[] = []) => api.su.query(sql, params);

  beforeAll(async () => {
    api = await startApi();
    [ijv, twente] = [await regioId(api, 'IJssel-Vecht'), await regioId(api, 'Twente')];
    coordinator = await login(api, demo('coordinator'));
    consulent = await login(api, demo('consulent'));
    twenteCoordinator = await login(api, demo('coordinator', 'twente'));
    wi = await login(api, demo('wi'));
    school = await login(api, demo('verzuim'));
    const gebruiker = async (email: string) =>
      (await su(`SELECT id FROM gebruiker WHERE email = $1`, [email])).rows[0].id as string;
    consulentId = await gebruiker(demo('consulent'));
    coordinatorId = await gebruiker(demo('coordinator'));
    wiOrg = (await su(`SELECT id FROM organisatie WHERE regio_id = $1 AND naam = 'Werk & Inkomen IJssel-Vecht'`, [ijv])).rows[0]
      .id;
    const gemeente = (await su(`SELECT code FROM gemeente WHERE regio_id = $1 LIMIT 1`, [ijv])).rows[0].code;

    // N persons and cases in IJssel-Vecht; creation times in groups of three (ties on the sort key),
    // every other case the consulent's, every third open action without a deadline.
    const bsns = Array.from({ length: N }, () => testBsn());
    const personen = await su(
      `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code)
       SELECT $1, b, 'Pagina', 'Zz Paginatest ' || lpad((i % 7)::text, 2, '0'), '2006-01-01', '8011 AB', $3
         FROM unnest($2::text[]) WITH ORDINALITY AS x(b, i) RETURNING id`,
      [ijv, bsns, gemeente],
    );
    const casussen = await su(
      `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, procesregie_id, fase, bron, aangemaakt_op)
       SELECT $1, p, 'nieuw-vsv', CASE WHEN i % 2 = 0 THEN $3::uuid ELSE $4::uuid END, $3::uuid, CASE WHEN i % 5 = 0 THEN 'analyseren' ELSE 'waarnemen' END, 'duo-lijst',
              timestamptz '2025-01-01 10:00:00.123456+00' + (i / 3) * interval '1 hour'
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(p, i) RETURNING id`,
      [ijv, personen.rows.map((r) => r.id), consulentId, coordinatorId],
    );
    casusIds = casussen.rows.map((r) => r.id);
    await su(
      `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_gebruiker_id, deadline, status)
       SELECT c, $1, 'Paginatest actie ' || i, $3, CASE WHEN i % 3 = 0 THEN NULL ELSE date '2026-03-01' + (i / 4)::int END, 'open'
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(c, i)`,
      [ijv, casusIds, consulentId],
    );
    // Partner slice: W&I gets a running share of 7 cases only.
    await su(
      `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, doel, secties, eind_datum, aangemaakt_door)
       SELECT c, $1, $3, 'wettelijke-taak', 'Paginatest', '{basis}', current_date + 30, $4 FROM unnest($2::uuid[]) AS c`,
      [ijv, casusIds.slice(0, 7), wiOrg, coordinatorId],
    );
    // Meldingen: copies of one filed through the API, in 2025, ties on gemeld_op.
    const bron = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: {
        soort: 'zorgwekkend',
        leslocatieVestigingId: await vestiging(),
        bsn: testBsn(),
        voornaam: 'Pagina',
        achternaam: 'Melding',
        geboortedatum: '2006-01-01',
        postcode: '8011 AB',
        begindatum: '2026-11-10',
        vermoedelijkeSoort: 'signaal',
        melderNaam: 'Test',
        melderFunctie: 'Verzuimcoördinator',
        zorgen: ['dreigt-voortijdig-te-verlaten'],
        toelichtingActieGewenst: 'Zorg',
      },
    });
    expect(bron.status).toBe(201);
    await su(
      `INSERT INTO melding
       SELECT (jsonb_populate_record(m, jsonb_build_object('id', gen_random_uuid(), 'import_sleutel', NULL, 'status', CASE WHEN i % 4 = 0 THEN 'afgesloten' ELSE 'ontvangen' END,
                 'gemeld_op', timestamptz '2025-02-01 08:00:00.654321+00' + (i / 3) * interval '1 day', 'gemeld_op_datum', date '2025-02-01' + (i / 3)::int))).*
         FROM melding m, generate_series(1, $2) AS i WHERE m.id = $1`,
      [bron.body.id, N],
    );
    // Notifications of the consulent, overleggen, nazorg tasks and handovers of the region.
    const notificaties = await su(
      `INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel, aangemaakt_op)
       SELECT $1, $2, 'paginatest', 'Bericht ' || i, '/casussen', 'paginatest-' || gen_random_uuid(), timestamptz '2025-03-01 09:00:00.5+00' + (i / 3) * interval '1 minute'
         FROM generate_series(1, $3) AS i RETURNING id`,
      [consulentId, ijv, N],
    );
    opruimen.push(['notificatie', notificaties.rows.map((r) => r.id)]);
    const regioTeam = (await su(`SELECT id FROM organisatie WHERE regio_id = $1 AND soort = 'regio-team'`, [ijv])).rows[0].id;
    const overleggen = await su(
      `INSERT INTO overleg (regio_id, soort, titel, start, voorzitter_id, deelnemer_organisaties)
       SELECT $1, 'MDO', 'Paginatest ' || i, timestamptz '2025-04-07 09:00:00+00' + (i / 3) * interval '1 week', $2, ARRAY[$3::uuid] FROM generate_series(1, $4) AS i RETURNING id`,
      [ijv, coordinatorId, regioTeam, N],
    );
    opruimen.push(['overleg', overleggen.rows.map((r) => r.id)]);
    await su(
      `INSERT INTO nazorg_taak (regio_id, casus_id, moment, soort, afgerond_op, uitkomst)
       SELECT $1, c, date '2025-06-01' + (i / 3)::int, 'nazorg', CASE WHEN i % 4 = 0 THEN now() END, CASE WHEN i % 4 = 0 THEN 'werk' END
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(c, i)`,
      [ijv, casusIds],
    );
    const overdrachten = await su(
      `INSERT INTO overdracht (regio_id, naar_regio_id, casus_id, grondslag, pakket, aangeboden_door, aangeboden_op)
       SELECT $1, $2, c, 'Verhuisd naar Twente (paginatest).', '{}'::jsonb, $4, timestamptz '2025-05-01 12:00:00+00' + (i / 3) * interval '1 hour'
         FROM unnest($3::uuid[]) WITH ORDINALITY AS x(c, i) RETURNING id`,
      [ijv, twente, casusIds.slice(0, 20), coordinatorId],
    );
    opruimen.push(['overdracht', overdrachten.rows.map((r) => r.id)]);
    const organisaties = await su(
      `INSERT INTO organisatie (regio_id, naam, soort) SELECT $1, 'Paginatest ' || lpad(i::text, 3, '0'), CASE WHEN i % 2 = 0 THEN 'overig' ELSE 'wijkteam' END
         FROM generate_series(1, 60) AS i RETURNING id`,
      [ijv],
    );
    opruimen.push(['organisatie', organisaties.rows.map((r) => r.id)]);
  });

  afterAll(async () => {
    // Rows that would push other specs' rows off their first page (organisations sort by name, not time).
    for (const [tabel, ids] of opruimen.reverse()) await su(`DELETE FROM ${tabel} WHERE id = ANY($1::uuid[])`, [ids]);
    await api.close();
  });

  async function vestiging(): Promise<string> {
    return (await su(`SELECT v.id FROM vestiging v WHERE v.naam = 'Landstede MBO Zwolle'`)).rows[0].id;
  }

  type Pagina = { items: Array<{ id: string } & Record<string, unknown>>; total: number | null; volgende: string | null };

  /** Walks a list page by page; checks the shape and the limit; `tussendoor` runs after the first page. */
  async function loop(pad: string, token: string, limit: number, tussendoor?: () => Promise<void>) {
    const ids: string[] = [];
    const rijen: Pagina['items'] = [];
    let cursor: string | null = null;
    let paginas = 0;
    let total: number | null | undefined;
    do {
      const scheiding = pad.includes('?') ? '&' : '?';
      const res: { status: number; body: Pagina } = await call<Pagina>(
        api,
        'GET',
        `${pad}${scheiding}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        { token },
      );
      expect({ pad, status: res.status }).toEqual({ pad, status: 200 });
      expect(Array.isArray(res.body.items)).toBe(true);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      if (res.body.volgende) expect(res.body.items.length).toBe(limit);
      if (paginas === 0) total = res.body.total;
      rijen.push(...res.body.items);
      ids.push(...res.body.items.map((i) => i.id));
      cursor = res.body.volgende;
      if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      paginas++;
      if (paginas === 1 && tussendoor) await tussendoor();
    } while (cursor && paginas < 200);
    expect(new Set(ids).size).toBe(ids.length);
    return { ids, rijen, paginas, total };
  }

  const verwacht = async (sql: string, params: unknown[] = []) => (await su(sql, params)).rows.map((r) => r.id as string);

  it('caseload: limit respected, every case once in order (newest first, id breaks ties), filters on the server, no 500-row cap', async () => {
    const alle = await verwacht(`SELECT id FROM casus WHERE regio_id = $1 ORDER BY aangemaakt_op DESC, id DESC`, [ijv]);
    expect(alle.length).toBeGreaterThanOrEqual(N);
    const { ids, paginas, total } = await loop('/api/v1/casussen', coordinator, 7);
    expect(ids).toEqual(alle);
    expect(paginas).toBe(Math.ceil(alle.length / 7));
    expect(total).toBeNull();

    const standaard = await call(api, 'GET', '/api/v1/casussen', { token: coordinator });
    expect(standaard.body.items.length).toBe(Math.min(50, alle.length));
    expect(standaard.body.volgende === null).toBe(alle.length <= 50);
    const max = await call(api, 'GET', '/api/v1/casussen?limit=100', { token: coordinator });
    expect(max.body.items.length).toBe(Math.min(100, alle.length));

    const vanConsulent = await verwacht(
      `SELECT id FROM casus WHERE regio_id = $1 AND consulent_id = $2 ORDER BY aangemaakt_op DESC, id DESC`,
      [ijv, consulentId],
    );
    expect((await loop(`/api/v1/casussen?consulentId=${consulentId}`, coordinator, 4)).ids).toEqual(vanConsulent);
    const analyseren = await verwacht(
      `SELECT id FROM casus WHERE regio_id = $1 AND fase = 'analyseren' ORDER BY aangemaakt_op DESC, id DESC`,
      [ijv],
    );
    expect((await loop('/api/v1/casussen?fase=analyseren', consulent, 3)).ids).toEqual(analyseren);
    // Per-row extras still arrive for the page's rows.
    const rij = (await loop(`/api/v1/casussen?consulentId=${consulentId}`, coordinator, 100)).rijen.find((r) =>
      casusIds.includes(r.id),
    )!;
    expect(rij).toMatchObject({ voornaam: 'Pagina', consulentNaam: expect.any(String), laatsteContact: null });
    expect(typeof rij['openActies']).toBe('number');
  });

  it('caseload: the cursor stays stable when cases are added between pages', async () => {
    const voor = await verwacht(`SELECT id FROM casus WHERE regio_id = $1 ORDER BY aangemaakt_op DESC, id DESC`, [ijv]);
    let nieuw: string[] = [];
    const { ids } = await loop('/api/v1/casussen', coordinator, 5, async () => {
      // One case newer than everything (before the cursor: not in later pages), one older than everything (after it: shown once).
      const p = await su(
        `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode) VALUES ($1, $2, 'Pagina', 'Nieuw', '2006-01-01', '8011 AB'), ($1, $3, 'Pagina', 'Oud', '2006-01-01', '8011 AB') RETURNING id`,
        [ijv, testBsn(), testBsn()],
      );
      const c = await su(
        `INSERT INTO casus (regio_id, persoon_id, doelgroep, bron, aangemaakt_op) VALUES ($1, $2, 'nieuw-vsv', 'duo-lijst', now()), ($1, $3, 'nieuw-vsv', 'duo-lijst', timestamptz '2000-01-01') RETURNING id`,
        [ijv, p.rows[0].id, p.rows[1].id],
      );
      nieuw = c.rows.map((r) => r.id);
    });
    expect(ids).toEqual([...voor, nieuw[1]]);
    expect(ids).not.toContain(nieuw[0]);
  });

  it('caseload: a partner walks only its shared cases; the other region sees none of them', async () => {
    const { ids } = await loop('/api/v1/casussen', wi, 2);
    expect(ids.filter((id) => casusIds.includes(id)).sort()).toEqual(casusIds.slice(0, 7).sort());
    const gedeeld = await verwacht(
      `SELECT c.id FROM casus c WHERE EXISTS (SELECT 1 FROM casus_deling d WHERE d.casus_id = c.id AND d.organisatie_id = $1 AND d.ingetrokken_op IS NULL AND d.eind_datum >= current_date)
        ORDER BY c.aangemaakt_op DESC, c.id DESC`,
      [wiOrg],
    );
    expect(ids).toEqual(gedeeld);
    // A partner may not filter on an RMC field, paged or not.
    expect((await call(api, 'GET', `/api/v1/casussen?limit=5&consulentId=${consulentId}`, { token: wi })).status).toBe(400);
    const ander = await loop('/api/v1/casussen', twenteCoordinator, 50);
    expect(ander.ids.filter((id) => casusIds.includes(id))).toEqual([]);
  });

  it('meldingen: region (triage) and school both newest first; status filter; the other region sees none', async () => {
    const regio = await verwacht(`SELECT id FROM melding WHERE regio_id = $1 ORDER BY gemeld_op DESC, id DESC`, [ijv]);
    // A melding filed between pages is newer than the cursor: not shown again later, nothing skipped.
    let nieuw = '';
    const triage = await loop('/api/v1/meldingen?weergave=triage', coordinator, 8, async () => {
      const r = await su(
        `INSERT INTO melding SELECT (jsonb_populate_record(m, jsonb_build_object('id', gen_random_uuid(), 'import_sleutel', NULL, 'gemeld_op', now()))).* FROM melding m WHERE m.id = $1 RETURNING id`,
        [regio[regio.length - 1]],
      );
      nieuw = r.rows[0].id;
    });
    expect(triage.ids).toEqual(regio);
    expect(triage.ids).not.toContain(nieuw);
    regio.unshift(nieuw);
    const open = await verwacht(
      `SELECT id FROM melding WHERE regio_id = $1 AND status = 'ontvangen' ORDER BY gemeld_op DESC, id DESC`,
      [ijv],
    );
    const gefilterd = await loop('/api/v1/meldingen?status=ontvangen', consulent, 6);
    expect(gefilterd.ids).toEqual(open);
    expect(gefilterd.rijen.every((m) => m['status'] === 'ontvangen' && typeof m['urgentie'] === 'number')).toBe(true);
    const vestigingId = await vestiging();
    const eigen = await verwacht(`SELECT id FROM melding WHERE vestiging_id = $1 ORDER BY gemeld_op DESC, id DESC`, [
      vestigingId,
    ]);
    const schoolLijst = await loop('/api/v1/meldingen', school, 9);
    expect(schoolLijst.ids).toEqual(eigen);
    expect(schoolLijst.rijen.some((m) => 'urgentie' in m)).toBe(false);
    const twenteIds = (await loop('/api/v1/meldingen', twenteCoordinator, 100)).ids;
    expect(twenteIds.filter((id) => regio.includes(id))).toEqual([]);
  });

  it('personen: by name, the cursor carries no name or BSN; a person added between pages does not disturb the walk', async () => {
    const alle = await verwacht(`SELECT id FROM persoon WHERE regio_id = $1 ORDER BY achternaam, voornaam, id`, [ijv]);
    let cursorTekst = '';
    const res = await call(api, 'GET', '/api/v1/personen?limit=3', { token: consulent });
    cursorTekst = Buffer.from(res.body.volgende, 'base64url').toString('utf8');
    for (const r of res.body.items) {
      expect(cursorTekst).not.toContain(r.bsn);
      expect(cursorTekst).not.toContain(r.achternaam);
    }
    let toegevoegd = '';
    const { ids, total } = await loop('/api/v1/personen', consulent, 11, async () => {
      toegevoegd = (
        await su(
          `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode) VALUES ($1, $2, 'Pagina', 'Zzz Laatste', '2006-01-01', '8011 AB') RETURNING id`,
          [ijv, testBsn()],
        )
      ).rows[0].id;
    });
    expect(total).toBeNull();
    // Added after the first page and sorting after it: shown once, in its place; every other person once.
    const na = await verwacht(`SELECT id FROM persoon WHERE regio_id = $1 ORDER BY achternaam, voornaam, id`, [ijv]);
    expect(na.indexOf(toegevoegd)).toBeGreaterThan(11);
    expect(ids).toEqual(na);
    expect(na.filter((id) => id !== toegevoegd)).toEqual(alle);
    const twenteIds = (await loop('/api/v1/personen', twenteCoordinator, 100)).ids;
    expect(twenteIds.filter((id) => alle.includes(id))).toEqual([]);
  });

  it('notificaties: own only, newest first, with the total and the unread count over all pages', async () => {
    const eigen = await verwacht(`SELECT id FROM notificatie WHERE gebruiker_id = $1 ORDER BY aangemaakt_op DESC, id DESC`, [
      consulentId,
    ]);
    const { ids, total } = await loop('/api/v1/notificaties', consulent, 10, async () => {
      // Newer than the cursor: appears on a fresh first page, not in this walk.
      const r = await su(
        `INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel) VALUES ($1, $2, 'paginatest', 'Nieuw', '/casussen', 'paginatest-' || gen_random_uuid()) RETURNING id`,
        [consulentId, ijv],
      );
      opruimen.push(['notificatie', [r.rows[0].id]]);
    });
    expect(ids).toEqual(eigen);
    expect(total).toBe(eigen.length);
    const eerste = await call(api, 'GET', '/api/v1/notificaties?limit=1', { token: consulent });
    expect(eerste.body.ongelezen).toBeGreaterThanOrEqual(N);
    expect((await loop('/api/v1/notificaties', coordinator, 100)).ids.filter((id) => eigen.includes(id))).toEqual([]);
  });

  it('mijn acties: by deadline, none last, every open action once; the total counts them all', async () => {
    const { rijen, ids, total } = await loop('/api/v1/acties/mijn', consulent, 6);
    expect(total).toBe(ids.length);
    const mijn = rijen.filter((r) => String(r['omschrijving']).startsWith('Paginatest'));
    expect(mijn.length).toBe(N);
    const deadlines = rijen.map((r) => (r['deadline'] as string | null) ?? '9999-12-31');
    expect([...deadlines].sort()).toEqual(deadlines);
    expect((await loop('/api/v1/acties/mijn', twenteCoordinator, 100)).ids.filter((id) => ids.includes(id))).toEqual([]);
  });

  it('overleggen: newest first, or from a date on in start order (the week view)', async () => {
    const alle = await verwacht(`SELECT id FROM overleg WHERE regio_id = $1 ORDER BY start DESC, id DESC`, [ijv]);
    expect((await loop('/api/v1/overleggen', coordinator, 7)).ids).toEqual(alle);
    const vanaf = await verwacht(
      `SELECT id FROM overleg WHERE regio_id = $1 AND start >= timestamptz '2025-06-01 00:00 Europe/Amsterdam' ORDER BY start, id`,
      [ijv],
    );
    expect((await loop('/api/v1/overleggen?volgorde=oplopend&vanaf=2025-06-01', coordinator, 5)).ids).toEqual(vanaf);
    const eerder = await call(api, 'GET', '/api/v1/overleggen?tot=2025-06-01&limit=1', { token: coordinator });
    expect(eerder.body.items).toHaveLength(1);
    expect((await loop('/api/v1/overleggen', twenteCoordinator, 100)).ids.filter((id) => alle.includes(id))).toEqual([]);
  });

  it('nazorg taken: open first by moment, then the finished ones, each once', async () => {
    const alle = await verwacht(`SELECT id FROM nazorg_taak WHERE regio_id = $1 ORDER BY afgerond_op IS NOT NULL, moment, id`, [
      ijv,
    ]);
    const { ids, rijen } = await loop('/api/v1/nazorg/taken', consulent, 8);
    expect(ids).toEqual(alle);
    expect(rijen.findIndex((r) => r['afgerondOp'])).toBeGreaterThan(rijen.findLastIndex((r) => !r['afgerondOp']));
    expect((await loop('/api/v1/nazorg/taken', twenteCoordinator, 100)).ids.filter((id) => alle.includes(id))).toEqual([]);
  });

  it('overdrachten: sending region and receiving region each walk their handovers', async () => {
    const uit = await verwacht(
      `SELECT id FROM overdracht WHERE regio_id = $1 OR naar_regio_id = $1 ORDER BY aangeboden_op DESC, id DESC`,
      [ijv],
    );
    expect((await loop('/api/v1/overdrachten', coordinator, 6)).ids).toEqual(uit);
    const inkomend = await loop('/api/v1/overdrachten', twenteCoordinator, 6);
    const naarTwente = await verwacht(
      `SELECT id FROM overdracht WHERE regio_id = $1 OR naar_regio_id = $1 ORDER BY aangeboden_op DESC, id DESC`,
      [twente],
    );
    expect(inkomend.ids).toEqual(naarTwente);
    expect(
      inkomend.rijen
        .filter((r) => opruimen.find(([t]) => t === 'overdracht')![1].includes(r.id))
        .every((r) => r['richting'] === 'inkomend'),
    ).toBe(true);
  });

  it('gebruikers and organisaties: by name with a total; the other region sees none of them', async () => {
    const orgs = await verwacht(`SELECT id FROM organisatie WHERE regio_id = $1 ORDER BY soort, naam, id`, [ijv]);
    const o = await loop('/api/v1/organisaties', coordinator, 9);
    expect(o.ids).toEqual(orgs);
    expect(o.total).toBe(orgs.length);
    expect((await loop('/api/v1/organisaties', twenteCoordinator, 100)).ids.filter((id) => orgs.includes(id))).toEqual([]);
    const users = await verwacht(
      `SELECT g.id FROM gebruiker g WHERE EXISTS (SELECT 1 FROM lidmaatschap l WHERE l.gebruiker_id = g.id AND l.regio_id = $1) ORDER BY g.naam, g.id`,
      [ijv],
    );
    const g = await loop('/api/v1/gebruikers', coordinator, 2);
    expect(g.ids).toEqual(users);
    expect(g.total).toBe(users.length);
  });

  it('the OpenAPI document lists limit and cursor (and the filters) for every paged list', async () => {
    const doc = (await call(api, 'GET', '/api/openapi.json')).body;
    const lijsten: Record<string, string[]> = {
      '/api/v1/casussen': ['limit', 'cursor', 'fase', 'doelgroep', 'teLaat', 'geenContactDagen', 'consulentId', 'gedeeldMet'],
      '/api/v1/meldingen': ['limit', 'cursor', 'status', 'weergave', 'volgorde'],
      '/api/v1/personen': ['limit', 'cursor'],
      '/api/v1/notificaties': ['limit', 'cursor'],
      '/api/v1/acties/mijn': ['limit', 'cursor', 'teLaat'],
      '/api/v1/overleggen': ['limit', 'cursor', 'volgorde', 'vanaf', 'tot'],
      '/api/v1/nazorg/taken': ['limit', 'cursor', 'status'],
      '/api/v1/overdrachten': ['limit', 'cursor'],
      '/api/v1/gebruikers': ['limit', 'cursor'],
      '/api/v1/organisaties': ['limit', 'cursor'],
    };
    for (const [pad, namen] of Object.entries(lijsten)) {
      const parameters = (doc.paths[pad]?.get?.parameters ?? []) as Array<{ name: string; in: string }>;
      expect({
        pad,
        namen: parameters
          .filter((q) => q.in === 'query')
          .map((q) => q.name)
          .sort(),
      }).toEqual({ pad, namen: [...namen].sort() });
    }
  });

  it('bad limit, cursor or filter: 400 problem+json naming the parameter, in Dutch', async () => {
    const lijsten: Array<[string, string]> = [
      ['/api/v1/casussen', coordinator],
      ['/api/v1/meldingen', coordinator],
      ['/api/v1/meldingen', school],
      ['/api/v1/personen', consulent],
      ['/api/v1/notificaties', consulent],
      ['/api/v1/acties/mijn', consulent],
      ['/api/v1/overleggen', coordinator],
      ['/api/v1/nazorg/taken', consulent],
      ['/api/v1/overdrachten', coordinator],
      ['/api/v1/gebruikers', coordinator],
      ['/api/v1/organisaties', coordinator],
    ];
    const vreemd = Buffer.from(JSON.stringify(['geen tijd', 'geen id'])).toString('base64url');
    for (const [pad, token] of lijsten) {
      for (const [query, veld] of [
        ['limit=0', 'limit'],
        ['limit=101', 'limit'],
        ['limit=abc', 'limit'],
        ['limit=2.5', 'limit'],
        ['cursor=%25%25', 'cursor'],
        ['cursor=bm9n', 'cursor'],
        [`cursor=${vreemd}`, 'cursor'],
      ]) {
        const res = await call(api, 'GET', `${pad}?${query}`, { token });
        expect({ pad, query, status: res.status, type: res.headers.get('content-type') }).toEqual({
          pad,
          query,
          status: 400,
          type: expect.stringContaining('application/problem+json'),
        });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([veld]);
        expect(res.body.errors[0].message).toMatch(/cursor|aantal/i);
      }
    }
    // A cursor of one list does not fit another's key.
    const personen = await call(api, 'GET', '/api/v1/personen?limit=1', { token: consulent });
    const mis = await call(api, 'GET', `/api/v1/casussen?cursor=${personen.body.volgende}`, { token: coordinator });
    expect(mis.status).toBe(400);
    expect(mis.body.errors[0].field).toBe('cursor');
    // Filters name themselves too.
    for (const [pad, veld] of [
      ['/api/v1/casussen?fase=onbekend', 'fase'],
      ['/api/v1/meldingen?status=onbekend', 'status'],
      ['/api/v1/meldingen?weergave=alles', 'weergave'],
      ['/api/v1/meldingen?volgorde=willekeurig', 'volgorde'],
      ['/api/v1/acties/mijn?teLaat=ja', 'teLaat'],
      ['/api/v1/overleggen?vanaf=2026-02-30', 'vanaf'],
      ['/api/v1/overleggen?volgorde=willekeurig', 'volgorde'],
      ['/api/v1/personen?zoek=x', 'zoek'],
    ]) {
      const res = await call(api, 'GET', pad, { token: pad.includes('personen') ? consulent : coordinator });
      expect({ pad, status: res.status, veld: res.body.errors?.[0]?.field }).toEqual({ pad, status: 400, veld });
    }
  });
});
