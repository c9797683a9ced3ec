import { amsterdamDatum, plusDagen } from '@rmc/shared-domain';
import type { OverzichtResponse, OverzichtSleutel } from '@rmc/shared-api-types';
import { randomUUID } from 'node:crypto';
import { call, demo, login, PLATFORM, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';

/**
 * Issue 13 item 2: `GET /api/v1/overzicht`, the day's work as counts per role. Which counts a role gets,
 * that each equals the rows its list would show (checked against the database as the superuser), and
 * that RLS and CASL bound them: a partner counts only shared cases, another region's data never counts.
 */
describe('GET /api/v1/overzicht: counts per role', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  let org: Record<string, string>;
  const vandaag = amsterdamDatum(new Date());
  const over = (dagen: number) => plusDagen(vandaag, dagen);

  const overzicht = async (wie: string): Promise<Map<OverzichtSleutel, { aantal: number; meer: boolean; dagen?: number }>> => {
    const res = await call<OverzichtResponse>(api, 'GET', '/api/v1/overzicht', { token: tokens[wie] });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    return new Map(res.body.tellingen.map((t) => [t.sleutel, t]));
  };
  const gecapt = (n: number) => ({ aantal: Math.min(n, 99), meer: n >= 100 });

  beforeAll(async () => {
    api = await startApi();
    for (const p of ['coordinator', 'consulent', 'leerplicht', 'beleid', 'verzuim', 'mentor', 'wi', 'wijkteam'])
      tokens[p] = await login(api, demo(p));
    tokens['twente'] = await login(api, demo('consulent', 'twente'));
    tokens['platform'] = await login(api, PLATFORM);
    const orgs = await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: tokens['coordinator'] });
    org = Object.fromEntries(orgs.body.items.map((o: { soort: string; id: string }) => [o.soort, o.id]));
  });
  afterAll(() => api.close());

  it('gives each role the counts of the lists it may open, and none to the platform or the beleidsmedewerker', async () => {
    const sleutels = async (wie: string) => [...(await overzicht(wie)).keys()].sort();
    const rmc = [
      'mijnActiesTeLaat',
      'nazorgTeDoen',
      'overdrachtenWachtend',
      'overleggenDezeWeek',
      'triageNieuw',
      'triageTeLaat',
      'zonderContact',
    ];
    expect(await sleutels('coordinator')).toEqual(rmc);
    expect(await sleutels('consulent')).toEqual(rmc);
    expect(await sleutels('leerplicht')).toEqual(rmc);
    expect(await sleutels('verzuim')).toEqual(['openAanvullingen', 'terugkoppelingen']);
    expect(await sleutels('mentor')).toEqual(['openAanvullingen', 'terugkoppelingen']);
    const partner = ['gedeeldMetActiviteit', 'mijnActiesTeLaat', 'overdrachtenWachtend', 'overleggenDezeWeek'];
    expect(await sleutels('wi')).toEqual(partner);
    expect(await sleutels('wijkteam')).toEqual(partner);
    expect(await sleutels('beleid')).toEqual([]);
    expect(await sleutels('platform')).toEqual([]);
    expect((await overzicht('consulent')).get('zonderContact')?.dagen).toBe(30);
    expect((await overzicht('verzuim')).get('terugkoppelingen')?.dagen).toBe(14);
    expect((await overzicht('wi')).get('gedeeldMetActiviteit')?.dagen).toBe(7);
    expect((await call(api, 'GET', '/api/v1/overzicht')).status).toBe(401);
  });

  it('counts what the lists hold: triage and the school side against the database', async () => {
    const regio = (await api.su.query(`SELECT id FROM regio WHERE naam = 'IJssel-Vecht'`)).rows[0].id as string;
    const nieuw = await api.su.query(`SELECT count(*)::int AS n FROM melding WHERE regio_id = $1 AND status = 'ontvangen'`, [
      regio,
    ]);
    const teLaat = await api.su.query(
      `SELECT count(*)::int AS n FROM melding WHERE regio_id = $1 AND status = 'ontvangen' AND opgepakt_op IS NULL
          AND oppak_deadline < (now() AT TIME ZONE 'Europe/Amsterdam')::date`,
      [regio],
    );
    const c = await overzicht('coordinator');
    expect(c.get('triageNieuw')).toMatchObject(gecapt(nieuw.rows[0].n));
    expect(c.get('triageTeLaat')).toMatchObject(gecapt(teLaat.rows[0].n));

    // The school user's vestigingen, from their memberships (/auth/me names the organisation, not the vestiging).
    const vestigingen = (
      await api.su.query(
        `SELECT array_agg(l.vestiging_id) AS ids FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id
          WHERE g.email = $1 AND l.actief AND l.vestiging_id IS NOT NULL`,
        [demo('verzuim')],
      )
    ).rows[0].ids as string[];
    expect(vestigingen.length).toBeGreaterThan(0);
    const aanvullingen = await api.su.query(
      `SELECT count(*)::int AS n FROM melding WHERE vestiging_id = ANY($1::uuid[]) AND status = 'aanvulling-gevraagd'`,
      [vestigingen],
    );
    const terug = await api.su.query(
      `SELECT count(*)::int AS n FROM melding WHERE vestiging_id = ANY($1::uuid[]) AND gemeld_op >= now() - interval '183 days'
          AND teruggemeld_op >= now() - interval '14 days'`,
      [vestigingen],
    );
    const s = await overzicht('verzuim');
    expect(s.get('openAanvullingen')).toMatchObject(gecapt(aanvullingen.rows[0].n));
    expect(s.get('terugkoppelingen')).toMatchObject(gecapt(terug.rows[0].n));
  });

  it('a consulent’s overdue action and a case without contact count for them, not for Twente; a partner counts only shared cases', async () => {
    const voor = {
      consulent: await overzicht('consulent'),
      twente: await overzicht('twente'),
      wi: await overzicht('wi'),
      wijkteam: await overzicht('wijkteam'),
    };

    // Two cases of the consulent; each with an overdue action of W&I and one named to the consulent. Only A is shared with W&I.
    const casus = async () => {
      const { rows } = await vrijePersoon(api);
      const res = await call(api, 'POST', '/api/v1/casussen', {
        token: tokens['consulent'],
        body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const a = await casus();
    const b = await casus();
    const merk = randomUUID();
    const me = await call(api, 'GET', '/api/v1/auth/me', { token: tokens['consulent'] });
    for (const id of [a, b]) {
      for (const body of [
        { omschrijving: `W&I ${merk}`, eigenaarOrganisatieId: org['werk-en-inkomen'] },
        { omschrijving: `Consulent ${merk}`, eigenaarGebruikerId: me.body.gebruiker.id },
      ])
        expect((await call(api, 'POST', `/api/v1/casussen/${id}/acties`, { token: tokens['consulent'], body })).status).toBe(201);
    }
    await api.su.query(`UPDATE plan_actie SET deadline = current_date - 3 WHERE omschrijving LIKE $1`, [`%${merk}`]);
    // Case B: opened 40 days ago, never reached.
    await api.su.query(`UPDATE casus SET aangemaakt_op = now() - interval '40 days' WHERE id = $1`, [b]);
    const deel = await call(api, 'POST', `/api/v1/casussen/${a}/delingen`, {
      token: tokens['consulent'],
      body: {
        organisatieId: org['werk-en-inkomen'],
        grondslag: 'toestemming',
        toestemming: { datum: vandaag, reikwijdte: 'Wat nodig is', verlooptOp: over(120) },
        doel: 'Samenwerking',
        secties: ['basis', 'acties'],
        eindDatum: over(60),
      },
    });
    expect([deel.status, deel.body]).toEqual([201, expect.anything()]);

    const na = {
      consulent: await overzicht('consulent'),
      twente: await overzicht('twente'),
      wi: await overzicht('wi'),
      wijkteam: await overzicht('wijkteam'),
    };
    const plus = (wie: keyof typeof voor, sleutel: OverzichtSleutel, n: number) => {
      const v = voor[wie].get(sleutel)!;
      if (v.meer) return; // capped: a difference is not visible above 99
      expect(na[wie].get(sleutel)!.aantal).toBe(Math.min(v.aantal + n, 99));
    };
    plus('consulent', 'mijnActiesTeLaat', 2);
    plus('consulent', 'zonderContact', 1);
    // W&I: the overdue action on the shared case only, and the shared case as new activity; wijkteam nothing.
    plus('wi', 'mijnActiesTeLaat', 1);
    plus('wi', 'gedeeldMetActiviteit', 1);
    plus('wijkteam', 'mijnActiesTeLaat', 0);
    plus('wijkteam', 'gedeeldMetActiviteit', 0);
    for (const [sleutel, t] of voor.twente) expect(na.twente.get(sleutel)).toEqual(t);
  });
});
