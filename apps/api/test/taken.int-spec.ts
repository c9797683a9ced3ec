import { dataSourceOptions } from '@rmc/server-database';
import { casusNazorgBron } from '@rmc/server-casus';
import { scanRegio, type NazorgBronnen } from '@rmc/server-nazorg';
import { persoonNazorgBron } from '@rmc/server-personen';
import {
  amsterdamDatum,
  kwintMomenten,
  nazorgBesluitMoment,
  plusDagen,
  plusMaanden,
  terugkoppelMomenten,
} from '@rmc/shared-domain';
import { DataSource } from 'typeorm';
import { call, demo, login, regioId, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';
import { testBsn } from './support/bsn';

/** Nazorg's ports, as the apps wire them (casus and personen implement them). */
const bronnen: NazorgBronnen = { casus: casusNazorgBron, personen: persoonNazorgBron };

/**
 * Issue 6 rules that watch meldingen and cases over time, with a fake clock (`vandaag` passed in):
 * feedback to the school due, the oud-vsv yearly contact, Kwint quarterly follow-up, nazorg that ends
 * by itself, and a reopened case that stops its nazorg reminders.
 */
describe('follow-up tasks and feedback reminders', () => {
  let api: TestApi;
  let ds: DataSource;
  let ijv: string;
  let consulent: string;
  const publicUrl = 'http://localhost:4200';
  const vandaag = amsterdamDatum(new Date());
  const herinneringen = async (onderwerpId: string, regel: string) =>
    (
      await api.su.query(`SELECT count(*)::int AS n FROM herinnering WHERE onderwerp_id = $1 AND regel = $2`, [
        onderwerpId,
        regel,
      ])
    ).rows[0].n;
  const taken = async (casusId: string, soort: string) =>
    (
      await api.su.query(
        `SELECT id, to_char(moment, 'YYYY-MM-DD') AS moment, afgerond_op FROM nazorg_taak WHERE casus_id = $1 AND soort = $2 ORDER BY moment`,
        [casusId, soort],
      )
    ).rows;
  const nieuweCasus = async (doelgroep: string) => {
    const { rows } = await vrijePersoon(api);
    const res = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep, bron: 'duo-lijst' },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    api = await startApi();
    ds = new DataSource(dataSourceOptions(api.config.appDatabaseUrl, 2));
    await ds.initialize();
    ijv = await regioId(api, 'IJssel-Vecht');
    consulent = await login(api, demo('consulent'));
  });
  afterAll(async () => {
    await ds.destroy();
    await api.close();
  });

  it('feedback to the school: the consulent is reminded before the deadline and after it, once each, and not after feedback', async () => {
    const school = await login(api, demo('verzuim'));
    const coordinator = await login(api, demo('coordinator'));
    const vestigingId = (await call(api, 'GET', '/api/v1/auth/me', { token: school })).body.organisatie.id;
    const { body: m } = await call(api, 'POST', '/api/v1/meldingen', {
      token: school,
      body: {
        soort: 'zorgwekkend',
        leslocatieVestigingId: vestigingId,
        bsn: testBsn(),
        voornaam: 'T',
        achternaam: 'K',
        geboortedatum: '2007-03-03',
        postcode: '8011 AB',
        begindatum: vandaag,
        vermoedelijkeSoort: 'signaal',
        melderNaam: 'M',
        melderFunctie: 'F',
        zorgen: ['dreigt-voortijdig-te-verlaten'],
        toelichtingActieGewenst: 'Zorg',
      },
    });
    const consulenten = await call(api, 'GET', '/api/v1/meldingen/consulenten', { token: coordinator });
    const consulentId = consulenten.body.find((c: { naam: string }) => c.naam === 'Consulent IJssel-Vecht').id;
    const toegewezen = await call(api, 'POST', `/api/v1/meldingen/${m.id}/toewijzing`, {
      token: coordinator,
      body: { consulentId },
    });
    expect({ status: toegewezen.status, body: toegewezen.status === 200 ? null : toegewezen.body }).toEqual({
      status: 200,
      body: null,
    });
    const { herinnering, teLaat } = terugkoppelMomenten(vandaag, 10);

    await scanRegio(ds, ijv, vandaag, publicUrl, bronnen);
    expect(await herinneringen(m.id, 'terugkoppeling')).toBe(0);
    await scanRegio(ds, ijv, herinnering, publicUrl, bronnen);
    await scanRegio(ds, ijv, herinnering, publicUrl, bronnen);
    expect([await herinneringen(m.id, 'terugkoppeling'), await herinneringen(m.id, 'terugkoppeling-te-laat')]).toEqual([1, 0]);
    await scanRegio(ds, ijv, teLaat, publicUrl, bronnen);
    expect([await herinneringen(m.id, 'terugkoppeling'), await herinneringen(m.id, 'terugkoppeling-te-laat')]).toEqual([1, 1]);
    const { rows } = await api.su.query(
      `SELECT g.email FROM herinnering h JOIN gebruiker g ON g.id = h.ontvanger_id WHERE h.onderwerp_id = $1`,
      [m.id],
    );
    expect(new Set(rows.map((r) => r.email))).toEqual(new Set([demo('consulent')]));

    // Once the feedback is given, a later deadline (a region with a longer term) reminds nobody.
    const tweede = await call(api, 'POST', `/api/v1/meldingen/${m.id}/terugkoppeling`, {
      token: consulent,
      body: { status: 'in-behandeling', toelichting: 'Opgepakt.', contactpersoon: 'RMC' },
    });
    expect(tweede.status).toBe(200);
    await api.su.query(`DELETE FROM herinnering WHERE onderwerp_id = $1`, [m.id]);
    await scanRegio(ds, ijv, teLaat, publicUrl, bronnen);
    expect(await herinneringen(m.id, 'terugkoppeling-te-laat')).toBe(0);
  });

  it('oud-vsv: one open yearly contact task at a time, due now when never contacted, next one a year after the contact', async () => {
    const casusId = await nieuweCasus('oud-vsv');
    await scanRegio(ds, ijv, vandaag, publicUrl, bronnen);
    await scanRegio(ds, ijv, vandaag, publicUrl, bronnen);
    const eerste = await taken(casusId, 'jaarcontact');
    expect(eerste.map((t) => t.moment)).toEqual([vandaag]);
    expect(await herinneringen(eerste[0].id, 'jaarcontact')).toBe(1);

    expect(
      (
        await call(api, 'POST', `/api/v1/casussen/${casusId}/contacten`, {
          token: consulent,
          body: { datum: vandaag, vorm: 'huisbezoek-onaangekondigd', uitkomst: 'contact' },
        })
      ).status,
    ).toBe(201);
    const klaar = await call(api, 'POST', `/api/v1/nazorg/taken/${eerste[0].id}/uitkomst`, {
      token: consulent,
      body: { uitkomst: 'werk' },
    });
    expect(klaar.body.heropenenAanbevolen).toBe(false);
    await scanRegio(ds, ijv, vandaag, publicUrl, bronnen);
    expect((await taken(casusId, 'jaarcontact')).map((t) => t.moment)).toEqual([vandaag, plusMaanden(vandaag, 12)]);
  });

  it('JIKP under motie Kwint: eight quarterly tasks from the case start, made once', async () => {
    const casusId = await nieuweCasus('jikp-arbeid');
    await scanRegio(ds, ijv, vandaag, publicUrl, bronnen);
    await scanRegio(ds, ijv, vandaag, publicUrl, bronnen);
    expect((await taken(casusId, 'kwint')).map((t) => t.moment)).toEqual(kwintMomenten(vandaag));
    // The case's nazorg ends long before the two years are over: the later quarters still remind.
    await api.su.query(`UPDATE casus SET fase = 'beeindigd' WHERE id = $1`, [casusId]);
    const vijfde = (await taken(casusId, 'kwint'))[4];
    await scanRegio(ds, ijv, vijfde.moment, publicUrl, bronnen);
    expect(await herinneringen(vijfde.id, 'kwint')).toBe(1);
    // After the young person's death nobody is followed any more.
    await api.su.query(`UPDATE casus SET sluitreden = 'inschrijving-beeindigd-overleden' WHERE id = $1`, [casusId]);
    const zesde = (await taken(casusId, 'kwint'))[5];
    await scanRegio(ds, ijv, zesde.moment, publicUrl, bronnen);
    expect(await herinneringen(zesde.id, 'kwint')).toBe(0);
  });

  it('a reopened case stops its nazorg reminders; nazorg past its term with nothing open ends the case', async () => {
    const sluit = async (id: string) => {
      await call(api, 'PUT', `/api/v1/casussen/${id}/signalering`, {
        token: consulent,
        body: { actieNodig: false, toelichting: 'Weer op school.' },
      });
      expect(
        (
          await call(api, 'POST', `/api/v1/casussen/${id}/fase`, {
            token: consulent,
            body: { naar: 'afgesloten', sluitreden: 'onderwijs' },
          })
        ).status,
      ).toBe(200);
      expect(
        (await call(api, 'POST', `/api/v1/casussen/${id}/fase`, { token: consulent, body: { naar: 'nazorg' } })).status,
      ).toBe(200);
      return taken(id, 'nazorg');
    };
    const heropend = await nieuweCasus('nieuw-vsv');
    const [eersteMoment] = await sluit(heropend);
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${heropend}/fase`, { token: consulent, body: { naar: 'analyseren' } })).body
        .fase,
    ).toBe('analyseren');
    await scanRegio(ds, ijv, eersteMoment.moment, publicUrl, bronnen);
    expect(await herinneringen(eersteMoment.id, 'nazorg')).toBe(0);
    // Its open check-ins are closed, so a later nazorg period does not inherit stale ones.
    expect((await taken(heropend, 'nazorg')).every((t) => t.afgerond_op !== null)).toBe(true);

    const afgelopen = await nieuweCasus('nieuw-vsv');
    const nazorg = await sluit(afgelopen);
    for (const t of nazorg)
      await call(api, 'POST', `/api/v1/nazorg/taken/${t.id}/uitkomst`, { token: consulent, body: { uitkomst: 'school' } });
    const laatste = nazorg[nazorg.length - 1].moment;
    await scanRegio(ds, ijv, laatste, publicUrl, bronnen);
    expect((await api.su.query(`SELECT fase FROM casus WHERE id = $1`, [afgelopen])).rows[0].fase).toBe('nazorg');
    const naTermijn = plusMaanden(laatste, 1);
    const uit = await scanRegio(ds, ijv, naTermijn, publicUrl, bronnen);
    expect(uit.beeindigd).toBeGreaterThanOrEqual(1);
    expect((await api.su.query(`SELECT fase FROM casus WHERE id = $1`, [afgelopen])).rows[0].fase).toBe('beeindigd');
  });

  it('a share about to end warns the consulent once, the region’s number of days before', async () => {
    const casusId = await nieuweCasus('nieuw-vsv');
    const wiOrg = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items.find(
      (o: { naam: string }) => o.naam === 'Werk & Inkomen IJssel-Vecht',
    ).id;
    const eind = plusDagen(vandaag, 20);
    const res = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: wiOrg,
        grondslag: 'toestemming',
        toestemming: { datum: vandaag, reikwijdte: 'Werk en inkomen', verlooptOp: eind },
        doel: 'Route naar werk',
        secties: ['basis'],
        eindDatum: eind,
      },
    });
    expect(res.status).toBe(201);
    const delingId = res.body.delingen.find((d: { organisatieId: string }) => d.organisatieId === wiOrg).id;
    await scanRegio(ds, ijv, plusDagen(eind, -15), publicUrl, bronnen);
    expect(await herinneringen(delingId, 'deling-einde')).toBe(0);
    await scanRegio(ds, ijv, plusDagen(eind, -14), publicUrl, bronnen);
    await scanRegio(ds, ijv, plusDagen(eind, -3), publicUrl, bronnen);
    expect(await herinneringen(delingId, 'deling-einde')).toBe(1);
    // The region changes its warning term afterwards: the same share's end is not reminded about again.
    const coordinator = await login(api, demo('coordinator'));
    try {
      expect(
        (await call(api, 'PATCH', '/api/v1/regio/instellingen', { token: coordinator, body: { delingWaarschuwingDagen: 7 } }))
          .status,
      ).toBe(200);
      await scanRegio(ds, ijv, plusDagen(eind, -2), publicUrl, bronnen);
      expect(await herinneringen(delingId, 'deling-einde')).toBe(1);
      expect(
        (
          await api.su.query(`SELECT count(*)::int AS n FROM notificatie WHERE soort = 'deling-einde' AND link = $1`, [
            `/casussen/${casusId}?onderdeel=delen`,
          ])
        ).rows[0].n,
      ).toBe(1);
    } finally {
      await call(api, 'PATCH', '/api/v1/regio/instellingen', { token: coordinator, body: { delingWaarschuwingDagen: 14 } });
    }
  });

  it('a closed case asks the consulent once, two werkdagen later, to start the nazorg', async () => {
    const casusId = await nieuweCasus('nieuw-vsv');
    await call(api, 'PUT', `/api/v1/casussen/${casusId}/signalering`, {
      token: consulent,
      body: { actieNodig: false, toelichting: 'Weer op school.' },
    });
    expect(
      (
        await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, {
          token: consulent,
          body: { naar: 'afgesloten', sluitreden: 'onderwijs' },
        })
      ).status,
    ).toBe(200);
    const moment = nazorgBesluitMoment(vandaag);
    await scanRegio(ds, ijv, plusDagen(moment, -1), publicUrl, bronnen);
    expect(await herinneringen(casusId, 'nazorg-besluit')).toBe(0);
    await scanRegio(ds, ijv, moment, publicUrl, bronnen);
    await scanRegio(ds, ijv, plusDagen(moment, 3), publicUrl, bronnen);
    expect(await herinneringen(casusId, 'nazorg-besluit')).toBe(1);
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${casusId}/fase`, { token: consulent, body: { naar: 'nazorg' } })).body.fase,
    ).toBe('nazorg');
    // Its check-ins are not part of this test; other specs count the consulent's nazorg reminders on those days.
    await api.su.query(`UPDATE nazorg_taak SET afgerond_op = now(), uitkomst = 'school' WHERE casus_id = $1`, [casusId]);
  });

  it('the region sets the numbers; bad values get a Dutch 400 naming the field', async () => {
    const coordinator = await login(api, demo('coordinator'));
    const fout = await call(api, 'PATCH', '/api/v1/regio/instellingen', {
      token: coordinator,
      body: { terugkoppelWerkdagen: 0, contactVerlorenDagen: 'veel' },
    });
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'contactVerlorenDagen',
      'terugkoppelWerkdagen',
    ]);
    const goed = await call(api, 'PATCH', '/api/v1/regio/instellingen', {
      token: coordinator,
      body: { terugkoppelWerkdagen: 10, kwintVolgen: true },
    });
    expect(goed.status).toBe(200);
    expect(goed.body.instellingen).toMatchObject({
      terugkoppelWerkdagen: 10,
      contactladderDagen: 7,
      contactVerlorenDagen: 28,
      delingWaarschuwingDagen: 14,
      kwintVolgen: true,
    });
  });
});
