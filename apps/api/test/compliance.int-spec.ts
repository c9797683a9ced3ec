import { call, demo, login, regioId, startApi, type TestApi } from './support/api';

/**
 * Compliance per vestiging on a small known dataset (school year 2023-2024, inserted with the
 * superuser pool and removed afterwards): each side sees only its own rows, cross-party counts below 5
 * are suppressed, and the CSV carries the same figures.
 */
const JAAR = '2023-2024';

interface M {
  vestiging: 'lz' | 'ra';
  regio: 'ijv' | 'twente' | null;
  soort: string;
  begindatum: string;
  gemeld: string;
  volledig: boolean;
  deadline?: string;
  opgepakt?: string;
  teruggemeld?: string;
}

// Landstede MBO Zwolle (lz) and ROC van Twente Almelo (ra).
const DATA: M[] = [
  // lz → IJssel-Vecht (6)
  {
    vestiging: 'lz',
    regio: 'ijv',
    soort: 'aaneengesloten-4-weken',
    begindatum: '2023-09-04',
    gemeld: '2023-10-09',
    volledig: true,
    deadline: '2023-10-16',
    opgepakt: '2023-10-11',
    teruggemeld: '2023-10-16',
  },
  {
    vestiging: 'lz',
    regio: 'ijv',
    soort: 'aaneengesloten-4-weken',
    begindatum: '2023-09-04',
    gemeld: '2023-10-20',
    volledig: true,
    deadline: '2023-10-27',
    opgepakt: '2023-10-30',
  },
  {
    vestiging: 'lz',
    regio: 'ijv',
    soort: '16-uur-in-4-weken',
    begindatum: '2023-09-11',
    gemeld: '2023-10-02',
    volledig: false,
    deadline: '2023-10-09',
    opgepakt: '2023-10-03',
    teruggemeld: '2023-10-05',
  },
  {
    vestiging: 'lz',
    regio: 'ijv',
    soort: '16-uur-in-4-weken',
    begindatum: '2023-10-09',
    gemeld: '2023-11-06',
    volledig: true,
    deadline: '2023-11-13',
  },
  {
    vestiging: 'lz',
    regio: 'ijv',
    soort: 'zorgwekkend',
    begindatum: '2023-11-01',
    gemeld: '2023-11-07',
    volledig: true,
    deadline: '2023-11-10',
    opgepakt: '2023-11-08',
    teruggemeld: '2023-11-10',
  },
  {
    vestiging: 'lz',
    regio: 'ijv',
    soort: 'zorgwekkend',
    begindatum: '2023-11-01',
    gemeld: '2023-11-08',
    volledig: true,
    deadline: '2023-11-13',
    opgepakt: '2023-11-09',
  },
  // lz → Twente (2) and outside every region (1)
  {
    vestiging: 'lz',
    regio: 'twente',
    soort: 'aaneengesloten-4-weken',
    begindatum: '2023-11-01',
    gemeld: '2023-12-04',
    volledig: true,
    deadline: '2023-12-11',
    opgepakt: '2023-12-05',
  },
  {
    vestiging: 'lz',
    regio: 'twente',
    soort: 'aaneengesloten-4-weken',
    begindatum: '2023-11-01',
    gemeld: '2023-12-04',
    volledig: true,
    deadline: '2023-12-11',
    opgepakt: '2023-12-05',
  },
  { vestiging: 'lz', regio: null, soort: '16-uur-in-4-weken', begindatum: '2023-11-13', gemeld: '2023-12-05', volledig: true },
  // ra → IJssel-Vecht (3) and Twente (5)
  ...Array.from({ length: 3 }, (): M => ({
    vestiging: 'ra',
    regio: 'ijv',
    soort: 'zorgwekkend',
    begindatum: '2024-01-08',
    gemeld: '2024-01-15',
    volledig: true,
    deadline: '2024-01-18',
    opgepakt: '2024-01-16',
  })),
  ...Array.from({ length: 5 }, (): M => ({
    vestiging: 'ra',
    regio: 'twente',
    soort: '16-uur-in-4-weken',
    begindatum: '2024-01-15',
    gemeld: '2024-02-12',
    volledig: true,
    deadline: '2024-02-19',
    opgepakt: '2024-02-13',
    teruggemeld: '2024-02-14',
  })),
];

