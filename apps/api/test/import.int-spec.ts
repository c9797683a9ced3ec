import type { ChildProcess } from 'node:child_process';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { testBsn } from './support/bsn';
import { startSink, startWorkerProcess, waitFor } from './support/processes';

/**
 * CSV upload of 10,000 meldingen through the API and the real worker: a per-row error report for the
 * bad rows, progress visible while it runs, and the good rows saved once even when uploaded twice.
 */
const AANTAL = 10_000;

function csv(): { tekst: string; slecht: number[] } {
  const kop =
    'BSN;Voornaam;Achternaam;Geboortedatum;Postcode;Soort;Begindatum;Vermoedelijke soort;Alle lessen gemist;Verzuimdagen;Melder;Functie';
  const slecht: number[] = [];
  const regels = [kop];
  for (let i = 0; i < AANTAL; i++) {
    const bsn = testBsn();
    const rij = i + 2;
    const fout = i % 500 === 499 ? 'bsn' : i % 700 === 350 ? 'dagen' : null;
    if (fout) slecht.push(rij);
    regels.push(
      [
        fout === 'bsn' ? '123456789' : bsn,
        'Student',
        `Nummer ${i}`,
        '14-03-2007',
        i % 2 ? '8011 AB' : '7511 AB',
        'aaneengesloten-4-weken',
        '12-10-2026',
        '1-maand-of-langer',
        'ja',
        fout === 'dagen' ? 'veel' : '22',
        'M. de Vries',
        'Verzuimcoördinator',
      ].join(';'),
    );
  }
  return { tekst: regels.join('\n'), slecht };
}

const KOLOMMEN = {
  BSN: 'bsn',
  Voornaam: 'voornaam',
  Achternaam: 'achternaam',
  Geboortedatum: 'geboortedatum',
  Postcode: 'postcode',
  Soort: 'soort',
  Begindatum: 'begindatum',
  'Vermoedelijke soort': 'vermoedelijkeSoort',
  'Alle lessen gemist': 'allesGemist',
  Verzuimdagen: 'verzuimDagen',
  Melder: 'melderNaam',
  Functie: 'melderFunctie',
};

