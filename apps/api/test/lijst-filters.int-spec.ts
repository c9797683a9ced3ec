import { call, demo, login, regioId, startApi, type TestApi } from './support/api';
import { testBsn } from './support/bsn';

/**
 * Issue 13, lists: the sort and filter parameters the portal's list screens use (meldingen
 * `volgorde`, *Mijn acties* `teLaat` and the young person's name on each action) stay inside RLS and
 * CASL, and a bad value is a 400 naming the parameter, in Dutch.
 */
describe('list sort and filters (issue 13)', () => {
  let api: TestApi;
  let ijv: string;
  let consulent: string;
  let coordinator: string;
  let twenteCoordinator: string;
  let wi: string;
  let school: string;
  let consulentId: string;
  let wiOrg: string;
  const casusIds: string[] = [];
  const persoonIds: string[] = [];
  const su = (sql: string, params: unknown[] = []) => api.su.query(sql, params);

  type Actie = {
    id: string;
    casusId: string;
    jongere: string | null;
    omschrijving: string;
    deadline: string | null;
    teLaat: boolean;
  };
  type Melding = { id: string; gemeldOp: string; vestigingNaam?: string };

  /** All rows of a list, page by page. */
  async function alles<T extends { id: string }>(
    pad: string,
    token: string,
    limit = 25,
  ): Promise<{ items: T[]; total: number | null }> {
    const items: T[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    let n = 0;
    do {
      const res: { status: number; body: { items: T[]; total: number | null; volgende: string | null } } = await call(
        api,
        'GET',
        `${pad}${pad.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        { token },
      );
      expect({ pad, status: res.status }).toEqual({ pad, status: 200 });
      if (n === 0) total = res.body.total;
      items.push(...res.body.items);
      cursor = res.body.volgende;
    } while (cursor && ++n < 100);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    return { items, total };
  }

  /** A person and a case of the consulent in IJssel-Vecht, named `achternaam`. */
  async function casus(achternaam: string): Promise<string> {
    const gemeente = (await su(`SELECT code FROM gemeente WHERE regio_id = $1 LIMIT 1`, [ijv])).rows[0].code;
    const p = await su(
      `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code)
       VALUES ($1, $2, 'Lijst', $3, '2006-01-01', '8011 AB', $4) RETURNING id`,
      [ijv, testBsn(), achternaam, gemeente],
    );
    persoonIds.push(p.rows[0].id);
    const c = await su(
      `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, procesregie_id, fase, bron)
       VALUES ($1, $2, 'nieuw-vsv', $3, $3, 'plannen', 'duo-lijst') RETURNING id`,
      [ijv, p.rows[0].id, consulentId],
    );
    casusIds.push(c.rows[0].id);
    return c.rows[0].id;
  }

  async function actie(
    casusId: string,
    omschrijving: string,
    deadline: string | null,
    eigenaar: { gebruiker?: string; organisatie?: string },
  ) {
    await su(
      `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_gebruiker_id, eigenaar_organisatie_id, deadline, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'open')`,
      [casusId, ijv, omschrijving, eigenaar.gebruiker ?? null, eigenaar.organisatie ?? null, deadline],
    );
  }

  beforeAll(async () => {
    api = await startApi();
    ijv = await regioId(api, 'IJssel-Vecht');
    consulent = await login(api, demo('consulent'));
    coordinator = await login(api, demo('coordinator'));
    twenteCoordinator = await login(api, demo('coordinator', 'twente'));
    wi = await login(api, demo('wi'));
    school = await login(api, demo('verzuim'));
    consulentId = (await su(`SELECT id FROM gebruiker WHERE email = $1`, [demo('consulent')])).rows[0].id;
    const coordinatorId = (await su(`SELECT id FROM gebruiker WHERE email = $1`, [demo('coordinator')])).rows[0].id;
    wiOrg = (await su(`SELECT id FROM organisatie WHERE regio_id = $1 AND naam = 'Werk & Inkomen IJssel-Vecht'`, [ijv])).rows[0]
      .id;

    const eigen = await casus('Lijsttest Eigen');
    await actie(eigen, 'Lijsttest te laat', '2020-01-02', { gebruiker: consulentId });
    await actie(eigen, 'Lijsttest op tijd', '2099-12-31', { gebruiker: consulentId });
    await actie(eigen, 'Lijsttest zonder deadline', null, { gebruiker: consulentId });
    // W&I: one case shared with the basis section, one without it, one not shared at all.
    const metBasis = await casus('Lijsttest Basis');
    const zonderBasis = await casus('Lijsttest Zonderbasis');
    const nietGedeeld = await casus('Lijsttest Nietgedeeld');
    await actie(metBasis, 'Lijsttest partner basis', '2020-01-03', { organisatie: wiOrg });
    await actie(zonderBasis, 'Lijsttest partner zonder basis', '2099-01-01', { organisatie: wiOrg });
    await actie(nietGedeeld, 'Lijsttest partner niet gedeeld', '2020-01-04', { organisatie: wiOrg });
    for (const [c, secties] of [
      [metBasis, '{basis,acties}'],
      [zonderBasis, '{acties}'],
    ])
      await su(
        `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, doel, secties, eind_datum, aangemaakt_door)
         VALUES ($1, $2, $3, 'wettelijke-taak', 'Lijsttest', $4, current_date + 30, $5)`,
        [c, ijv, wiOrg, secties, coordinatorId],
      );
    // Nazorg: one open and one finished task on the consulent's case.
    await su(
      `INSERT INTO nazorg_taak (regio_id, casus_id, moment, soort, afgerond_op, uitkomst)
       VALUES ($1, $2, date '2026-01-15', 'nazorg', NULL, NULL), ($1, $2, date '2026-01-01', 'nazorg', now(), 'werk')`,
      [ijv, eigen],
    );
    // The partner's session reads its shares when it is resolved: log in again after sharing.
    wi = await login(api, demo('wi'));
  });

  afterAll(async () => {
    await su(`DELETE FROM casus_deling WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
    await su(`DELETE FROM plan_actie WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
    await su(`DELETE FROM nazorg_taak WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
    await su(`DELETE FROM casus_fase_wijziging WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
    await su(`DELETE FROM casus WHERE id = ANY($1::uuid[])`, [casusIds]);
    await su(`DELETE FROM persoon WHERE id = ANY($1::uuid[])`, [persoonIds]);
    await api.close();
  });

  it('mijn acties: every row names the young person and its case; teLaat=true only overdue, false only not, the total follows', async () => {
    const alle = await alles<Actie>('/api/v1/acties/mijn', consulent, 5);
    const eigen = alle.items.filter((a) => a.omschrijving.startsWith('Lijsttest'));
    expect(eigen.map((a) => [a.omschrijving, a.jongere, a.teLaat])).toEqual([
      ['Lijsttest te laat', 'Lijst Lijsttest Eigen', true],
      ['Lijsttest op tijd', 'Lijst Lijsttest Eigen', false],
      ['Lijsttest zonder deadline', 'Lijst Lijsttest Eigen', false],
    ]);
    expect(eigen.every((a) => casusIds.includes(a.casusId))).toBe(true);
    expect(alle.total).toBe(alle.items.length);

    const teLaat = await alles<Actie>('/api/v1/acties/mijn?teLaat=true', consulent, 2);
    expect(teLaat.items.length).toBeGreaterThan(0);
    expect(teLaat.items.every((a) => a.teLaat)).toBe(true);
    expect(teLaat.items.map((a) => a.id)).toEqual(alle.items.filter((a) => a.teLaat).map((a) => a.id));
    expect(teLaat.total).toBe(teLaat.items.length);

    const opTijd = await alles<Actie>('/api/v1/acties/mijn?teLaat=false', consulent, 4);
    expect(opTijd.items.some((a) => a.teLaat)).toBe(false);
    expect(opTijd.items.length + teLaat.items.length).toBe(alle.items.length);

    // Another region's coordinator finds none of them, filtered or not.
    for (const pad of ['/api/v1/acties/mijn', '/api/v1/acties/mijn?teLaat=true']) {
      const twente = await alles<Actie>(pad, twenteCoordinator, 100);
      expect(twente.items.filter((a) => casusIds.includes(a.casusId))).toEqual([]);
    }
  });

  it('mijn acties for a partner: only shared cases, the name only where the share has the basis section', async () => {
    const { items } = await alles<Actie>('/api/v1/acties/mijn', wi, 100);
    const lijsttest = items.filter((a) => a.omschrijving.startsWith('Lijsttest'));
    expect(lijsttest.map((a) => [a.omschrijving, a.jongere]).sort()).toEqual(
      [
        ['Lijsttest partner basis', 'Lijst Lijsttest Basis'],
        ['Lijsttest partner zonder basis', null],
      ].sort(),
    );
    const teLaat = await alles<Actie>('/api/v1/acties/mijn?teLaat=true', wi, 100);
    expect(teLaat.items.filter((a) => a.omschrijving.startsWith('Lijsttest')).map((a) => a.omschrijving)).toEqual([
      'Lijsttest partner basis',
    ]);
    // The coordinator owns none of these by name and is consulent of none: not in their list.
    const coord = await alles<Actie>('/api/v1/acties/mijn', coordinator, 100);
    expect(coord.items.filter((a) => casusIds.includes(a.casusId))).toEqual([]);
  });

  it('meldingen: volgorde=oudste walks the same rows oldest first, within the school and the region', async () => {
    for (const token of [school, coordinator]) {
      const nieuw = await alles<Melding>('/api/v1/meldingen', token, 50);
      const oud = await alles<Melding>('/api/v1/meldingen?volgorde=oudste', token, 7);
      expect(oud.items.map((m) => m.id)).toEqual([...nieuw.items].reverse().map((m) => m.id));
      const tijden = oud.items.map((m) => Date.parse(m.gemeldOp));
      expect([...tijden].sort((a, b) => a - b)).toEqual(tijden);
      expect(oud.total).toBeNull();
    }
    // The school sees only its own vestiging, oldest first as well.
    const vestigingen = new Set(
      (await alles<Melding>('/api/v1/meldingen?volgorde=oudste', school, 50)).items.map((m) => m.vestigingNaam ?? 'eigen'),
    );
    expect(vestigingen.size).toBeLessThanOrEqual(1);
    // Another region's triage, oldest first with a status: none of IJssel-Vecht's meldingen.
    const ijvIds = new Set((await alles<Melding>('/api/v1/meldingen', coordinator, 100)).items.map((m) => m.id));
    const twente = await alles<Melding>(
      '/api/v1/meldingen?weergave=triage&volgorde=oudste&status=ontvangen',
      twenteCoordinator,
      100,
    );
    expect(twente.items.filter((m) => ijvIds.has(m.id))).toEqual([]);
  });

  it('nazorg: status=open only open tasks, status=afgerond only finished ones, within the region', async () => {
    type Taak = { id: string; casusId: string; afgerondOp: string | null };
    const alle = await alles<Taak>('/api/v1/nazorg/taken', consulent, 3);
    const open = await alles<Taak>('/api/v1/nazorg/taken?status=open', consulent, 2);
    const af = await alles<Taak>('/api/v1/nazorg/taken?status=afgerond', consulent, 2);
    expect(open.items.every((t) => t.afgerondOp === null)).toBe(true);
    expect(af.items.every((t) => t.afgerondOp !== null)).toBe(true);
    expect([...open.items, ...af.items].map((t) => t.id)).toEqual(alle.items.map((t) => t.id));
    expect(open.items.filter((t) => casusIds.includes(t.casusId)).length).toBe(1);
    expect(af.items.filter((t) => casusIds.includes(t.casusId)).length).toBe(1);
    const twente = await alles<Taak>('/api/v1/nazorg/taken?status=open', twenteCoordinator, 100);
    expect(twente.items.filter((t) => casusIds.includes(t.casusId))).toEqual([]);
    // A partner has no update:Casus: 403, filtered or not.
    expect((await call(api, 'GET', '/api/v1/nazorg/taken?status=open', { token: wi })).status).toBe(403);
  });

  it('bad sort or filter values: 400 problem+json naming the parameter, in Dutch', async () => {
    for (const [pad, token, veld, bericht] of [
      ['/api/v1/meldingen?volgorde=willekeurig', school, 'volgorde', /nieuwste of oudste/],
      ['/api/v1/meldingen?volgorde=oudste&status=weg', coordinator, 'status', /status/i],
      ['/api/v1/acties/mijn?teLaat=ja', consulent, 'teLaat', /true of false/],
      ['/api/v1/acties/mijn?teLaat=', wi, 'teLaat', /true of false/],
      ['/api/v1/acties/mijn?sortering=deadline', consulent, 'sortering', /./],
      ['/api/v1/nazorg/taken?status=klaar', consulent, 'status', /open of afgerond/],
    ] as Array<[string, string, string, RegExp]>) {
      const res = await call(api, 'GET', pad, { token });
      expect({ pad, status: res.status, type: res.headers.get('content-type') }).toEqual({
        pad,
        status: 400,
        type: expect.stringContaining('application/problem+json'),
      });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([veld]);
      expect(res.body.errors[0].message).toMatch(bericht);
    }
    // A school may not use the region's filter on actions at all (no read:Casus): 403, not a list.
    expect((await call(api, 'GET', '/api/v1/acties/mijn?teLaat=true', { token: school })).status).toBe(403);
  });
});
