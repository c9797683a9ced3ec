import { STANDAARD_NORMEN } from '@rmc/shared-domain';
import { createHash, randomBytes } from 'node:crypto';
import { call, demo, login, PLATFORM, regioId, startApi, type TestApi } from './support/api';

/**
 * For every route that takes an id, a user of the OTHER region gets 404 and nothing changes.
 * Routes come from the OpenAPI document, so a new route is covered here or this test fails.
 */

/** Where to find a Twente record for each id-route, and a valid body so a 400 cannot mask the answer. */
/** `door`: the actor who holds the permission, so that its 404 proves isolation (default the coördinator). */
const SWEEP: Record<string, { table: string; body?: unknown; expect?: number; why?: string; door?: string }> = {
  'GET /api/v1/meldingen/import/{id}': { table: 'import_batch', door: 'verzuim' },
  'DELETE /api/v1/systeemkoppelingen/{id}': { table: 'systeemkoppeling', door: 'verzuim' },
  'GET /api/v1/personen/{id}': { table: 'persoon' },
  'GET /api/v1/personen/{id}/inzage': { table: 'persoon' },
  'GET /api/v1/personen/{id}/inzage/pdf': { table: 'persoon' },
  'GET /api/v1/personen/{id}/tijdlijn': { table: 'persoon' },
  'POST /api/v1/personen/{id}/wissen': { table: 'persoon', body: { reden: 'Verzoek zonder grond in een andere regio' } },
  'GET /api/v1/identiteitsproviders/{id}': { table: 'sso_idp' },
  'PATCH /api/v1/identiteitsproviders/{id}': { table: 'sso_idp', body: { actief: false, naam: 'Overgenomen' } },
  'GET /api/v1/organisaties/{id}': { table: 'organisatie' },
  'PATCH /api/v1/organisaties/{id}': { table: 'organisatie', body: { naam: 'Overgenomen' } },
  'GET /api/v1/gebruikers/{id}': { table: 'gebruiker' },
  'PATCH /api/v1/gebruikers/{id}': { table: 'gebruiker', body: { actief: false } },
  'GET /api/v1/meldingen/{id}': { table: 'melding' },
  'POST /api/v1/meldingen/{id}/aanvulling-vragen': { table: 'melding', body: { vraag: 'Kunt u dit aanvullen?' } },
  'POST /api/v1/meldingen/{id}/aanvulling': { table: 'melding', body: { antwoord: 'Aangevuld.' }, door: 'verzuim' },
  'POST /api/v1/meldingen/{id}/toewijzing': { table: 'melding', body: { consulentId: '00000000-0000-4000-8000-000000000000' } },
  'POST /api/v1/meldingen/{id}/oordeel': { table: 'melding', body: { oordeel: 'ter-kennisneming' } },
  'POST /api/v1/meldingen/{id}/terugkoppeling': {
    table: 'melding',
    body: { status: 'in-behandeling', toelichting: 'Overgenomen', contactpersoon: 'Iemand anders' },
  },
  'POST /api/v1/notificaties/{id}/gelezen': { table: 'notificatie' },
  // The verzuimagenda of ROC van Twente with Twente as its only region (demo seed): no IJssel-Vecht party.
  'GET /api/v1/verzuimagendas/{id}': { table: 'verzuimagenda' },
  'PUT /api/v1/verzuimagendas/{id}/inhoud': {
    table: 'verzuimagenda',
    body: {
      inhoud: {
        normen: STANDAARD_NORMEN,
        contactpersonen: [],
        preventie: { verzuimspreekuur: false, rmcOpLocatie: '', overig: '' },
        startoverleg: 'Overgenomen',
      },
    },
  },
  'POST /api/v1/verzuimagendas/{id}/indienen': { table: 'verzuimagenda' },
  'POST /api/v1/verzuimagendas/{id}/goedkeuren': { table: 'verzuimagenda' },
  'GET /api/v1/verzuimagendas/{id}/verschillen': { table: 'verzuimagenda' },
  'GET /api/v1/verzuimagendas/{id}/pdf': { table: 'verzuimagenda' },
  'GET /api/v1/casussen/{id}': { table: 'casus' },
  'POST /api/v1/casussen/{id}/fase': { table: 'casus', body: { naar: 'analyseren' } },
  'PUT /api/v1/casussen/{id}/signalering': { table: 'casus', body: { actieNodig: true, toelichting: 'Overgenomen' } },
  'PUT /api/v1/casussen/{id}/intake': { table: 'casus', body: { datum: '2026-11-02', antwoorden: { vraag: 'antwoord' } } },
  'PUT /api/v1/casussen/{id}/big5': { table: 'casus', body: { principes: { wonen: { stand: 'deels' } } } },
  'PUT /api/v1/casussen/{id}/plan': {
    table: 'casus',
    body: {
      doelen: [{ omschrijving: 'Overgenomen doel', status: 'open' }],
      contactafspraken: [{ met: 'jongere', afspraak: 'Elke week bellen' }],
    },
  },
  'POST /api/v1/casussen/{id}/scans': { table: 'casus', body: { datum: '2026-11-02', scores: { gezin: { score: 3 } } } },
  'POST /api/v1/casussen/{id}/acties': { table: 'casus', body: { omschrijving: 'Overgenomen actie' } },
  'POST /api/v1/casussen/{id}/acties/{actieId}/status': { table: 'casus', body: { status: 'gedaan' } },
  'PUT /api/v1/casussen/{id}/regie': { table: 'casus', body: { procesregieId: '00000000-0000-4000-8000-000000000001' } },
  'PUT /api/v1/casussen/{id}/toewijzing': {
    table: 'casus',
    body: { consulentId: '00000000-0000-4000-8000-000000000000', doelgroep: 'nieuw-vsv' },
  },
  'POST /api/v1/casussen/{id}/contacten': {
    table: 'casus',
    body: { datum: '2026-11-02', vorm: 'brief', uitkomst: 'geen-gehoor' },
  },
  'POST /api/v1/casussen/{id}/delingen': {
    table: 'casus',
    body: {
      organisatieId: '00000000-0000-4000-8000-000000000001',
      grondslag: 'wettelijke-taak',
      doel: 'Overnemen',
      secties: ['basis'],
      eindDatum: '2030-01-01',
    },
  },
  'POST /api/v1/casussen/{id}/delingen/{delingId}/intrekken': { table: 'casus' },
  'PUT /api/v1/casussen/{id}/delingen/{delingId}/machtiging': {
    table: 'casus',
    body: { bestandsnaam: 'm.pdf', mime: 'application/pdf', inhoud: 'JVBERi0xLjQK' },
  },
  'GET /api/v1/casussen/{id}/delingen/{delingId}/machtiging': { table: 'casus' },
  'POST /api/v1/casussen/{id}/jongere-uitnodiging': { table: 'casus', body: { email: 'sweep-jongere@example.org' } },
  'GET /api/v1/casussen/{id}/jongere-reacties': { table: 'casus' },
  // The youth channel (issue 15): professionals answer 403 (no JongereDossier rights); the young person of
  // IJssel-Vecht gets 404 for the other region's action and consent (their own slice: jongere.int-spec.ts).
  'POST /api/v1/jongere/acties/{id}/gedaan': { table: 'plan_actie', door: 'jongere' },
  'POST /api/v1/jongere/toestemmingen/{id}/intrekken': { table: 'casus_deling', door: 'jongere' },
  'POST /api/v1/casussen/{id}/notities': {
    table: 'casus',
    body: { tekst: 'Overgenomen' },
    expect: 403,
    why: 'only partners with a share write notes',
  },
  'POST /api/v1/casussen/{id}/overdracht': {
    table: 'casus',
    body: {
      soort: 'organisatie',
      naarOrganisatieId: '00000000-0000-4000-8000-000000000001',
      grondslag: 'Overnemen zonder grond',
    },
  },
  'POST /api/v1/overdrachten/{id}/accepteren': { table: 'overdracht' },
  'POST /api/v1/overdrachten/{id}/ontvangen': { table: 'overdracht' },
  'GET /api/v1/overleggen/{id}': { table: 'overleg' },
  'GET /api/v1/overleggen/{id}/stream': { table: 'overleg' },
  'POST /api/v1/overleggen/{id}/agendapunten': {
    table: 'overleg',
    body: { casusId: '00000000-0000-4000-8000-000000000001', vraag: 'Overgenomen vraag' },
  },
  'GET /api/v1/overleggen/{id}/agendapunten/{puntId}/casus': { table: 'overleg' },
  'PUT /api/v1/overleggen/{id}/agendapunten/{puntId}/notities': { table: 'overleg', body: { notities: 'Overgenomen' } },
  'POST /api/v1/overleggen/{id}/agendapunten/{puntId}/besluiten': { table: 'overleg', body: { tekst: 'Overgenomen' } },
  'POST /api/v1/overleggen/{id}/agendapunten/{puntId}/acties': {
    table: 'overleg',
    body: { omschrijving: 'Overgenomen', eigenaarOrganisatieId: '00000000-0000-4000-8000-000000000001', deadline: '2030-01-01' },
  },
  'PUT /api/v1/overleggen/{id}/aanwezigheid': { table: 'overleg', body: { aanwezig: [] } },
  'POST /api/v1/overleggen/{id}/vaststellen': { table: 'overleg' },
  'GET /api/v1/overleggen/{id}/verslag': { table: 'overleg' },
  'GET /api/v1/overleggen/{id}/verslag/pdf': { table: 'overleg' },
  'POST /api/v1/nazorg/taken/{id}/uitkomst': { table: 'nazorg_taak', body: { uitkomst: 'school' } },
  // Platform routes are not tenant routes: a region user may not use them at all.
  'GET /api/v1/platform/regios/{id}': { table: 'regio', expect: 403, why: 'platform only' },
  'PATCH /api/v1/platform/regios/{id}': { table: 'regio', body: { actief: false }, expect: 403, why: 'platform only' },
  'POST /api/v1/platform/regios/{id}/coordinatoren': {
    table: 'regio',
    body: { email: 'x@example.org', naam: 'X Y' },
    expect: 403,
    why: 'platform only',
  },
};