describe('CSV import of meldingen', () => {
  let api: TestApi;
  let school: string;
  let vestigingId: string;
  let worker: ChildProcess;
  let stopSink: () => void;

  beforeAll(async () => {
    api = await startApi();
    school = await login(api, demo('verzuim', 'twente'));
    vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
    const sink = await startSink();
    stopSink = sink.stop;
    worker = startWorkerProcess({ SMTP_URL: sink.smtpUrl });
  });
  afterAll(async () => {
    worker?.kill('SIGTERM');
    stopSink?.();
    // The 20,000 imported meldingen go again, so the list walks of later specs see the region as the seed left it.
    if (vestigingId)
      await api.su
        .query(`DELETE FROM melding WHERE import_sleutel IS NOT NULL AND vestiging_id = $1`, [vestigingId])
        .catch(() => undefined);
    await api.close();
  });

  async function upload(tekst: string, proefrun = false) {
    const res = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: school,
      body: { csv: tekst, kolommen: KOLOMMEN, proefrun, leslocatieVestigingId: vestigingId },
    });
    expect(res.status).toBe(202);
    const voortgang: number[] = [];
    const t0 = Date.now();
    const eind = await waitFor(
      'import klaar',
      async () => {
        const s = await call(api, 'GET', `/api/v1/meldingen/import/${res.body.id}`, { token: school });
        voortgang.push(s.body.verwerkt);
        return s.body.status === 'klaar' ? s.body : undefined;
      },
      300_000,
      250,
    );
    // The uploaded file names every student in it: nothing of it is kept once the batch is done.
    expect((await api.su.query(`SELECT inhoud FROM import_batch WHERE id = $1`, [res.body.id])).rows[0].inhoud).toBe('');
    console.log(
      `import of ${AANTAL} rows${proefrun ? ' (dry run)' : ''}: ${((Date.now() - t0) / 1000).toFixed(1)} s, ${Math.round(AANTAL / ((Date.now() - t0) / 1000))} rows/s`,
    );
    return { eind, voortgang };
  }

  it('reports bad rows, shows progress, and saves the good rows once across two uploads', async () => {
    const { tekst, slecht } = csv();
    const goed = AANTAL - slecht.length;

    const eerste = await upload(tekst);
    expect(eerste.eind).toMatchObject({ totaal: AANTAL, verwerkt: AANTAL, goed, fout: slecht.length, alAanwezig: 0 });
    expect(eerste.voortgang.some((v) => v > 0 && v < AANTAL)).toBe(true);
    const foutRijen = [...new Set(eerste.eind.fouten.map((f: { rij: number }) => f.rij))].sort(
      (a, b) => (a as number) - (b as number),
    );
    expect(foutRijen).toEqual(slecht);
    expect(eerste.eind.fouten).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ veld: 'bsn', melding: 'Dit BSN voldoet niet aan de elfproef.' }),
        expect.objectContaining({ veld: 'verzuimDagen' }),
      ]),
    );

    const tweede = await upload(tekst);
    expect(tweede.eind).toMatchObject({ goed: 0, alAanwezig: goed, fout: slecht.length });

    const { rows } = await api.su.query(
      `SELECT count(*)::int AS n, count(DISTINCT regio_id)::int AS regios FROM melding WHERE vestiging_id = $1 AND import_sleutel IS NOT NULL`,
      [vestigingId],
    );
    expect(rows[0]).toEqual({ n: goed, regios: 2 });
  }, 600_000);

  it('a dry run validates but saves nothing; a bad mapping is a 400 naming the column', async () => {
    const kop = Object.keys(KOLOMMEN).join(';');
    const rij = [
      '999990019',
      'A',
      'B',
      '14-03-2007',
      '7512 AB',
      'aaneengesloten-4-weken',
      '12-10-2026',
      '1-maand-of-langer',
      'ja',
      '22',
      'M',
      'F',
    ].join(';');
    const voor = (await api.su.query(`SELECT count(*)::int AS n FROM melding`)).rows[0].n;
    const res = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: school,
      body: { csv: `${kop}\n${rij}`, kolommen: KOLOMMEN, proefrun: true, leslocatieVestigingId: vestigingId },
    });
    const eind = await waitFor('proefrun klaar', async () => {
      const s = await call(api, 'GET', `/api/v1/meldingen/import/${res.body.id}`, { token: school });
      return s.body.status === 'klaar' ? s.body : undefined;
    });
    expect(eind).toMatchObject({ goed: 1, fout: 0 });
    expect((await api.su.query(`SELECT count(*)::int AS n FROM melding`)).rows[0].n).toBe(voor);

    const fout = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: school,
      body: { csv: `${kop}\n${rij}`, kolommen: { Bestaatniet: 'bsn' }, proefrun: true, leslocatieVestigingId: vestigingId },
    });
    expect(fout.status).toBe(400);
    expect(fout.body.errors[0].field).toBe('kolommen.Bestaatniet');
  });

  it('accepts the screen’s labels and Dutch dates, defaults the melder to the uploader, and reports every error of a row', async () => {
    const kolommen = { ...KOLOMMEN } as Record<string, string>;
    delete kolommen['Melder'];
    const kop = Object.keys(kolommen).join(';');
    const rij = (bsn: string, postcode: string, soort: string, dagen: string) =>
      [bsn, 'A', 'B', '4-3-2007', postcode, soort, '7-9-2026', '1 maand of langer', 'ja', dagen, 'F'].join(';');
    const tekst = [
      kop,
      rij(testBsn(), '7512 AB', '4 AANEENGESLOTEN SCHOOLWÉKEN', '22'),
      rij('123456789', '12', 'vierkant', '22'),
      rij(testBsn(), '7512 AB', 'aaneengesloten-4-weken', 'veel'),
    ].join('\n');
    const res = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: school,
      body: { csv: tekst, kolommen, proefrun: true, leslocatieVestigingId: vestigingId },
    });
    expect(res.status).toBe(202);
    const eind = await waitFor('proefrun klaar', async () => {
      const s = await call(api, 'GET', `/api/v1/meldingen/import/${res.body.id}`, { token: school });
      return s.body.status === 'klaar' ? s.body : undefined;
    });
    expect(eind).toMatchObject({ goed: 1, fout: 2 });
    const rij3 = eind.fouten.filter((f: { rij: number }) => f.rij === 3);
    expect(rij3).toEqual(
      expect.arrayContaining([
        { rij: 3, veld: 'bsn', melding: 'Dit BSN voldoet niet aan de elfproef.' },
        { rij: 3, veld: 'postcode', melding: 'Vul een geldige postcode in (1234 AB).' },
        expect.objectContaining({ rij: 3, veld: 'soort', melding: expect.stringMatching(/^Onbekende soort melding/) }),
      ]),
    );
    expect(rij3).toHaveLength(3);
    expect(eind.fouten.filter((f: { rij: number }) => f.rij === 4)).toEqual([
      { rij: 4, veld: 'verzuimDagen', melding: 'Vul een geheel aantal dagen in.' },
    ]);

    // The real run files the good row with the uploader as melder and the ISO dates.
    const echt = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: school,
      body: { csv: tekst, kolommen, proefrun: false, leslocatieVestigingId: vestigingId },
    });
    await waitFor('import klaar', async () => {
      const s = await call(api, 'GET', `/api/v1/meldingen/import/${echt.body.id}`, { token: school });
      return s.body.status === 'klaar' ? s.body : undefined;
    });
    const { rows } = await api.su.query(
      `SELECT m.soort, m.vermoedelijke_soort, to_char(m.begindatum, 'YYYY-MM-DD') AS begin, m.melder_naam = g.naam AS uploader
         FROM melding m JOIN gebruiker g ON g.id = m.gemeld_door
        WHERE m.vestiging_id = $1 AND m.voornaam = 'A' AND m.achternaam = 'B' AND m.begindatum = '2026-09-07'`,
      [vestigingId],
    );
    expect(rows).toEqual([
      { soort: 'aaneengesloten-4-weken', vermoedelijke_soort: '1-maand-of-langer', begin: '2026-09-07', uploader: true },
    ]);
  });
});
