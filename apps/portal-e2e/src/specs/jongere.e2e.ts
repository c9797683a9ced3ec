import type { Page } from 'playwright-core';
import { api, apiLogin, apiOk, maakJongere, organisatieId } from '../support/api';
import { baseUrl, smtpMessages } from '../support/env';
import { dagenGeleden } from '../support/melding';
import { controleerPagina } from '../support/pagina';
import { sessiesPerSpec } from '../support/sessies';

const CONSULENT = 'consulent@ijssel-vecht.demo';
const WI = 'wi@ijssel-vecht.demo';
const WI_ORG = 'Werk & Inkomen IJssel-Vecht';
const LINK = /\/jongere\/welkom#link=[A-Za-z0-9_-]+/;
const over = (dagen: number) => dagenGeleden(-dagen);

/** Polls the SMTP sink for the youth channel's invitation to `email`; returns the link's path and fragment. */
async function wachtOpJongereLink(email: string, timeoutMs = 20_000): Promise<string> {
  const tot = Date.now() + timeoutMs;
  while (Date.now() < tot) {
    for (const bericht of [...((await smtpMessages()) as unknown[])].reverse()) {
      const inhoud = JSON.stringify(bericht);
      if (!inhoud.toLowerCase().includes(email.toLowerCase())) continue;
      const link = LINK.exec(inhoud);
      if (link) return link[0];
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Geen uitnodiging voor de jongere (${email}) binnen ${timeoutMs} ms`);
}

/**
 * Issue 15 part 2, the young person's channel at phone size (390×844): the consulent invites from the
 * case, the young person opens the link from the mail in the SMTP sink, sees goals and actions, confirms
 * an appointment, sends a message the consulent then sees, withdraws a consent, and the partner's next
 * request for the case is 404. Every page: screenshot + axe (0 violations).
 */
describe('Jongerenkanaal op de telefoon', () => {
  const { ingelogd, nieuwePagina } = sessiesPerSpec();
  let token: string;
  let casusId: string;
  const email = `jongere-${Date.now()}@example.org`;
  const bericht = `Ik heb een stageplek gevonden (${Date.now()})`;

  beforeAll(async () => {
    token = await apiLogin(CONSULENT);
    const jongere = await maakJongere(token, { voornaam: 'Sam', achternaam: 'Kanaal', postcode: '8011 AB' });
    const casus = await apiOk<{ id: string }>(token, 'POST', '/casussen', {
      persoonId: jongere.id,
      doelgroep: 'nieuw-vsv',
      bron: 'duo-lijst',
    });
    casusId = casus.id;
    await apiOk(token, 'PUT', `/casussen/${casusId}/plan`, {
      doelen: [{ omschrijving: 'Een opleiding in de zorg kiezen', status: 'open' }],
      contactafspraken: [
        { met: 'jongere', afspraak: 'Gesprek op het RMC-kantoor', volgendeDatum: over(7) },
        { met: 'jongere', afspraak: 'Bellen over de stage', volgendeDatum: over(14) },
      ],
    });
    await apiOk(token, 'POST', `/casussen/${casusId}/acties`, {
      omschrijving: 'Open dag van het ROC bezoeken',
      eigenaarJongere: true,
      deadline: over(10),
    });
    const wiOrg = await organisatieId(token, WI_ORG);
    await apiOk(token, 'POST', `/casussen/${casusId}/acties`, {
      omschrijving: 'Uitkering aanvragen',
      eigenaarOrganisatieId: wiOrg,
      deadline: over(5),
    });
    await apiOk(token, 'POST', `/casussen/${casusId}/delingen`, {
      organisatieId: wiOrg,
      grondslag: 'toestemming',
      toestemming: { datum: over(0), reikwijdte: 'Werk en inkomen', verlooptOp: over(180) },
      doel: 'Route naar werk',
      secties: ['basis', 'acties'],
      eindDatum: over(90),
    });
  });

  it('de consulent nodigt uit; de jongere logt in met de link, bevestigt een afspraak, stuurt een bericht en trekt een toestemming in', async () => {
    // 1. The consulent invites from the case.
    const consulent = await ingelogd(CONSULENT);
    await consulent.goto(`${baseUrl}/casussen/${casusId}`);
    await consulent.getByRole('heading', { level: 2, name: 'Eigen pagina voor de jongere' }).waitFor();
    await consulent.getByLabel('E-mailadres van de jongere').fill(email);
    await consulent.getByRole('button', { name: 'Jongere uitnodigen' }).click();
    await consulent
      .getByRole('status')
      .filter({ hasText: `Uitnodiging verstuurd naar ${email}` })
      .waitFor();
    await controleerPagina(consulent, 'jongere-01-consulent-uitgenodigd');

    // 2. The young person opens the link from the mail on a phone.
    const link = await wachtOpJongereLink(email);
    const jongere: Page = await nieuwePagina();
    await jongere.setViewportSize({ width: 390, height: 844 });
    await jongere.goto(`${baseUrl}${link}`);
    await jongere.getByRole('heading', { level: 1, name: 'Hoi Sam' }).waitFor();
    expect(new URL(jongere.url()).pathname).toBe('/jongere');
    expect(new URL(jongere.url()).hash).toBe('');
    await controleerPagina(jongere, 'jongere-02-mijn-pagina');

    // 3. Goals and actions: their own, and the one W&I took on for them.
    await jongere.getByText('Een opleiding in de zorg kiezen').waitFor();
    await jongere.getByText('Open dag van het ROC bezoeken', { exact: true }).waitFor();
    await jongere.getByText(/Uitkering aanvragen — Werk & Inkomen IJssel-Vecht/).waitFor();

    // 4. Confirms the appointment.
    await jongere.getByRole('button', { name: 'Ik kom' }).first().click();
    await jongere.getByRole('status').filter({ hasText: 'Je hebt de afspraak bevestigd.' }).waitFor();
    await jongere.getByText('Je hebt deze afspraak bevestigd.').waitFor();
    await controleerPagina(jongere, 'jongere-03-afspraak-bevestigd');

    // 4b. Asks to move the other one, with a short text; the consulent reads it with the plan.
    await jongere.getByRole('button', { name: 'Ik wil een andere dag' }).click();
    await jongere.getByLabel('Welke dag of tijd past jou beter?').fill('Dinsdagmiddag past beter');
    await controleerPagina(jongere, 'jongere-03b-verzetten');
    await jongere.getByRole('button', { name: 'Vraag om te verzetten' }).click();
    await jongere.getByRole('status').filter({ hasText: 'Je consulent weet dat je de afspraak wilt verzetten.' }).waitFor();
    await jongere.getByText('Je hebt gevraagd deze afspraak te verzetten.').waitFor();
    await consulent.goto(`${baseUrl}/casussen/${casusId}?onderdeel=plan`);
    await consulent.getByRole('columnheader', { name: 'Reactie van de jongere' }).first().waitFor();
    await consulent
      .getByText(/Wil verzetten \(.*\): "Dinsdagmiddag past beter"/)
      .first()
      .waitFor();
    await controleerPagina(consulent, 'jongere-03c-consulent-ziet-reactie');

    // 5. Sends a message; the consulent sees it as a note on the case.
    await jongere.getByLabel('Stuur een bericht aan je consulent').fill(bericht);
    await jongere.getByRole('button', { name: 'Bericht sturen' }).click();
    await jongere.getByRole('status').filter({ hasText: 'Je bericht is verstuurd naar je consulent.' }).waitFor();
    await controleerPagina(jongere, 'jongere-04-bericht-verstuurd');

    await consulent.goto(`${baseUrl}/casussen/${casusId}?onderdeel=notities`);
    await consulent.getByText(`Bericht van de jongere: ${bericht}`).waitFor();
    await controleerPagina(consulent, 'jongere-05-consulent-ziet-bericht');

    // 6. The partner reads the case now; the young person withdraws the consent; the partner's next request is 404.
    const wi = await apiLogin(WI);
    expect((await api(wi, 'GET', `/casussen/${casusId}`)).status).toBe(200);
    await jongere.getByRole('link', { name: 'Wie heeft je gegevens gekregen of bekeken?' }).click();
    await jongere.getByRole('heading', { level: 1, name: 'Wie heeft je gegevens?' }).waitFor();
    await jongere
      .getByText(/Jij bent ingelogd op je eigen pagina/)
      .first()
      .waitFor();
    await controleerPagina(jongere, 'jongere-06-inzage');
    await jongere.getByRole('button', { name: `Toestemming intrekken voor ${WI_ORG}` }).click();
    await jongere.getByRole('button', { name: 'Ja, stop met delen' }).click();
    await jongere.getByRole('status').filter({ hasText: 'Je toestemming is ingetrokken.' }).waitFor();
    await jongere.getByText(/gestopt op/).waitFor();
    await controleerPagina(jongere, 'jongere-07-toestemming-ingetrokken');
    expect((await api(wi, 'GET', `/casussen/${casusId}`)).status).toBe(404);
  });
});
