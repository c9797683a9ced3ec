import type { ChildProcess } from 'node:child_process';
import { importDataSource, verwerkImport, type ImportJob } from '@rmc/server-meldingen';
import { amsterdamDatum } from '@rmc/shared-domain';
import type { DataSource } from 'typeorm';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { testBsn } from './support/bsn';
import { startSink, startWorkerProcess, waitFor } from './support/processes';

/**
 * The set-based CSV import (COPY into staging, checks in SQL and Node, insert in chunks): a file mixing
 * good and bad rows, a retried or doubled job, the 100,000-row cap, and the school's tenant boundary.
 */
const KOP =
  'BSN;Voornaam;Achternaam;Geboortedatum;Postcode;Soort;Begindatum;Vermoedelijke soort;Alle lessen gemist;Verzuimdagen;Melder;Functie';
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
const rij = (
  o: { bsn?: string; geboortedatum?: string; postcode?: string; soort?: string; begindatum?: string; dagen?: string } = {},
) =>
  [
    o.bsn ?? testBsn(),
    'Student',
    'Test',
    o.geboortedatum ?? '14-03-2007',
    o.postcode ?? '7511 AB',
    o.soort ?? 'aaneengesloten-4-weken',
    o.begindatum ?? '12-10-2026',
    '1-maand-of-langer',
    'ja',
    o.dagen ?? '22',
    'M. de Vries',
    'Verzuimcoördinator',
  ].join(';');

