import { Db } from '@rmc/server-core';
import { VerzuimagendaService } from '@rmc/server-verzuimagenda';
import { STANDAARD_NORMEN } from '@rmc/shared-domain';
import { call, demo, login, regioId, startApi, type TestApi } from './support/api';

/**
 * The verzuimagenda through the API: one agenda per instelling per school year, shared by the
 * instelling and its regions. concept → ter accordering → approved by every party → vastgesteld; a
 * change to a vastgesteld agenda makes a new version (the old one stays in force until the new one is
 * vastgesteld, then becomes vervangen); differences and a PDF export; a region that is no party sees
 * nothing of it.
 */
const JAAR = '2027-2028';

describe('verzuimagenda', () => {
  let api: TestApi;
  let ijv: string;
  let twente: string;
  let landstede: string;
  let rocvt: string;
  let landstedeZwolle: string;
  let rocAlmelo: string;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi();
    ijv = await regioId(api, 'IJssel-Vecht');
    twente = await regioId(api, 'Twente');
    const inst = async (naam: string) =>
      (await api.su.query(`SELECT id FROM instelling WHERE naam = $1`, [naam])).rows[0].id as string;
    const vest = async (naam: string) =>
      (await api.su.query(`SELECT id FROM vestiging WHERE naam = $1`, [naam])).rows[0].id as string;
    landstede = await inst('Landstede MBO');
    rocvt = await inst('ROC van Twente');
    landstedeZwolle = await vest('Landstede MBO Zwolle');
    rocAlmelo = await vest('ROC van Twente Almelo');
    t['school'] = await login(api, demo('verzuim', 'ijssel-vecht'));
    t['schoolTwente'] = await login(api, demo('verzuim', 'twente'));
    t['ijv'] = await login(api, demo('coordinator', 'ijssel-vecht'));
    t['twente'] = await login(api, demo('coordinator', 'twente'));
    t['consulent'] = await login(api, demo('consulent', 'ijssel-vecht'));
    t['mentor'] = await login(api, demo('mentor', 'ijssel-vecht'));
  });
  afterAll(() => api.close());

  const zonder = (inhoud: any, pad: (i: any) => void) => {
    const kopie = JSON.parse(JSON.stringify(inhoud));
    pad(kopie);
    return kopie;
  };

  describe('lifecycle with the instelling and both regions', () => {
    let v1: string;
    let v2: string;

    it('the school coördinator starts a concept from the standard norms', async () => {
      const res = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['school'],
        body: { instellingId: landstede, schooljaar: JAAR, regioIds: [ijv, twente] },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        instellingNaam: 'Landstede MBO',
        schooljaar: JAAR,
        versie: 1,
        status: 'concept',
        eigenPartij: 'instelling',
        vorigeVersieId: null,
      });
      expect(res.body.inhoud.normen.map((n: any) => n.soort)).toEqual(STANDAARD_NORMEN.map((n) => n.soort));
      expect(res.body.inhoud.contactpersonen).toEqual([]);
      expect(res.body.partijen.map((p: any) => [p.naam, p.goedgekeurd])).toEqual([
        ['Landstede MBO', false],
        ['IJssel-Vecht', false],
        ['Twente', false],
      ]);
      expect(res.body.vestigingen.map((v: any) => v.naam)).toContain('Landstede MBO Zwolle');
      v1 = res.body.id;
    });

    it('one agenda per instelling and school year (409)', async () => {
      const res = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['twente'],
        body: { instellingId: landstede, schooljaar: JAAR, regioIds: [twente] },
      });
      expect(res.status).toBe(409);
      expect(res.body.errors[0].field).toBe('schooljaar');
    });

    it('a region party edits the concept in place', async () => {
      const huidig = (await call(api, 'GET', `/api/v1/verzuimagendas/${v1}`, { token: t['ijv'] })).body;
      const inhoud = {
        ...huidig.inhoud,
        contactpersonen: [
          { vestigingId: landstedeZwolle, schoolContact: 'Verzuimpunt Zwolle', regioContact: 'RMC-team IJssel-Vecht' },
        ],
        preventie: { verzuimspreekuur: true, rmcOpLocatie: 'Dinsdagochtend', overig: '' },
        startoverleg: 'Tweede week van september',
      };
      const res = await call(api, 'PUT', `/api/v1/verzuimagendas/${v1}/inhoud`, { token: t['ijv'], body: { inhoud } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: v1, versie: 1, status: 'concept', eigenPartij: ijv });
      expect(res.body.inhoud.contactpersonen).toHaveLength(1);
      expect(res.body.inhoud.preventie.rmcOpLocatie).toBe('Dinsdagochtend');
    });

    it('approval needs the agenda to be ter accordering', async () => {
      const res = await call(api, 'POST', `/api/v1/verzuimagendas/${v1}/goedkeuren`, { token: t['school'] });
      expect(res.status).toBe(409);
    });

    it('ter accordering → approved by the instelling and both regions → vastgesteld', async () => {
      const ingediend = await call(api, 'POST', `/api/v1/verzuimagendas/${v1}/indienen`, { token: t['school'] });
      expect(ingediend.status).toBe(200);
      expect(ingediend.body.status).toBe('ter-accordering');

      const a = await call(api, 'POST', `/api/v1/verzuimagendas/${v1}/goedkeuren`, { token: t['school'] });
      expect(a.status).toBe(200);
      expect(a.body.status).toBe('ter-accordering');
      expect(a.body.partijen.find((p: any) => p.partij === 'instelling')).toMatchObject({
        goedgekeurd: true,
        goedgekeurdDoor: expect.any(String),
      });

      const b = await call(api, 'POST', `/api/v1/verzuimagendas/${v1}/goedkeuren`, { token: t['ijv'] });
      expect(b.body.status).toBe('ter-accordering');
      expect((await call(api, 'POST', `/api/v1/verzuimagendas/${v1}/goedkeuren`, { token: t['ijv'] })).status).toBe(409);

      const c = await call(api, 'POST', `/api/v1/verzuimagendas/${v1}/goedkeuren`, { token: t['twente'] });
      expect(c.status).toBe(200);
      expect(c.body.status).toBe('vastgesteld');
      expect(c.body.vastgesteldOp).toEqual(expect.any(String));
      expect(c.body.partijen.every((p: any) => p.goedgekeurd)).toBe(true);
    });

    it('a consulent may read but not approve (403)', async () => {
      expect((await call(api, 'GET', `/api/v1/verzuimagendas/${v1}`, { token: t['consulent'] })).status).toBe(200);
      expect((await call(api, 'POST', `/api/v1/verzuimagendas/${v1}/goedkeuren`, { token: t['consulent'] })).status).toBe(403);
    });

    it('a change to a vastgesteld agenda makes a new version; the old one stays vastgesteld', async () => {
      const huidig = (await call(api, 'GET', `/api/v1/verzuimagendas/${v1}`, { token: t['twente'] })).body;
      const inhoud = zonder(huidig.inhoud, (i) => {
        i.normen.find((n: any) => n.soort === 'zorgwekkend').oppakTermijnWerkdagen = 2;
      });
      const res = await call(api, 'PUT', `/api/v1/verzuimagendas/${v1}/inhoud`, { token: t['twente'], body: { inhoud } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ versie: 2, status: 'concept', vorigeVersieId: v1 });
      expect(res.body.id).not.toBe(v1);
      expect(res.body.partijen.every((p: any) => !p.goedgekeurd)).toBe(true);
      expect(res.body.versies.map((v: any) => [v.versie, v.status])).toEqual([
        [1, 'vastgesteld'],
        [2, 'concept'],
      ]);
      v2 = res.body.id;
      expect((await call(api, 'GET', `/api/v1/verzuimagendas/${v1}`, { token: t['twente'] })).body.status).toBe('vastgesteld');
      // The old version is not edited twice: the new one is.
      const nogmaals = await call(api, 'PUT', `/api/v1/verzuimagendas/${v1}/inhoud`, { token: t['twente'], body: { inhoud } });
      expect(nogmaals.status).toBe(409);
    });

    it('verschillen lists the change against the previous version', async () => {
      const res = await call(api, 'GET', `/api/v1/verzuimagendas/${v2}/verschillen`, { token: t['school'] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: v2, versie: 2, vorigeVersieId: v1, vorigeVersie: 1 });
      expect(res.body.verschillen).toEqual([{ pad: 'normen[zorgwekkend].oppakTermijnWerkdagen', oud: 3, nieuw: 2 }]);
      const eerste = await call(api, 'GET', `/api/v1/verzuimagendas/${v1}/verschillen`, { token: t['school'] });
      expect(eerste.body).toMatchObject({ vorigeVersieId: null, verschillen: [] });
    });

    it('once the new version is vastgesteld, the old one becomes vervangen', async () => {
      expect((await call(api, 'POST', `/api/v1/verzuimagendas/${v2}/indienen`, { token: t['ijv'] })).status).toBe(200);
      for (const who of ['twente', 'school', 'ijv'])
        expect((await call(api, 'POST', `/api/v1/verzuimagendas/${v2}/goedkeuren`, { token: t[who] })).status).toBe(200);
      const nieuw = await call(api, 'GET', `/api/v1/verzuimagendas/${v2}`, { token: t['school'] });
      expect(nieuw.body.status).toBe('vastgesteld');
      expect(nieuw.body.versies.map((v: any) => [v.versie, v.status])).toEqual([
        [1, 'vervangen'],
        [2, 'vastgesteld'],
      ]);
      const oud = await call(api, 'PUT', `/api/v1/verzuimagendas/${v1}/inhoud`, {
        token: t['school'],
        body: { inhoud: nieuw.body.inhoud },
      });
      expect(oud.status).toBe(409);
    });

    it('every state change is audited', async () => {
      const { rows } = await api.su.query(
        `SELECT actie, doel, count(*)::int AS n FROM audit_log WHERE subject_type = 'Verzuimagenda' AND subject_id = ANY($1) AND resultaat = 'toegestaan' GROUP BY actie, doel`,
        [[v1, v2]],
      );
      const n = (actie: string, doel: string) => rows.find((r) => r.actie === actie && r.doel === doel)?.n ?? 0;
      expect(n('create', 'verzuimagenda')).toBe(2);
      expect(n('update', 'verzuimagenda')).toBe(1);
      expect(n('update', 'verzuimagenda-indienen')).toBe(2);
      expect(n('update', 'verzuimagenda-goedkeuren')).toBe(6);
      expect(n('update', 'verzuimagenda-vervangen')).toBe(1);
    });

    it('exports a PDF (attachment, no personal data in the filename)', async () => {
      const res = await fetch(`${api.url}/api/v1/verzuimagendas/${v2}/pdf`, {
        headers: { authorization: `Bearer ${t['twente']}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="verzuimagenda-landstede-mbo-2027-2028-v2.pdf"');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(pdf.length).toBeGreaterThan(1024);
      const { rows } = await api.su.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'Verzuimagenda' AND subject_id = $1 AND actie = 'export'`,
        [v2],
      );
      expect(rows[0].n).toBe(1);
    });

    it('the norms in force come from the vastgesteld agenda of the school year (else the standard)', async () => {
      const service = api.app.get(VerzuimagendaService);
      const db = api.app.get(Db);
      const inForce = await db.inContext({ instellingId: landstede }, () => service.geldendeNormen(landstede, '2027-11-15'));
      expect(inForce.agendaId).toBe(v2);
      expect(inForce.normen.find((n) => n.soort === 'zorgwekkend')!.oppakTermijnWerkdagen).toBe(2);
      const zonderAgenda = await db.inContext({ instellingId: landstede }, () => service.geldendeNormen(landstede, '2025-11-15'));
      expect(zonderAgenda).toEqual({ agendaId: null, normen: STANDAARD_NORMEN });
      // A region that is no party does not get this agenda's norms (and cannot see it under RLS either).
      const anders = await db.inContext({ instellingId: landstede }, () =>
        service.geldendeNormen(landstede, '2027-11-15', '11111111-1111-4111-8111-111111111111'),
      );
      expect(anders.agendaId).toBeNull();
      const onzichtbaar = await db.inContext({ regioId: ijv }, () => service.geldendeNormen(rocvt, '2026-11-15'));
      expect(onzichtbaar.agendaId).toBeNull();
    });
  });

  describe('isolation: a region that is no party', () => {
    let roc: string;
    beforeAll(async () => {
      const res = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['schoolTwente'],
        body: { instellingId: rocvt, schooljaar: JAAR, regioIds: [twente] },
      });
      expect(res.status).toBe(201);
      roc = res.body.id;
    });

    it('gets 404 on the agenda and does not see it in the list', async () => {
      for (const route of ['', '/verschillen', '/pdf'])
        expect((await call(api, 'GET', `/api/v1/verzuimagendas/${roc}${route}`, { token: t['ijv'] })).status).toBe(404);
      expect((await call(api, 'POST', `/api/v1/verzuimagendas/${roc}/indienen`, { token: t['ijv'] })).status).toBe(404);
      expect((await call(api, 'GET', `/api/v1/verzuimagendas/${roc}`, { token: t['school'] })).status).toBe(404);
      const lijst = await call(api, 'GET', '/api/v1/verzuimagendas', { token: t['ijv'] });
      expect(lijst.status).toBe(200);
      expect(lijst.body.map((a: any) => a.id)).not.toContain(roc);
      expect(lijst.body.every((a: any) => a.regioIds.includes(ijv))).toBe(true);
      const schoolLijst = await call(api, 'GET', '/api/v1/verzuimagendas', { token: t['school'] });
      expect(schoolLijst.body.every((a: any) => a.instellingId === landstede)).toBe(true);
      // The party sees it.
      const twenteLijst = await call(api, 'GET', `/api/v1/verzuimagendas?instellingId=${rocvt}`, { token: t['twente'] });
      expect(twenteLijst.body.map((a: any) => a.id)).toContain(roc);
      const refusals = await api.su.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'Verzuimagenda' AND subject_id = $1 AND resultaat = 'geweigerd'`,
        [roc],
      );
      expect(refusals.rows[0].n).toBeGreaterThanOrEqual(4);
    });

    it('a region cannot start an agenda it is no party to, a school not for another instelling', async () => {
      const regio = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['ijv'],
        body: { instellingId: rocvt, schooljaar: '2028-2029', regioIds: [twente] },
      });
      expect(regio.status).toBe(400);
      expect(regio.body.errors[0].field).toBe('regioIds');
      const school = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['school'],
        body: { instellingId: rocvt, schooljaar: '2028-2029', regioIds: [ijv] },
      });
      expect(school.status).toBe(400);
      expect(school.body.errors[0].field).toBe('instellingId');
      expect(
        (
          await call(api, 'POST', '/api/v1/verzuimagendas', {
            token: t['mentor'],
            body: { instellingId: landstede, schooljaar: '2028-2029', regioIds: [ijv] },
          })
        ).status,
      ).toBe(403);
    });
  });

  describe('bad input: 400 naming the field, in Dutch', () => {
    let concept: string;
    let inhoud: any;
    beforeAll(async () => {
      const res = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['school'],
        body: { instellingId: landstede, schooljaar: '2029-2030', regioIds: [ijv] },
      });
      concept = res.body.id;
      inhoud = res.body.inhoud;
    });

    it.each([
      [
        'a zero pick-up term',
        (i: any) => (i.normen[3].oppakTermijnWerkdagen = 0),
        'inhoud.normen.3.oppakTermijnWerkdagen',
        /1 tot en met 60 werkdagen/,
      ],
      ['a text as threshold', (i: any) => (i.normen[0].minDagen = 'twintig'), 'inhoud.normen.0.minDagen', /dagen/],
      ['an unknown field', (i: any) => (i.normen[1].geheim = 'x'), 'inhoud.normen.1.geheim', /onbekend/],
      [
        'an unknown melding field',
        (i: any) => i.normen[1].verplichteVelden.push('schoenmaat'),
        'inhoud.normen.1.verplichteVelden',
        /geen veld van een melding/,
      ],
      [
        'a legal field dropped',
        (i: any) => (i.normen[0].verplichteVelden = i.normen[0].verplichteVelden.filter((v: string) => v !== 'bsn')),
        'inhoud.normen.0.verplichteVelden',
        /BSN/,
      ],
      ['the legal kind removed', (i: any) => i.normen.splice(0, 1), 'inhoud.normen', /4 aaneengesloten/],
      ['a duplicate kind', (i: any) => i.normen.push({ ...i.normen[3] }), 'inhoud.normen.4.soort', /al eerder/],
      [
        'a vestiging of another instelling',
        (i: any) => (i.contactpersonen = [{ vestigingId: rocAlmelo, schoolContact: 'x', regioContact: 'y' }]),
        'inhoud.contactpersonen.0.vestigingId',
        /vestiging van deze instelling/,
      ],
      ['missing preventie', (i: any) => delete i.preventie, 'inhoud.preventie', /preventieafspraken/],
      [
        'preventie not a boolean',
        (i: any) => (i.preventie.verzuimspreekuur = 'soms'),
        'inhoud.preventie.verzuimspreekuur',
        /ja of nee/,
      ],
    ])('%s', async (_naam, wijzig, veld, bericht) => {
      const res = await call(api, 'PUT', `/api/v1/verzuimagendas/${concept}/inhoud`, {
        token: t['school'],
        body: { inhoud: zonder(inhoud, wijzig as (i: any) => void) },
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      const fout = res.body.errors.find((e: any) => e.field === veld);
      expect(fout).toBeDefined();
      expect(fout.message).toMatch(bericht);
    });

    it('create: school year, regions and ids', async () => {
      const jaar = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['school'],
        body: { instellingId: landstede, schooljaar: '2027', regioIds: [ijv] },
      });
      expect(jaar.status).toBe(400);
      expect(jaar.body.errors[0]).toMatchObject({ field: 'schooljaar', message: expect.stringMatching(/jjjj-jjjj/) });
      const sprong = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['school'],
        body: { instellingId: landstede, schooljaar: '2027-2029', regioIds: [ijv] },
      });
      expect(sprong.body.errors[0]).toMatchObject({ field: 'schooljaar', message: expect.stringMatching(/2026-2027/) });
      const geen = await call(api, 'POST', '/api/v1/verzuimagendas', {
        token: t['school'],
        body: { instellingId: landstede, schooljaar: '2030-2031', regioIds: [] },
      });
      expect(geen.status).toBe(400);
      expect(geen.body.errors[0].field).toBe('regioIds');
      expect((await call(api, 'GET', '/api/v1/verzuimagendas/geen-uuid', { token: t['school'] })).body.errors[0].field).toBe(
        'id',
      );
      const onbekend = await call(api, 'GET', '/api/v1/verzuimagendas/11111111-1111-4111-8111-111111111111', {
        token: t['school'],
      });
      expect(onbekend.status).toBe(404);
      // Nothing saved by the refused edits.
      const nog = await call(api, 'GET', `/api/v1/verzuimagendas/${concept}`, { token: t['school'] });
      expect(nog.body.inhoud).toEqual(inhoud);
    });
  });
});
