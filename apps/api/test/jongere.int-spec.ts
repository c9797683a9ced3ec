import { dataSourceOptions } from '@rmc/server-database';
import { identityMailOntvanger } from '@rmc/server-identity';
import { JONGERE_LINK_SOORT, zetJongereLinkHash } from '@rmc/server-jongere';
import { MailRelay } from '@rmc/server-notificaties';
import { amsterdamDatum, plusDagen } from '@rmc/shared-domain';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { DEMO_JONGERE_EMAIL } from '../src/demo/seed-demo';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { vrijePersoon } from './support/persoon';
import { startSink } from './support/processes';

/**
 * Issue 15 part 2, the young person's channel: the consulent's invitation (link in the mail, nothing
 * else), first login by the link, later by e-mail + code (wrong code, expiry, attempts, no enumeration),
 * each read and write, the strict slice (another person's ids answer 404) and consent withdrawal ending
 * the partner's share at once.
 */
describe('jongerenkanaal', () => {
  let api: TestApi;
  let consulent: string;
  let wi: string;
  const over = (dagen: number) => plusDagen(amsterdamDatum(new Date()), dagen);
  let teller = 0;

  let sink: Awaited<ReturnType<typeof startSink>>;
  let ds: DataSource;
  let relay: MailRelay;

  beforeAll(async () => {
    api = await startApi();
    // The invitation's link is made by the mail relay at send time (as in the worker): a sink receives it.
    sink = await startSink();
    ds = new DataSource(dataSourceOptions(api.config.appDatabaseUrl, 2));
    await ds.initialize();
    relay = new MailRelay(
      ds,
      identityMailOntvanger,
      createTransport(sink.smtpUrl),
      'test@rmc',
      {},
      { info: () => undefined },
      60_000,
      {
        [JONGERE_LINK_SOORT]: zetJongereLinkHash,
      },
    );
    consulent = await login(api, demo('consulent'));
    wi = await login(api, demo('wi'));
  });
  afterAll(async () => {
    await ds?.destroy();
    sink?.stop();
    await api.close();
  });

  /** The latest outbox text to an address whose key starts with `sleutel` (the API only queues; no worker here). */
  async function mail(adres: string, sleutel: string): Promise<string> {
    const { rows } = await api.su.query(
      `SELECT tekst FROM email_outbox WHERE ontvanger = $1 AND sleutel LIKE $2 ORDER BY aangemaakt_op DESC, id DESC LIMIT 1`,
      [adres, `${sleutel}%`],
    );
    if (!rows[0]) throw new Error(`geen mail ${sleutel} aan ${adres}`);
    return rows[0].tekst;
  }
  /**
   * The latest invitation to an address, sent: the outbox row holds no link (only the placeholder) until
   * the relay sends it; the text as the SMTP sink received it.
   */
  async function uitnodiging(adres: string): Promise<string> {
    const { rows } = await api.su.query(
      `SELECT id, tekst, link_soort, link_id FROM email_outbox WHERE ontvanger = $1 AND sleutel LIKE 'jongere-uitnodiging-%' ORDER BY aangemaakt_op DESC, id DESC LIMIT 1`,
      [adres],
    );
    expect(rows[0]).toMatchObject({ link_soort: JONGERE_LINK_SOORT });
    expect(rows[0].tekst).toContain('/jongere/welkom#link={{token}}');
    expect(rows[0].tekst).not.toMatch(/#link=[\w-]{20,}/);
    expect(await relay.relay(rows[0].id)).toBe('verzonden');
    const verzonden = (await sink.mails()).find((m) => m.outboxId === rows[0].id);
    if (!verzonden) throw new Error(`geen uitnodiging aan ${adres} in de sink`);
    const { rows: na } = await api.su.query(`SELECT tekst FROM email_outbox WHERE id = $1`, [rows[0].id]);
    expect(na[0].tekst).toBe('');
    return verzonden.text;
  }
  const linkToken = (tekst: string) => /\/jongere\/welkom#link=([A-Za-z0-9_-]+)/.exec(tekst)![1];
  const code = (tekst: string) => /code is: (\d{6})/.exec(tekst)![1];

  /** A young person with a case in plannen-ish shape: a goal, an appointment, their own action, a partner's action, a consent share with W&I. */
  async function jongereMetCasus() {
    const { rows } = await vrijePersoon(api);
    const email = `jongere-${Date.now()}-${++teller}@example.org`;
    const maak = await call(api, 'POST', '/api/v1/casussen', {
      token: consulent,
      body: { persoonId: rows[0].id, doelgroep: 'nieuw-vsv', bron: 'duo-lijst' },
    });
    expect(maak.status).toBe(201);
    const casusId: string = maak.body.id;
    const orgs = (await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: consulent })).body.items;
    const wiOrg = orgs.find((o: { naam: string }) => o.naam === 'Werk & Inkomen IJssel-Vecht').id;
    await call(api, 'PUT', `/api/v1/casussen/${casusId}/plan`, {
      token: consulent,
      body: {
        doelen: [{ omschrijving: 'Een opleiding in de zorg vinden.', status: 'open' }],
        contactafspraken: [{ met: 'jongere', afspraak: 'Gesprek op het RMC-kantoor.', volgendeDatum: over(7) }],
      },
    });
    const eigen = await call(api, 'POST', `/api/v1/casussen/${casusId}/acties`, {
      token: consulent,
      body: { omschrijving: 'Open dag van het ROC bezoeken', eigenaarJongere: true, deadline: over(10) },
    });
    expect(eigen.status).toBe(201);
    await call(api, 'POST', `/api/v1/casussen/${casusId}/acties`, {
      token: consulent,
      body: { omschrijving: 'Uitkering aanvragen', eigenaarOrganisatieId: wiOrg, deadline: over(5) },
    });
    const deling = await call(api, 'POST', `/api/v1/casussen/${casusId}/delingen`, {
      token: consulent,
      body: {
        organisatieId: wiOrg,
        grondslag: 'toestemming',
        toestemming: { datum: amsterdamDatum(new Date()), reikwijdte: 'Werk en inkomen', verlooptOp: over(180) },
        doel: 'Route naar werk',
        secties: ['basis', 'acties'],
        eindDatum: over(90),
      },
    });
    expect(deling.status).toBe(201);
    const detail = (await call(api, 'GET', `/api/v1/casussen/${casusId}`, { token: consulent })).body;
    const eigenActie = detail.acties.find((a: { omschrijving: string }) => a.omschrijving === 'Open dag van het ROC bezoeken').id;
    const partnerActie = detail.acties.find((a: { omschrijving: string }) => a.omschrijving === 'Uitkering aanvragen').id;
    return { persoonId: rows[0].id, casusId, email, eigenActie, partnerActie, delingId: deling.body.delingen[0].id };
  }

  async function nodigUitEnLogIn(j: { casusId: string; email: string }): Promise<string> {
    const uit = await call(api, 'POST', `/api/v1/casussen/${j.casusId}/jongere-uitnodiging`, {
      token: consulent,
      body: { email: j.email },
    });
    expect(uit.status).toBe(201);
    const res = await call(api, 'POST', '/api/v1/jongere/link', {
      body: { token: linkToken(await uitnodiging(j.email)) },
    });
    expect(res.status).toBe(200);
    return res.body.accessToken;
  }

  it('invites from the case: a mail with a greeting and an opaque link only; the link works once', async () => {
    const j = await jongereMetCasus();
    // A partner may not invite; a consulent of another region does not find the case.
    expect((await call(api, 'POST', `/api/v1/casussen/${j.casusId}/jongere-uitnodiging`, { token: wi, body: {} })).status).toBe(
      403,
    );
    const twente = await login(api, demo('consulent', 'twente'));
    expect(
      (await call(api, 'POST', `/api/v1/casussen/${j.casusId}/jongere-uitnodiging`, { token: twente, body: { email: j.email } }))
        .status,
    ).toBe(404);
    // No address known and none typed: a field error.
    const zonder = await call(api, 'POST', `/api/v1/casussen/${j.casusId}/jongere-uitnodiging`, { token: consulent, body: {} });
    expect(zonder.status).toBe(400);
    expect(zonder.body.errors[0].field).toBe('email');

    const uit = await call(api, 'POST', `/api/v1/casussen/${j.casusId}/jongere-uitnodiging`, {
      token: consulent,
      body: { email: j.email },
    });
    expect(uit.status).toBe(201);
    expect(uit.body.verstuurdNaar).toBe(j.email);
    const tekst = await uitnodiging(j.email);
    expect(tekst).toMatch(/^Hoi,/);
    expect(tekst).not.toMatch(/Test|Persoon|zorg|ROC/);
    const token = linkToken(tekst);

    const eerste = await call(api, 'POST', '/api/v1/jongere/link', { body: { token } });
    expect(eerste.status).toBe(200);
    expect(eerste.body.accessToken).toMatch(/^rmcj_/);
    expect(eerste.headers.get('set-cookie')).toMatch(/rmc_jongere=.*Path=\/api\/v1\/jongere.*HttpOnly/i);
    const nogmaals = await call(api, 'POST', '/api/v1/jongere/link', { body: { token } });
    expect(nogmaals.status).toBe(401);

    // A new invitation voids the earlier link and ends the sessions (a lost phone, a link someone saw).
    await call(api, 'POST', `/api/v1/casussen/${j.casusId}/jongere-uitnodiging`, { token: consulent, body: { email: j.email } });
    expect((await call(api, 'GET', '/api/v1/jongere/overzicht', { token: eerste.body.accessToken })).status).toBe(401);
    // That invitation, voided by a newer one before it was sent, is dropped by the relay: never a dead link in a mailbox.
    const { rows: onverzonden } = await api.su.query(
      `SELECT id FROM email_outbox WHERE ontvanger = $1 AND sleutel LIKE 'jongere-uitnodiging-%' ORDER BY aangemaakt_op DESC, id DESC LIMIT 1`,
      [j.email],
    );
    await call(api, 'POST', `/api/v1/casussen/${j.casusId}/jongere-uitnodiging`, { token: consulent, body: { email: j.email } });
    expect(await relay.relay(onverzonden[0].id)).toBe('overgeslagen');
    expect(linkToken(await uitnodiging(j.email))).toMatch(/^[\w-]{40,}$/);
  });

  it('the demo young person (docs/demo-accounts.md) logs in with a mailed code and sees a plan, an appointment, actions and a consent', async () => {
    expect((await call(api, 'POST', '/api/v1/jongere/code', { body: { email: DEMO_JONGERE_EMAIL } })).status).toBe(202);
    const inlog = await call(api, 'POST', '/api/v1/jongere/inloggen', {
      body: { email: DEMO_JONGERE_EMAIL, code: code(await mail(DEMO_JONGERE_EMAIL, 'jongere-code-')) },
    });
    expect(inlog.status).toBe(200);
    const token = inlog.body.accessToken;
    const ov = (await call(api, 'GET', '/api/v1/jongere/overzicht', { token })).body;
    expect(ov).toMatchObject({ voornaam: 'Sanne', consulent: { naam: 'Consulent IJssel-Vecht' } });
    expect(ov.doelen).toHaveLength(2);
    expect(ov.afspraken.map((a: { met: string }) => a.met)).toEqual(['je consulent', 'een organisatie die met je meewerkt']);
    expect(ov.acties.map((a: { zelf: boolean }) => a.zelf).sort()).toEqual([false, true]);
    const inzage = (await call(api, 'GET', '/api/v1/jongere/inzage', { token })).body;
    expect(inzage.ontvangers).toEqual([
      expect.objectContaining({ organisatie: 'Werk & Inkomen IJssel-Vecht', kanIntrekken: true }),
    ]);
    // It is the demo consulent's case.
    expect((await call(api, 'GET', `/api/v1/casussen/${ov.casusId}`, { token: consulent })).status).toBe(200);
  });

  it('logs in by e-mail + code: no enumeration, a wrong code, expiry, and at most 5 attempts', async () => {
    const j = await jongereMetCasus();
    await nodigUitEnLogIn(j);
    const onbekend = await call(api, 'POST', '/api/v1/jongere/code', { body: { email: `niemand-${Date.now()}@example.org` } });
    const bekend = await call(api, 'POST', '/api/v1/jongere/code', { body: { email: j.email } });
    expect(onbekend.status).toBe(202);
    expect(bekend.status).toBe(202);
    expect(onbekend.body).toEqual(bekend.body);
    const geldig = code(await mail(j.email, 'jongere-code-'));
    const fout = geldig === '000000' ? '111111' : '000000';

    const onbekendLogin = await call(api, 'POST', '/api/v1/jongere/inloggen', {
      body: { email: `x-${Date.now()}@example.org`, code: geldig },
    });
    const foutLogin = await call(api, 'POST', '/api/v1/jongere/inloggen', { body: { email: j.email, code: fout } });
    expect(onbekendLogin.status).toBe(401);
    expect(foutLogin.status).toBe(401);
    expect(foutLogin.body.detail).toBe(onbekendLogin.body.detail);

    // 4 more wrong attempts (5 in all): then even the right code is refused.
    for (let i = 0; i < 4; i++)
      expect((await call(api, 'POST', '/api/v1/jongere/inloggen', { body: { email: j.email, code: fout } })).status).toBe(401);
    expect((await call(api, 'POST', '/api/v1/jongere/inloggen', { body: { email: j.email, code: geldig } })).status).toBe(401);

    // Expired after 10 minutes.
    await call(api, 'POST', '/api/v1/jongere/code', { body: { email: j.email } });
    const tweede = code(await mail(j.email, 'jongere-code-'));
    await api.su.query(
      `UPDATE jongere_code SET verloopt_op = now() - interval '1 second' WHERE account_id = (SELECT id FROM jongere_account WHERE email = $1) AND gebruikt_op IS NULL`,
      [j.email],
    );
    expect((await call(api, 'POST', '/api/v1/jongere/inloggen', { body: { email: j.email, code: tweede } })).status).toBe(401);

    // A fresh code works once; the portal gets the cookie only.
    await call(api, 'POST', '/api/v1/jongere/code', { body: { email: j.email.toUpperCase() } });
    const derde = code(await mail(j.email, 'jongere-code-'));
    const ok = await call(api, 'POST', '/api/v1/jongere/inloggen', {
      body: { email: j.email, code: derde },
      headers: { 'x-requested-with': 'rmc-portal' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.accessToken).toBeUndefined();
    expect((await call(api, 'POST', '/api/v1/jongere/inloggen', { body: { email: j.email, code: derde } })).status).toBe(401);
    const { rows } = await api.su.query(
      `SELECT methode FROM jongere_sessie s JOIN jongere_account a ON a.id = s.account_id WHERE a.email = $1`,
      [j.email],
    );
    expect(rows.map((r) => r.methode).sort()).toEqual(['email-code', 'link']);
  });

  it('mails at most 5 codes per account per hour; the sixth request answers the same and sends nothing', async () => {
    const j = await jongereMetCasus();
    await nodigUitEnLogIn(j);
    for (let i = 0; i < 6; i++)
      expect((await call(api, 'POST', '/api/v1/jongere/code', { body: { email: j.email } })).status).toBe(202);
    const { rows } = await api.su.query(
      `SELECT count(*)::int AS n FROM email_outbox WHERE ontvanger = $1 AND sleutel LIKE 'jongere-code-%'`,
      [j.email],
    );
    expect(rows[0].n).toBe(5);
  });

  it('asks to move an appointment with a comment: the consulent reads it with the plan’s agreement; the notification has no text of the young person', async () => {
    const j = await jongereMetCasus();
    const token = await nodigUitEnLogIn(j);
    const afspraak = (await call(api, 'GET', '/api/v1/jongere/overzicht', { token })).body.afspraken[0];
    const te = await call(api, 'POST', `/api/v1/jongere/afspraken/${afspraak.sleutel}/reactie`, {
      token,
      body: { reactie: 'verzetten', toelichting: 'x'.repeat(501) },
    });
    expect(te.status).toBe(400);
    expect(te.body.errors[0].field).toBe('toelichting');
    const res = await call(api, 'POST', `/api/v1/jongere/afspraken/${afspraak.sleutel}/reactie`, {
      token,
      body: { reactie: 'verzetten', toelichting: '  Dinsdagmiddag kan ik beter, dan heb ik geen stage.  ' },
    });
    expect(res.status).toBe(200);
    expect(res.body.afspraken[0].reactie).toBe('verzetten');

    const reacties = await call(api, 'GET', `/api/v1/casussen/${j.casusId}/jongere-reacties`, { token: consulent });
    expect(reacties.status).toBe(200);
    expect(reacties.body).toEqual([
      {
        index: 0,
        reactie: 'verzetten',
        toelichting: 'Dinsdagmiddag kan ik beter, dan heb ik geen stage.',
        op: expect.any(String),
      },
    ]);
    // A partner, another region and the young person themselves do not read it.
    expect((await call(api, 'GET', `/api/v1/casussen/${j.casusId}/jongere-reacties`, { token: wi })).status).toBe(403);
    const twente = await login(api, demo('consulent', 'twente'));
    expect((await call(api, 'GET', `/api/v1/casussen/${j.casusId}/jongere-reacties`, { token: twente })).status).toBe(404);
    expect((await call(api, 'GET', `/api/v1/casussen/${j.casusId}/jongere-reacties`, { token })).status).toBe(403);

    // The notification says that there is a comment, not what it says; its link opens the plan.
    const { rows } = await api.su.query(`SELECT tekst, link FROM notificatie WHERE soort = 'jongere-bericht' AND link LIKE $1`, [
      `/casussen/${j.casusId}%`,
    ]);
    expect(rows).toEqual([
      {
        tekst: 'De jongere vraagt een afspraak te verzetten en schreef er iets bij.',
        link: `/casussen/${j.casusId}?onderdeel=plan`,
      },
    ]);
    // The consulent's read is audited (and so shown to the young person).
    const { rows: audit } = await api.su.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'JongereDossier' AND subject_id = $1 AND doel = 'jongerenkanaal: reacties op afspraken'`,
      [j.casusId],
    );
    expect(audit[0].n).toBe(1);
  });

  it('shows goals, actions (own and others’), appointments, meetings and the consulent; confirms an appointment; marks its own action done', async () => {
    const j = await jongereMetCasus();
    const token = await nodigUitEnLogIn(j);
    const ov = await call(api, 'GET', '/api/v1/jongere/overzicht', { token });
    expect(ov.status).toBe(200);
    expect(ov.body.voornaam).toBe('Test');
    expect(ov.body.doelen).toEqual([{ omschrijving: 'Een opleiding in de zorg vinden.', status: 'open' }]);
    expect(ov.body.consulent.naam).toBeTruthy();
    expect(ov.body.consulent.email).toMatch(/@/);
    expect(ov.body.acties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: j.eigenActie, zelf: true, wie: null, status: 'open' }),
        expect.objectContaining({ id: j.partnerActie, zelf: false, wie: 'Werk & Inkomen IJssel-Vecht' }),
      ]),
    );
    expect(JSON.stringify(ov.body)).not.toMatch(/toelichting|notitie/i);
    expect(ov.body.afspraken).toHaveLength(1);
    const afspraak = ov.body.afspraken[0];
    expect(afspraak).toMatchObject({ wat: 'Gesprek op het RMC-kantoor.', datum: over(7), reactie: null });

    const bevestigd = await call(api, 'POST', `/api/v1/jongere/afspraken/${afspraak.sleutel}/reactie`, {
      token,
      body: { reactie: 'bevestigd' },
    });
    expect(bevestigd.status).toBe(200);
    expect(bevestigd.body.afspraken[0].reactie).toBe('bevestigd');
    expect(
      (await call(api, 'POST', `/api/v1/jongere/afspraken/onbekend/reactie`, { token, body: { reactie: 'bevestigd' } })).status,
    ).toBe(404);

    // Only their own action: the partner's one is 404.
    expect((await call(api, 'POST', `/api/v1/jongere/acties/${j.partnerActie}/gedaan`, { token })).status).toBe(404);
    const gedaan = await call(api, 'POST', `/api/v1/jongere/acties/${j.eigenActie}/gedaan`, { token });
    expect(gedaan.status).toBe(200);
    expect(gedaan.body.acties.find((a: { id: string }) => a.id === j.eigenActie).status).toBe('gedaan');
    const detail = (await call(api, 'GET', `/api/v1/casussen/${j.casusId}`, { token: consulent })).body;
    expect(detail.acties.find((a: { id: string }) => a.id === j.eigenActie)).toMatchObject({
      status: 'gedaan',
      eigenaar: 'De jongere zelf',
    });

    // The consulent is told about the confirmation (the link opens the case's plan).
    const { rows } = await api.su.query(`SELECT tekst FROM notificatie WHERE soort = 'jongere-bericht' AND link = $1`, [
      `/casussen/${j.casusId}?onderdeel=plan`,
    ]);
    expect(rows.map((r) => r.tekst)).toContain('De jongere heeft een afspraak bevestigd.');
  });

  it('a message lands as a note on the case and a notification to the consulent', async () => {
    const j = await jongereMetCasus();
    const token = await nodigUitEnLogIn(j);
    expect((await call(api, 'POST', '/api/v1/jongere/berichten', { token, body: { tekst: 'x' } })).status).toBe(400);
    const res = await call(api, 'POST', '/api/v1/jongere/berichten', {
      token,
      body: { tekst: 'Ik heb een stageplek gevonden!' },
    });
    expect(res.status).toBe(204);
    const detail = (await call(api, 'GET', `/api/v1/casussen/${j.casusId}`, { token: consulent })).body;
    expect(detail.notities.map((n: { tekst: string }) => n.tekst)).toContain(
      'Bericht van de jongere: Ik heb een stageplek gevonden!',
    );
    const notificaties = await call(api, 'GET', '/api/v1/notificaties?limit=50', { token: consulent });
    expect(notificaties.body.items.map((n: { tekst: string }) => n.tekst)).toContain('De jongere heeft je een bericht gestuurd.');
    // A partner does not see the young person's message (it is not its organisation's note).
    const wiDetail = (await call(api, 'GET', `/api/v1/casussen/${j.casusId}`, { token: wi })).body;
    expect(JSON.stringify(wiDetail)).not.toMatch(/stageplek/);
  });

  it('withdraws a consent: the share ends now, the consulent is told, the partner’s next request is 404; inzage shows who looked', async () => {
    const j = await jongereMetCasus();
    const token = await nodigUitEnLogIn(j);
    expect((await call(api, 'GET', `/api/v1/casussen/${j.casusId}`, { token: wi })).status).toBe(200);

    const inzage = await call(api, 'GET', '/api/v1/jongere/inzage', { token });
    expect(inzage.status).toBe(200);
    expect(inzage.body.ontvangers).toEqual([
      expect.objectContaining({
        delingId: j.delingId,
        organisatie: 'Werk & Inkomen IJssel-Vecht',
        grondslag: 'Jij hebt toestemming gegeven',
        actief: true,
        kanIntrekken: true,
      }),
    ]);
    const wie = inzage.body.inzagen.map((r: { wie: string }) => r.wie).join('|');
    expect(wie).toMatch(/Jij/);
    expect(wie).toMatch(/RMC-consulent/);
    expect(wie).toMatch(/Klantmanager Werk & Inkomen/);

    const ingetrokken = await call(api, 'POST', `/api/v1/jongere/toestemmingen/${j.delingId}/intrekken`, { token });
    expect(ingetrokken.status).toBe(200);
    expect(ingetrokken.body.ontvangers[0]).toMatchObject({ actief: false, kanIntrekken: false });
    expect(ingetrokken.body.ontvangers[0].ingetrokkenOp).toBeTruthy();
    expect((await call(api, 'GET', `/api/v1/casussen/${j.casusId}`, { token: wi })).status).toBe(404);
    expect((await call(api, 'POST', `/api/v1/jongere/toestemmingen/${j.delingId}/intrekken`, { token })).status).toBe(404);
    const { rows } = await api.su.query(`SELECT tekst FROM notificatie WHERE soort = 'jongere-bericht' AND link = $1`, [
      `/casussen/${j.casusId}`,
    ]);
    expect(rows.map((r) => r.tekst)).toContain('De jongere heeft een toestemming om gegevens te delen ingetrokken.');
    // Every access of theirs is audited with their pseudonym (and therefore in their own inzage).
    const { rows: audit } = await api.su.query(
      `SELECT actie, doel FROM audit_log WHERE rol = 'jongere' AND actor_id = $1 ORDER BY id`,
      [j.persoonId],
    );
    expect(audit.map((a) => a.actie)).toEqual(expect.arrayContaining(['login', 'read', 'share']));
  });

  it('strict slice: another person’s ids answer 404, professional routes refuse the young person’s session', async () => {
    const a = await jongereMetCasus();
    const b = await jongereMetCasus();
    const tokenA = await nodigUitEnLogIn(a);
    const tokenB = await nodigUitEnLogIn(b);
    // B tries A's action, A's consent and A's appointment.
    expect((await call(api, 'POST', `/api/v1/jongere/acties/${a.eigenActie}/gedaan`, { token: tokenB })).status).toBe(404);
    expect((await call(api, 'POST', `/api/v1/jongere/toestemmingen/${a.delingId}/intrekken`, { token: tokenB })).status).toBe(
      404,
    );
    const sleutelA = (await call(api, 'GET', '/api/v1/jongere/overzicht', { token: tokenA })).body.afspraken[0].sleutel;
    expect(
      (
        await call(api, 'POST', `/api/v1/jongere/afspraken/${sleutelA}/reactie`, {
          token: tokenB,
          body: { reactie: 'verzetten' },
        })
      ).status,
    ).toBe(404);
    // Nothing changed for A.
    const ovA = (await call(api, 'GET', '/api/v1/jongere/overzicht', { token: tokenA })).body;
    expect(ovA.acties.find((x: { id: string }) => x.id === a.eigenActie).status).toBe('open');
    expect(ovA.afspraken[0].reactie).toBeNull();
    const ovB = (await call(api, 'GET', '/api/v1/jongere/overzicht', { token: tokenB })).body;
    expect(ovB.casusId).toBe(b.casusId);
    expect(JSON.stringify(ovB)).not.toContain(a.casusId);

    // The young person's session opens no professional route, not even the account routes.
    expect((await call(api, 'GET', `/api/v1/casussen/${a.casusId}`, { token: tokenA })).status).toBe(403);
    expect((await call(api, 'GET', `/api/v1/personen/${a.persoonId}`, { token: tokenA })).status).toBe(403);
    expect((await call(api, 'GET', '/api/v1/auth/me', { token: tokenA })).status).toBe(403);
    expect((await call(api, 'GET', '/api/v1/notificaties', { token: tokenA })).status).toBe(403);
    // ... and a professional's session opens no youth route.
    expect((await call(api, 'GET', '/api/v1/jongere/overzicht', { token: consulent })).status).toBe(403);

    // RLS: in A's own context the database admits only A's rows, whatever the statement asks.
    const client = await api.su.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE rmc_app_rol');
      await client.query(
        `SELECT set_config('app.regio_id', (SELECT regio_id::text FROM jongere_account WHERE persoon_id = $1::uuid), true),
                set_config('app.persoon_id', $1::text, true), set_config('app.rol', 'jongere', true), set_config('app.casussen', '{}', true)`,
        [a.persoonId],
      );
      const casussen = (await client.query(`SELECT id FROM casus`)).rows.map((r) => r.id);
      expect(casussen).toEqual([a.casusId]);
      expect((await client.query(`SELECT id FROM persoon`)).rows.map((r) => r.id)).toEqual([a.persoonId]);
      expect((await client.query(`SELECT count(*)::int AS n FROM plan_actie WHERE casus_id = $1`, [b.casusId])).rows[0].n).toBe(
        0,
      );
      expect((await client.query(`SELECT count(*)::int AS n FROM partner_notitie`)).rows[0].n).toBe(0);
      expect((await client.query(`SELECT count(*)::int AS n FROM contactmoment`)).rows[0].n).toBe(0);
      const upd = await client.query(`UPDATE plan_actie SET status = 'gedaan' WHERE id = $1`, [a.partnerActie]);
      expect(upd.rowCount).toBe(0);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('the session is short: 15 minutes idle or 2 hours at most; logout ends it', async () => {
    const j = await jongereMetCasus();
    const token = await nodigUitEnLogIn(j);
    expect((await call(api, 'GET', '/api/v1/jongere/overzicht', { token })).status).toBe(200);
    await api.su.query(
      `UPDATE jongere_sessie SET laatst_actief_op = now() - interval '16 minutes' WHERE account_id = (SELECT id FROM jongere_account WHERE email = $1)`,
      [j.email],
    );
    expect((await call(api, 'GET', '/api/v1/jongere/overzicht', { token })).status).toBe(401);

    await call(api, 'POST', '/api/v1/jongere/code', { body: { email: j.email } });
    const t2 = (
      await call(api, 'POST', '/api/v1/jongere/inloggen', {
        body: { email: j.email, code: code(await mail(j.email, 'jongere-code-')) },
      })
    ).body.accessToken;
    await api.su.query(
      `UPDATE jongere_sessie SET aangemaakt_op = now() - interval '121 minutes' WHERE ingetrokken_op IS NULL AND account_id = (SELECT id FROM jongere_account WHERE email = $1)`,
      [j.email],
    );
    expect((await call(api, 'GET', '/api/v1/jongere/overzicht', { token: t2 })).status).toBe(401);

    await call(api, 'POST', '/api/v1/jongere/code', { body: { email: j.email } });
    const t3 = (
      await call(api, 'POST', '/api/v1/jongere/inloggen', {
        body: { email: j.email, code: code(await mail(j.email, 'jongere-code-')) },
      })
    ).body.accessToken;
    expect((await call(api, 'POST', '/api/v1/jongere/uitloggen', { token: t3 })).status).toBe(204);
    expect((await call(api, 'GET', '/api/v1/jongere/overzicht', { token: t3 })).status).toBe(401);
  });
});