/** The record's id for {id}; any other path parameter gets a well-formed id that exists nowhere. */
/**
 * Second ids in a route are real records of the same Twente parent (an action, a share, an agenda
 * item), made when missing: a 404 on a non-existent child would prove nothing about isolation.
 */
const KINDEREN: Record<string, { table: string; zoek: string; maak: string }> = {
  actieId: {
    table: 'plan_actie',
    zoek: `SELECT id FROM plan_actie WHERE casus_id = $1 ORDER BY id LIMIT 1`,
    maak: `INSERT INTO plan_actie (casus_id, regio_id, omschrijving) SELECT id, regio_id, 'Sweep' FROM casus WHERE id = $1 RETURNING id`,
  },
  delingId: {
    table: 'casus_deling',
    zoek: `SELECT id FROM casus_deling WHERE casus_id = $1 ORDER BY id LIMIT 1`,
    maak: `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, doel, secties, eind_datum, aangemaakt_door)
           SELECT c.id, c.regio_id, o.id, 'toestemming', 'Sweep', '{basis}', '2030-01-01', g.id FROM casus c
             JOIN organisatie o ON o.regio_id = c.regio_id AND o.soort = 'werk-en-inkomen'
             JOIN lidmaatschap l ON l.regio_id = c.regio_id AND l.rol = 'regio-coordinator' JOIN gebruiker g ON g.id = l.gebruiker_id
            WHERE c.id = $1 LIMIT 1 RETURNING id`,
  },
  puntId: {
    table: 'agendapunt',
    zoek: `SELECT id FROM agendapunt WHERE overleg_id = $1 ORDER BY id LIMIT 1`,
    maak: `INSERT INTO agendapunt (overleg_id, regio_id, casus_id, vraag, volgorde)
           SELECT o.id, o.regio_id, c.id, 'Sweep', 1 FROM overleg o JOIN casus c ON c.regio_id = o.regio_id WHERE o.id = $1 LIMIT 1 RETURNING id`,
  },
};