describe('compliance per vestiging', () => {
  let api: TestApi;
  const ids: string[] = [];
  const t: Record<string, string> = {};
  let ijv: string;
  let twente: string;
  let landstede: string;
  let rocvt: string;
  let lz: string;

  beforeAll(async () => {
    api = await startApi();
    ijv = await regioId(api, 'IJssel-Vecht');
    twente = await regioId(api, 'Twente');
    const id = async (sql: string, p: string) => (await api.su.query(sql, [p])).rows[0].id as string;
    landstede = await id(`SELECT id FROM instelling WHERE naam = $1`, 'Landstede MBO');
    rocvt = await id(`SELECT id FROM instelling WHERE naam = $1`, 'ROC van Twente');
    lz = await id(`SELECT id FROM vestiging WHERE naam = $1`, 'Landstede MBO Zwolle');
    const ra = await id(`SELECT id FROM vestiging WHERE naam = $1`, 'ROC van Twente Almelo');
    for (const [i, m] of DATA.entries()) {
      const { rows } = await api.su.query(
        `INSERT INTO melding (regio_id, instelling_id, vestiging_id, soort, status, bsn, voornaam, achternaam, geboortedatum, postcode, begindatum, vermoedelijke_soort,
                              melder_naam, melder_functie, volledig, gemeld_op, gemeld_op_datum, oppak_deadline, opgepakt_op, teruggemeld_op)
         VALUES ($1, $2, $3, $4, $5, $6, 'Test', 'Compliance', '2005-05-05', '8011 AB', $7, '1-maand-of-langer', 'T. Est', 'Verzuimcoördinator', $8,
                 ($9::date + time '09:00') AT TIME ZONE 'Europe/Amsterdam', $9, $10, ($11::date + time '10:00') AT TIME ZONE 'Europe/Amsterdam', ($12::date + time '15:00') AT TIME ZONE 'Europe/Amsterdam')
         RETURNING id`,
        [
          m.regio === 'ijv' ? ijv : m.regio === 'twente' ? twente : null,
          m.vestiging === 'lz' ? landstede : rocvt,
          m.vestiging === 'lz' ? lz : ra,
          m.soort,
          m.regio ? 'afgesloten' : 'regio-niet-aangesloten',
          String(900000000 + i),
          m.begindatum,
          m.volledig,
          m.gemeld,
          m.deadline ?? null,
          m.opgepakt ?? null,
          m.teruggemeld ?? null,
        ],
      );
      ids.push(rows[0].id);
    }
    t['school'] = await login(api, demo('verzuim', 'ijssel-vecht'));
    t['schoolTwente'] = await login(api, demo('verzuim', 'twente'));
    t['ijv'] = await login(api, demo('coordinator', 'ijssel-vecht'));
    t['twente'] = await login(api, demo('coordinator', 'twente'));
    t['beleid'] = await login(api, demo('beleid', 'ijssel-vecht'));
    t['consulent'] = await login(api, demo('consulent', 'ijssel-vecht'));
    t['mentor'] = await login(api, demo('mentor', 'ijssel-vecht'));
  });
  afterAll(async () => {
    await api.su.query(`DELETE FROM melding WHERE id = ANY($1)`, [ids]);
    await api.close();
  });

  const get = (token: string, query = '') => call(api, 'GET', `/api/v1/compliance?schooljaar=${JAAR}${query}`, { token });
  const n = (aantal: number) => ({ aantal, onderdrukt: false });
  const weg = { aantal: null, onderdrukt: true };

  it('a region sees only the meldingen routed to it, in full detail', async () => {
    const res = await get(t['ijv']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ schooljaar: JAAR, perspectief: 'regio', regioId: ijv, onderdrukDrempel: 5 });
    expect(res.body.maanden[0]).toBe('2023-08');
    expect(res.body.maanden).toHaveLength(12);
    expect(res.body.vestigingen.map((v: any) => [v.vestigingNaam, v.totaal.aantal])).toEqual([
      ['Landstede MBO Zwolle', 6],
      ['ROC van Twente Almelo', 3],
    ]);
    const zwolle = res.body.vestigingen[0];
    const maand = (m: string) => zwolle.perMaand.find((x: any) => x.maand === m).aantal;
    expect([maand('2023-10'), maand('2023-11'), maand('2023-12')]).toEqual([n(3), n(3), n(0)]);
    expect(Object.fromEntries(zwolle.perSoort.map((s: any) => [s.soort, s.aantal.aantal]))).toEqual({
      'aaneengesloten-4-weken': 2,
      '16-uur-in-4-weken': 2,
      vervolgmelding: 0,
      zorgwekkend: 2,
    });
    // on time AND complete: #1 (on the last day), #4, #5, #6 — #2 is late, #3 incomplete
    expect(zwolle.binnenNorm).toEqual({ aantal: n(4), aandeel: 0.667 });
    expect(zwolle.volledig).toEqual({ aantal: n(5), aandeel: 0.833 });
    // pick-up in werkdagen 2, 6, 1, 1, 1; #2 late, #4 never picked up and overdue
    expect(zwolle.oppak).toEqual({
      opgepakt: n(5),
      gemiddeldWerkdagen: 2.2,
      opTijd: n(4),
      teLaat: n(2),
      verlopen: n(1),
      open: n(0),
      aandeelOpTijd: 0.667,
    });
    // One story: on time + late (the overdue open one included) + still open = every melding with a term.
    expect(zwolle.oppak.opTijd.aantal + zwolle.oppak.teLaat.aantal + zwolle.oppak.open.aantal).toBe(zwolle.totaal.aantal);
    // feedback after 5, 3 and 3 werkdagen
    expect(zwolle.terugkoppeling).toEqual({ teruggemeld: n(3), gemiddeldWerkdagen: 3.7, aandeel: 0.5 });
    expect(zwolle.herkomst).toEqual([{ regioId: ijv, regioNaam: 'IJssel-Vecht', aantal: n(6) }]);
    // Own rows are not suppressed, even when small.
    expect(res.body.vestigingen[1].totaal).toEqual(n(3));
    expect(res.body.totaal.totaal).toEqual(n(9));
  });

  it('a region filtering on an instelling gets every vestiging of it (zeros included)', async () => {
    const res = await get(t['ijv'], `&instellingId=${landstede}`);
    expect(res.body.vestigingen.map((v: any) => [v.vestigingNaam, v.totaal.aantal])).toEqual([
      ['Landstede MBO Harderwijk', 0],
      ['Landstede MBO Raalte', 0],
      ['Landstede MBO Zwolle', 6],
    ]);
    const twenteView = await get(t['twente'], `&instellingId=${landstede}`);
    expect(twenteView.body.totaal.totaal).toEqual(n(2));
    expect((await get(t['beleid'])).body.totaal.totaal).toEqual(n(9));
  });

  it('a school sees its own vestiging; the other party’s figures are suppressed below 5', async () => {
    const res = await get(t['school']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ perspectief: 'school', instellingId: landstede });
    expect(res.body.vestigingen).toHaveLength(1);
    const zwolle = res.body.vestigingen[0];
    expect(zwolle.vestigingId).toBe(lz);
    expect(zwolle.totaal).toEqual(n(9));
    expect(zwolle.binnenNorm).toEqual({ aantal: n(7), aandeel: 0.778 });
    expect(zwolle.volledig).toEqual({ aantal: n(8), aandeel: 0.889 });
    // Students come from: IJssel-Vecht 6 (shown), Twente 2 and "niet aangesloten" 1 (suppressed).
    expect(zwolle.herkomst).toEqual([
      { regioId: ijv, regioNaam: 'IJssel-Vecht', aantal: n(6) },
      { regioId: null, regioNaam: 'Regio niet aangesloten', aantal: weg },
      { regioId: twente, regioNaam: 'Twente', aantal: weg },
    ]);
    // The regions' handling: 7 picked up (mean 13/7), 6 on time, 2 late → suppressed, and no share that would reveal it.
    expect(zwolle.oppak).toEqual({
      opgepakt: n(7),
      gemiddeldWerkdagen: 1.9,
      opTijd: n(6),
      teLaat: weg,
      verlopen: weg,
      open: n(0),
      aandeelOpTijd: null,
    });
    expect(zwolle.terugkoppeling).toEqual({ teruggemeld: weg, gemiddeldWerkdagen: null, aandeel: null });

    const almelo = (await get(t['schoolTwente'])).body.vestigingen[0];
    expect(almelo.herkomst).toEqual([
      { regioId: ijv, regioNaam: 'IJssel-Vecht', aantal: weg },
      { regioId: twente, regioNaam: 'Twente', aantal: n(5) },
    ]);
    expect(almelo.terugkoppeling).toEqual({ teruggemeld: n(5), gemiddeldWerkdagen: 2, aandeel: null });
  });

  it('a school may narrow to one region; another side’s scope is 404, other roles 403', async () => {
    const naarTwente = await get(t['school'], `&regioId=${twente}`);
    expect(naarTwente.body.totaal.totaal).toEqual(n(2));
    expect((await get(t['school'], `&instellingId=${rocvt}`)).status).toBe(404);
    expect((await get(t['ijv'], `&regioId=${twente}`)).status).toBe(404);
    expect((await get(t['consulent'])).status).toBe(403);
    expect((await get(t['mentor'])).status).toBe(403);
  });

  it('bad input is a 400 naming the field', async () => {
    const jaar = await call(api, 'GET', '/api/v1/compliance?schooljaar=2023-2025', { token: t['ijv'] });
    expect(jaar.status).toBe(400);
    expect(jaar.body.errors[0].field).toBe('schooljaar');
    const vorm = await call(api, 'GET', '/api/v1/compliance?schooljaar=2023', { token: t['ijv'] });
    expect(vorm.body.errors[0]).toEqual({
      field: 'schooljaar',
      message: 'Vul een schooljaar in als jjjj-jjjj, bijvoorbeeld 2026-2027.',
    });
    const inst = await call(api, 'GET', '/api/v1/compliance?instellingId=abc', { token: t['ijv'] });
    expect(inst.status).toBe(400);
    expect(inst.body.errors[0]).toEqual({ field: 'instellingId', message: 'Kies een instelling.' });
    expect((await call(api, 'GET', '/api/v1/compliance?wat=1', { token: t['ijv'] })).body.errors[0].field).toBe('wat');
    // The default school year is the current one (no rows of ours there, still a valid answer).
    expect((await call(api, 'GET', '/api/v1/compliance', { token: t['ijv'] })).status).toBe(200);
  });

  it('CSV: text/csv, a header row, the same figures, suppressed cells empty', async () => {
    const res = await fetch(`${api.url}/api/v1/compliance.csv?schooljaar=${JAAR}`, {
      headers: { authorization: `Bearer ${t['school']}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="compliance-${JAAR}.csv"`);
    const regels = (await res.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n')
      .map((r) => r.split(';'));
    const kop = regels[0];
    expect(kop.slice(0, 5)).toEqual(['Schooljaar', 'Instelling', 'Vestiging', 'Meldingen', 'Meldingen 2023-08']);
    expect(regels).toHaveLength(3); // header, Landstede MBO Zwolle, Totaal
    const rij = Object.fromEntries(kop.map((k, i) => [k, regels[1][i]]));
    expect(rij).toMatchObject({
      Instelling: 'Landstede MBO',
      Vestiging: 'Landstede MBO Zwolle',
      Meldingen: '9',
      'Meldingen 2023-10': '3',
      'Binnen de norm': '7',
      'Binnen de norm (%)': '77,8',
      'Te laat (ook niet opgepakt na termijn)': '',
      'Waarvan niet opgepakt na termijn': '',
      Teruggekoppeld: '',
      'Herkomst: IJssel-Vecht': '6',
      'Herkomst: Twente': '',
    });
    expect(regels[2][1]).toBe('Totaal');
    const { rows } = await api.su.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'Compliance' AND actie = 'export'`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });
});