describe('CSV import at volume (set-based)', () => {
  let api: TestApi;
  let school: string;
  let eigen: ImportJob & { naam: string };
  let andere: ImportJob;
  let worker: ChildProcess;
  let stopSink: () => void;
  let importDs: DataSource;

  async function schoolJob(email: string): Promise<ImportJob & { naam: string }> {
    const { rows } = await api.su.query(
      `SELECT g.id AS "gebruikerId", l.vestiging_id AS "vestigingId", v.instelling_id AS "instellingId", v.naam FROM gebruiker g
         JOIN lidmaatschap l ON l.gebruiker_id = g.id JOIN vestiging v ON v.id = l.vestiging_id WHERE g.email = $1 LIMIT 1`,
      [email],
    );
    return { batchId: '', ...rows[0] };
  }

  /** A batch stored as the API stores it, but not queued: the test runs the job itself. */
  async function batch(job: ImportJob, csv: string): Promise<ImportJob> {
    const { rows } = await api.su.query(
      `INSERT INTO import_batch (vestiging_id, instelling_id, gebruiker_id, proefrun, kolommen, inhoud, totaal) VALUES ($1, $2, $3, false, $4, $5, 0) RETURNING id`,
      [job.vestigingId, job.instellingId, job.gebruikerId, JSON.stringify(KOLOMMEN), csv],
    );
    return { ...job, batchId: rows[0].id };
  }

  beforeAll(async () => {
    api = await startApi();
    // Landstede (IJssel-Vecht) imports here; import.int-spec.ts counts the imports of ROC van Twente's vestiging.
    school = await login(api, demo('verzuim', 'ijssel-vecht'));
    eigen = await schoolJob(demo('verzuim', 'ijssel-vecht'));
    andere = await schoolJob(demo('verzuim', 'twente'));
    const sink = await startSink();
    stopSink = sink.stop;
    worker = startWorkerProcess({ SMTP_URL: sink.smtpUrl });
    importDs = importDataSource(api.config.appDatabaseUrl);
    await importDs.initialize();
  });
  afterAll(async () => {
    worker?.kill('SIGTERM');
    stopSink?.();
    await importDs?.destroy();
    // The imported meldingen go again, so the list walks of later specs see the region as the seed left it.
    await api.su
      .query(`DELETE FROM melding WHERE import_sleutel IS NOT NULL AND vestiging_id = ANY($1::uuid[])`, [
        [eigen?.vestigingId, andere?.vestigingId].filter(Boolean),
      ])
      .catch(() => undefined);
    await api.close();
  });

  it('files the good rows of a mixed file and reports each bad row by row and field', async () => {
    const vandaag = amsterdamDatum(new Date());
    const [j, m, d] = vandaag.split('-');
    // A melding filed in the portal today: the file's row for the same student falls under the 7-day rule.
    const eerder = testBsn();
    const portaal = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: {
        soort: 'aaneengesloten-4-weken',
        leslocatieVestigingId: eigen.vestigingId,
        bsn: eerder,
        voornaam: 'Test',
        achternaam: 'Student',
        geboortedatum: '2007-03-14',
        postcode: '7511 AB',
        begindatum: '2026-10-12',
        vermoedelijkeSoort: '1-maand-of-langer',
        allesGemist: true,
        verzuimDagen: 24,
        melderNaam: 'M',
        melderFunctie: 'F',
      },
    });
    expect(portaal.status).toBe(201);
    const a = testBsn();
    const regels = [
      KOP,
      rij({ bsn: a, postcode: '8011 AB' }), // 2: filed (IJssel-Vecht)
      rij({ bsn: '123456789' }), // 3: 11-proef
      rij({ geboortedatum: '31-02-2007' }), // 4: no such date
      rij({ soort: 'onbekend-verzuim' }), // 5: unknown kind
      rij({ postcode: 'abc' }), // 6: postcode
      rij({ dagen: 'veel' }), // 7: not a number
      rij({ bsn: a, postcode: '8011 AB' }), // 8: same student, start and kind as row 2: already there
      rij({ bsn: a, begindatum: '19-10-2026' }), // 9: 7-day rule against row 2
      rij({ postcode: '9999 ZZ' }), // 10: filed, no region covers it
      rij({ begindatum: '12-10-2099' }), // 11: start in the future
      rij(), // 12: filed (Twente)
      rij({ bsn: eerder, begindatum: '05-10-2026' }), // 13: 7-day rule against the portal's melding
      rij({ dagen: '3' }), // 14: below the kind's threshold
    ];
    const res = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: school,
      body: { csv: regels.join('\n'), kolommen: KOLOMMEN, proefrun: false, leslocatieVestigingId: eigen.vestigingId },
    });
    expect(res.status).toBe(202);
    const eind = await waitFor('import klaar', async () => {
      const s = await call(api, 'GET', `/api/v1/meldingen/import/${res.body.id}`, { token: school });
      return s.body.status === 'klaar' ? s.body : undefined;
    });
    expect(eind).toMatchObject({ totaal: 13, verwerkt: 13, goed: 3, alAanwezig: 1, fout: 9 });
    const zeven = `Bij aaneengesloten verzuim mag u hoogstens één melding per 7 kalenderdagen doen; de vorige melding is van ${d}-${m}-${j}.`;
    expect(eind.fouten).toEqual([
      { rij: 3, veld: 'bsn', melding: 'Dit BSN voldoet niet aan de elfproef.' },
      { rij: 4, veld: 'geboortedatum', melding: 'Vul een datum in als dd-mm-jjjj of jjjj-mm-dd.' },
      { rij: 5, veld: 'soort', melding: expect.stringMatching(/^Onbekende soort melding; de verzuimagenda kent: /) },
      { rij: 6, veld: 'postcode', melding: 'Vul een geldige postcode in (1234 AB).' },
      { rij: 7, veld: 'verzuimDagen', melding: expect.any(String) },
      { rij: 9, veld: 'soort', melding: zeven },
      { rij: 11, veld: 'begindatum', melding: 'De begindatum kan niet in de toekomst liggen.' },
      { rij: 13, veld: 'soort', melding: zeven },
      { rij: 14, veld: 'verzuimDagen', melding: expect.stringMatching(/minstens 20 verzuimdagen/) },
    ]);

    // Side effects as for a melding filed in the portal: event, routing, deadline only when routed.
    const { rows } = await api.su.query(
      `SELECT m.status, m.regio_id IS NOT NULL AS gerouteerd, m.oppak_deadline IS NOT NULL AS deadline, m.gemeente_code, m.gemeld_door, m.agenda_id IS NOT NULL AS agenda,
              (SELECT count(*)::int FROM melding_gebeurtenis g WHERE g.melding_id = m.id AND g.soort = 'ingediend') AS ingediend,
              (SELECT g.tekst FROM melding_gebeurtenis g WHERE g.melding_id = m.id) AS tekst
         FROM melding m JOIN import_batch b ON b.id = $1 WHERE m.vestiging_id = b.vestiging_id AND m.gemeld_op >= b.aangemaakt_op AND m.import_sleutel IS NOT NULL ORDER BY m.postcode`,
      [res.body.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        status: 'ontvangen',
        gerouteerd: true,
        deadline: true,
        ingediend: 1,
        tekst: null,
        gemeld_door: eigen.gebruikerId,
        agenda: true,
      }),
      expect.objectContaining({ status: 'ontvangen', gerouteerd: true, deadline: true, ingediend: 1, tekst: null }),
      expect.objectContaining({
        status: 'regio-niet-aangesloten',
        gerouteerd: false,
        deadline: false,
        ingediend: 1,
        tekst: expect.stringMatching(/niet aangesloten/),
      }),
    ]);
  });

  it('a retried job, and the same job twice at once, add nothing twice', async () => {
    const regels = [KOP, ...Array.from({ length: 300 }, (_, i) => rij({ postcode: i % 2 ? '8011 AB' : '7511 AB' }))];
    const job = await batch(eigen, regels.join('\n'));
    // Two runs of one batch at once (a stalled job offered again while the first still runs), in small chunks.
    const uit = await Promise.all([
      verwerkImport(importDs, job, { perTransactie: 40 }),
      verwerkImport(importDs, job, { perTransactie: 40 }),
    ]);
    expect(uit.map((u) => u.fout)).toEqual([0, 0]);
    expect(uit.map((u) => u.goed + u.alAanwezig)).toEqual([300, 300]);
    const telling = async () =>
      (
        await api.su.query(
          `SELECT count(*)::int AS meldingen, count(DISTINCT import_sleutel)::int AS sleutels,
                  (SELECT count(*)::int FROM melding_gebeurtenis g JOIN melding x ON x.id = g.melding_id WHERE x.vestiging_id = $1 AND x.import_sleutel IS NOT NULL) AS gebeurtenissen
             FROM melding WHERE vestiging_id = $1 AND import_sleutel IS NOT NULL`,
          [eigen.vestigingId],
        )
      ).rows[0];
    const na = await telling();
    expect(na.meldingen).toBe(na.sleutels);
    expect(na.gebeurtenissen).toBe(na.meldingen);

    // The worker died after the last chunk but before "klaar": the retry finds every row already there.
    await api.su.query(`UPDATE import_batch SET status = 'bezig', inhoud = $2 WHERE id = $1`, [job.batchId, regels.join('\n')]);
    expect(await verwerkImport(importDs, job)).toEqual({ goed: 0, alAanwezig: 300, fout: 0 });
    expect(await telling()).toEqual(na);
    const { rows } = await api.su.query(`SELECT status, goed, al_aanwezig, fout, inhoud FROM import_batch WHERE id = $1`, [
      job.batchId,
    ]);
    expect(rows[0]).toEqual({ status: 'klaar', goed: 0, al_aanwezig: 300, fout: 0, inhoud: '' });
  });

  it('refuses a file of more than 100,000 rows with a 400 naming the csv field', async () => {
    const regels = [KOP, ...Array.from({ length: 100_001 }, (_, i) => `99999${String(i).padStart(4, '0')};x`)];
    const res = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: school,
      body: { csv: regels.join('\n'), kolommen: KOLOMMEN, proefrun: true, leslocatieVestigingId: eigen.vestigingId },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'csv', message: 'Hoogstens 100.000 regels per bestand; splits het bestand.' }]);
  });

  it('RLS: an import writes only into its own vestiging, and a job naming another vestiging reads and writes nothing', async () => {
    const telAndere = async () =>
      (
        await api.su.query(`SELECT count(*)::int AS n, max(gemeld_op) AS laatst FROM melding WHERE vestiging_id = $1`, [
          andere.vestigingId,
        ])
      ).rows[0];
    const voor = await telAndere();
    // A file with postcodes in Twente: routed to that region, but still this school's data.
    const job = await batch(eigen, [KOP, ...Array.from({ length: 50 }, () => rij({ postcode: '7511 AB' }))].join('\n'));
    expect(await verwerkImport(importDs, job)).toMatchObject({ goed: 50 });
    const { rows } = await api.su.query(
      `SELECT DISTINCT vestiging_id, instelling_id FROM melding m WHERE gemeld_op >= (SELECT aangemaakt_op FROM import_batch WHERE id = $1) AND import_sleutel IS NOT NULL`,
      [job.batchId],
    );
    expect(rows).toEqual([{ vestiging_id: eigen.vestigingId, instelling_id: eigen.instellingId }]);
    expect(await telAndere()).toEqual(voor);

    // A job in the other school's context, pointed at this school's batch: under RLS the batch does not exist for it.
    const vreemd = await batch(eigen, [KOP, rij(), rij()].join('\n'));
    expect(await verwerkImport(importDs, { ...andere, batchId: vreemd.batchId })).toEqual({ goed: 0, fout: 0, alAanwezig: 0 });
    const b = (
      await api.su.query(`SELECT status, inhoud <> '' AS heeft_inhoud FROM import_batch WHERE id = $1`, [vreemd.batchId])
    ).rows[0];
    expect(b).toEqual({ status: 'wacht', heeft_inhoud: true });
    expect(await telAndere()).toEqual(voor);
  });
});