describe('tenant isolation sweep over every id-route', () => {
  let api: TestApi;
  let twente: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi();
    twente = await regioId(api, 'Twente');
    for (const prefix of ['coordinator', 'consulent', 'leerplicht', 'verzuim'])
      tokens[prefix] = await login(api, demo(prefix, 'ijssel-vecht'));
    // Twente records for the routes that need one: a melding filed by ROC van Twente for an Enschede
    // student (so neither the IJssel-Vecht region nor the Landstede school may see it) and a notification.
    const twenteSchool = await login(api, demo('verzuim', 'twente'));
    const vestiging = (await call(api, 'GET', '/api/v1/auth/me', { token: twenteSchool })).body.organisatie.id;
    const m = await call(api, 'POST', '/api/v1/meldingen', {
      token: twenteSchool,
      body: {
        soort: 'zorgwekkend',
        leslocatieVestigingId: vestiging,
        bsn: '999000019',
        voornaam: 'T',
        achternaam: 'W',
        geboortedatum: '2007-01-01',
        postcode: '7511 AB',
        begindatum: '2026-11-02',
        vermoedelijkeSoort: 'signaal',
        melderNaam: 'M',
        melderFunctie: 'F',
        zorgen: ['dreigt-voortijdig-te-verlaten'],
        toelichtingActieGewenst: 'Zorg',
      },
    });
    if (m.status !== 201) throw new Error(`sweep setup: melding ${m.status} ${JSON.stringify(m.body)}`);
    await api.su.query(
      `INSERT INTO casus (regio_id, persoon_id, doelgroep) SELECT regio_id, id, 'nieuw-vsv' FROM persoon WHERE regio_id = $1 LIMIT 1`,
      [twente],
    );
    await api.su.query(
      `INSERT INTO overdracht (regio_id, naar_organisatie_id, casus_id, grondslag, pakket, aangeboden_door)
       SELECT c.regio_id, o.id, c.id, 'Leeftijdsgrens', '{}', g.id FROM casus c, organisatie o, gebruiker g
        WHERE c.regio_id = $1 AND o.regio_id = $1 AND o.soort = 'leerplicht' AND g.email = $2 LIMIT 1`,
      [twente, demo('coordinator', 'twente')],
    );
    await api.su.query(
      `INSERT INTO overleg (regio_id, soort, titel, start, voorzitter_id, deelnemer_organisaties)
       SELECT $1, 'MDO', 'MDO Twente', now(), g.id, '{}' FROM gebruiker g WHERE g.email = $2`,
      [twente, demo('coordinator', 'twente')],
    );
    await api.su.query(
      `INSERT INTO nazorg_taak (regio_id, casus_id, moment) SELECT regio_id, id, '2027-01-01' FROM casus WHERE regio_id = $1 LIMIT 1 ON CONFLICT DO NOTHING`,
      [twente],
    );
    const csv = 'BSN;Soort\n999000019;zorgwekkend';
    const imp = await call(api, 'POST', '/api/v1/meldingen/import', {
      token: twenteSchool,
      body: { csv, kolommen: { BSN: 'bsn', Soort: 'soort' }, proefrun: true, leslocatieVestigingId: vestiging },
    });
    if (imp.status !== 202) throw new Error(`sweep setup: import ${imp.status} ${JSON.stringify(imp.body)}`);
    const koppeling = await call(api, 'POST', '/api/v1/systeemkoppelingen', { token: twenteSchool, body: { naam: 'Sweep' } });
    if (koppeling.status !== 201) throw new Error(`sweep setup: koppeling ${koppeling.status}`);
    // A single sign-on provider of a Twente organisation (issue 15).
    await api.su.query(
      `INSERT INTO sso_idp (regio_id, organisatie_id, naam, issuer, client_id, client_secret_versleuteld, domeinen)
       SELECT regio_id, id, 'Sweep IdP', 'https://idp.twente.example', 'sweep', 'v1.a.b.c', '{twente.demo}' FROM organisatie WHERE regio_id = $1 LIMIT 1`,
      [twente],
    );
    await api.su.query(
      `INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel) SELECT g.id, $1, 'test', 'Test', '/', 'sweep-' || g.id FROM gebruiker g WHERE g.email = $2`,
      [twente, demo('coordinator', 'twente')],
    );
    // The youth channel: a Twente action the young person does themselves and a Twente consent; and a
    // young person of IJssel-Vecht, invited from one of the region's cases, logged in by the link.
    await api.su.query(
      `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_jongere) SELECT id, regio_id, 'Sweep jongere', true FROM casus WHERE regio_id = $1 LIMIT 1`,
      [twente],
    );
    await api.su.query(
      `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, doel, secties, eind_datum, aangemaakt_door)
       SELECT c.id, c.regio_id, o.id, 'toestemming', 'Sweep', '{basis}', '2030-01-01', g.id FROM casus c
         JOIN organisatie o ON o.regio_id = c.regio_id AND o.soort = 'werk-en-inkomen', gebruiker g
        WHERE c.regio_id = $1 AND g.email = $2 LIMIT 1`,
      [twente, demo('coordinator', 'twente')],
    );
    const ijssel = await regioId(api, 'IJssel-Vecht');
    const eigen = (
      await api.su.query(
        `INSERT INTO casus (regio_id, persoon_id, doelgroep) SELECT p.regio_id, p.id, 'nieuw-vsv' FROM persoon p
          WHERE p.regio_id = $1 AND NOT EXISTS (SELECT 1 FROM casus c WHERE c.persoon_id = p.id) LIMIT 1 RETURNING id`,
        [ijssel],
      )
    ).rows[0].id;
    const adres = `sweep-jongere-${Date.now()}@example.org`;
    const uit = await call(api, 'POST', `/api/v1/casussen/${eigen}/jongere-uitnodiging`, {
      token: tokens['coordinator'],
      body: { email: adres },
    });
    if (uit.status !== 201) throw new Error(`sweep setup: jongere ${uit.status} ${JSON.stringify(uit.body)}`);
    // The link is made when the mail is sent (the relay sets its hash on the link row): here the same by hand.
    const linkToken = randomBytes(32).toString('base64url');
    await api.su.query(
      `UPDATE jongere_link SET token_hash = $2 WHERE id = (SELECT link_id FROM email_outbox WHERE ontvanger = $1 AND link_soort = 'jongere-link')`,
      [adres, createHash('sha256').update(linkToken).digest('hex')],
    );
    const link = await call(api, 'POST', '/api/v1/jongere/link', { body: { token: linkToken } });
    tokens['jongere'] = link.body.accessToken;
  });
  afterAll(() => api.close());

  async function twenteRecord(table: string): Promise<{ id: string; snapshot: () => Promise<string> }> {
    const sql: Record<string, string> = {
      persoon: `SELECT id FROM persoon WHERE regio_id = $1 LIMIT 1`,
      organisatie: `SELECT id FROM organisatie WHERE regio_id = $1 LIMIT 1`,
      sso_idp: `SELECT id FROM sso_idp WHERE regio_id = $1 LIMIT 1`,
      gebruiker: `SELECT g.id FROM gebruiker g JOIN lidmaatschap l ON l.gebruiker_id = g.id WHERE l.regio_id = $1 LIMIT 1`,
      regio: `SELECT id FROM regio WHERE id = $1`,
      // Filed by ROC van Twente for a Twente student: neither the IJssel-Vecht region nor the Landstede school may see it.
      melding: `SELECT m.id FROM melding m JOIN vestiging v ON v.id = m.vestiging_id WHERE m.regio_id = $1 AND v.naam = 'ROC van Twente Almelo' LIMIT 1`,
      notificatie: `SELECT id FROM notificatie WHERE regio_id = $1 LIMIT 1`,
      casus: `SELECT id FROM casus WHERE regio_id = $1 LIMIT 1`,
      plan_actie: `SELECT id FROM plan_actie WHERE regio_id = $1 AND eigenaar_jongere LIMIT 1`,
      casus_deling: `SELECT id FROM casus_deling WHERE regio_id = $1 AND grondslag = 'toestemming' AND ingetrokken_op IS NULL LIMIT 1`,
      overleg: `SELECT id FROM overleg WHERE regio_id = $1 LIMIT 1`,
      nazorg_taak: `SELECT id FROM nazorg_taak WHERE regio_id = $1 LIMIT 1`,
      overdracht: `SELECT id FROM overdracht WHERE regio_id = $1 AND naar_organisatie_id IS NOT NULL LIMIT 1`,
      systeemkoppeling: `SELECT s.id FROM systeemkoppeling s JOIN vestiging v ON v.id = s.vestiging_id WHERE v.naam = 'ROC van Twente Almelo' AND $1::uuid IS NOT NULL LIMIT 1`,
      import_batch: `SELECT b.id FROM import_batch b JOIN vestiging v ON v.id = b.vestiging_id WHERE v.naam = 'ROC van Twente Almelo' AND $1::uuid IS NOT NULL LIMIT 1`,
      verzuimagenda: `SELECT a.id FROM verzuimagenda a JOIN instelling i ON i.id = a.instelling_id WHERE i.naam = 'ROC van Twente' AND a.regio_ids = ARRAY[$1]::uuid[] ORDER BY a.schooljaar, a.versie LIMIT 1`,
    };
    const { rows } = await api.su.query(sql[table], [twente]);
    const id = rows[0].id;
    return { id, snapshot: async () => JSON.stringify((await api.su.query(`SELECT * FROM ${table} WHERE id = $1`, [id])).rows) };
  }

  it('covers every id-route in the OpenAPI document', () => {
    const idRoutes = Object.entries(api.openapi.paths).flatMap(([path, ops]) =>
      path.includes('{id}') ? Object.keys(ops as object).map((m) => `${m.toUpperCase()} /api${path.replace(/^\/api/, '')}`) : [],
    );
    expect(idRoutes.length).toBeGreaterThan(5);
    expect(idRoutes.filter((r) => !SWEEP[r])).toEqual([]);
  });

  /** The route with the Twente parent and real Twente children filled in, and a snapshot of all of them. */
  async function twenteRoute(path: string, rec: { id: string; snapshot: () => Promise<string> }) {
    let url = path.replace('{id}', rec.id);
    const snapshots = [rec.snapshot];
    for (const [, naam] of path.matchAll(/\{(\w+)\}/g)) {
      if (naam === 'id') continue;
      const kind = KINDEREN[naam];
      if (!kind) throw new Error(`sweep: no Twente record for {${naam}} in ${path}; add it to KINDEREN`);
      const id = (await api.su.query(kind.zoek, [rec.id])).rows[0]?.id ?? (await api.su.query(kind.maak, [rec.id])).rows[0]?.id;
      if (!id) throw new Error(`sweep setup: could not make a ${kind.table} for ${path}`);
      url = url.replace(`{${naam}}`, id);
      snapshots.push(async () => JSON.stringify((await api.su.query(`SELECT * FROM ${kind.table} WHERE id = $1`, [id])).rows));
    }
    return { url, snapshot: async () => (await Promise.all(snapshots.map((f) => f()))).join('|') };
  }

  it('GET /api/v1/overzicht: records of another region never count (issue 13)', async () => {
    const tel = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(tokens).map(async ([rol, token]) => [
            rol,
            // A young person's session has no overview here (403): its status, not the trace id, is compared.
            ((r: { status: number; body: { tellingen?: unknown } }) => r.body.tellingen ?? r.status)(
              await call(api, 'GET', '/api/v1/overzicht', { token }),
            ),
          ]),
        ),
      );
    const voor = await tel();
    // Twente work that would count for its own staff: a meeting this week, an overdue new melding,
    // a handover offered to its region, a due nazorg task, an overdue action of its W&I.
    await api.su.query(
      `INSERT INTO overleg (regio_id, soort, titel, start, voorzitter_id, deelnemer_organisaties)
       SELECT $1, 'MDO', 'MDO Twente overzicht', now(), g.id, '{}' FROM gebruiker g WHERE g.email = $2`,
      [twente, demo('coordinator', 'twente')],
    );
    await api.su.query(
      `UPDATE melding SET status = 'ontvangen', opgepakt_op = NULL, oppak_deadline = current_date - 5 WHERE regio_id = $1 AND bsn = '999000019'`,
      [twente],
    );
    await api.su.query(
      `INSERT INTO nazorg_taak (regio_id, casus_id, moment) SELECT regio_id, id, current_date - 1 FROM casus WHERE regio_id = $1 LIMIT 1 ON CONFLICT DO NOTHING`,
      [twente],
    );
    await api.su.query(
      `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_organisatie_id, deadline)
       SELECT c.id, c.regio_id, 'Sweep overzicht', o.id, current_date - 2 FROM casus c
         JOIN organisatie o ON o.regio_id = c.regio_id AND o.soort = 'werk-en-inkomen' WHERE c.regio_id = $1 LIMIT 1`,
      [twente],
    );
    const ijssel = await regioId(api, 'IJssel-Vecht');
    await api.su.query(
      `INSERT INTO overdracht (regio_id, naar_regio_id, casus_id, grondslag, pakket, aangeboden_door)
       SELECT c.regio_id, c.regio_id, c.id, 'Verhuizing', '{}', g.id FROM casus c, gebruiker g
        WHERE c.regio_id = $1 AND g.email = $2 LIMIT 1`,
      [twente, demo('coordinator', 'twente')],
    );
    expect(ijssel).not.toBe(twente);
    expect(await tel()).toEqual(voor);
  });

  it.each(Object.entries(SWEEP))('%s: other region gets %j and nothing changes', async (route, spec) => {
    const [method, path] = route.split(' ');
    const rec = await twenteRoute(path, await twenteRecord(spec.table));
    const before = await rec.snapshot();
    for (const [rol, token] of Object.entries(tokens)) {
      const res = await call(api, method, rec.url, { token, body: spec.body });
      const expected = spec.expect ?? (res.status === 403 ? 403 : 404);
      expect({ rol, route, status: res.status }).toEqual({ rol, route, status: expected });
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    if (!spec.expect) {
      // The coördinator may do every region action (the school coordinator every school action), so the 404 really is isolation.
      const res = await call(api, method, rec.url, { token: tokens[spec.door ?? 'coordinator'], body: spec.body });
      expect(res.status).toBe(404);
    }
    expect(await rec.snapshot()).toBe(before);
  });

  // ADR 0017, decision 2: the platform reads every region's identity providers but changes only those of
  // school instellingen; its PATCH of a region's provider is 404 and nothing changes.
  it('PATCH /api/v1/identiteitsproviders/{id}: the platform does not change a region’s provider', async () => {
    const platform = await login(api, PLATFORM);
    const rec = await twenteRecord('sso_idp');
    const before = await rec.snapshot();
    expect((await call(api, 'GET', `/api/v1/identiteitsproviders/${rec.id}`, { token: platform })).status).toBe(200);
    const res = await call(api, 'PATCH', `/api/v1/identiteitsproviders/${rec.id}`, {
      token: platform,
      body: { actief: false, naam: 'Overgenomen' },
    });
    expect(res.status).toBe(404);
    expect(await rec.snapshot()).toBe(before);
  });

  // The search route has no id: a user of the other side searches the Twente records by BSN, name and title
  // and finds nothing (issue 13); the young person's session may not search at all.
  it('POST /api/v1/zoeken: the other region finds no Twente person, melding, case or meeting', async () => {
    const persoon = (await api.su.query(`SELECT bsn, achternaam FROM persoon WHERE regio_id = $1 ORDER BY id LIMIT 1`, [twente]))
      .rows[0];
    const termen = [persoon.bsn, '999000019', 'MDO Twente'];
    for (const [rol, token] of Object.entries(tokens)) {
      for (const q of termen) {
        const res = await call(api, 'POST', '/api/v1/zoeken', { token, body: { q } });
        if (rol === 'jongere') {
          expect({ rol, status: res.status }).toEqual({ rol, status: 403 });
          continue;
        }
        expect({ rol, status: res.status }).toEqual({ rol, status: 200 });
        // A person of the searcher's own region may carry the same BSN (other specs create them): what
        // matters is that no Twente record is among the results.
        const ids = (res.body.groepen as Array<{ items: Array<{ id: string }> }>).flatMap((g) => g.items.map((i) => i.id));
        const { rows: vanTwente } = await api.su.query(
          `SELECT id FROM persoon WHERE id = ANY($1::uuid[]) AND regio_id = $2
           UNION ALL SELECT id FROM melding WHERE id = ANY($1::uuid[]) AND regio_id = $2
           UNION ALL SELECT id FROM casus WHERE id = ANY($1::uuid[]) AND regio_id = $2
           UNION ALL SELECT id FROM overleg WHERE id = ANY($1::uuid[]) AND regio_id = $2`,
          [ids, twente],
        );
        expect({ rol, q: q === persoon.bsn ? 'bsn' : q, vanTwente }).toEqual({
          rol,
          q: q === persoon.bsn ? 'bsn' : q,
          vanTwente: [],
        });
      }
    }
  });
});
