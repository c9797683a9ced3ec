import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { api, apiLogin, apiOk, maakJongere, organisatieId, type TestJongere } from '../support/api';
import { baseUrl } from '../support/env';
import { COORDINATOR } from '../support/login';
import { dagenGeleden } from '../support/melding';
import { bewaarScreenshot, controleerPagina, expectNoA11yViolations } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const CONSULENT = 'consulent@ijssel-vecht.demo';
const TWENTE = 'coordinator@twente.demo';
const WI = 'wi@ijssel-vecht.demo';
const WIJKTEAM = 'wijkteam@ijssel-vecht.demo';
const WI_ORG = 'Werk & Inkomen IJssel-Vecht';
/** Zwolle (IJssel-Vecht) and Enschede (Twente), from the demo reference data. */
const POSTCODE_IJSSEL_VECHT = '8011 AB';
const POSTCODE_TWENTE = '7511 AB';
const GRONDSLAG = 'Verhuisd naar Enschede volgens de BRP; wettelijke taak RMC (art. 8 Wet RMC).';
const ACTIE = 'Intakegesprek bij het leerwerkloket';
const over = (dagen: number) => dagenGeleden(-dagen);

interface InzageBundel {
  persoon: { bsn: string };
  casussen: unknown[];
  ontvangers: Array<{ organisatie: string }>;
  inzagen: Array<{ actor: string | null; actie: string; subject_type: string }>;
}

/**
 * Warm handover and the person's rights through the browser. The IJssel-Vecht consulent hands a case
 * over to Twente with the form (a postcode outside Twente is refused at the field); the Twente
 * coördinator finds the package under Overdrachten, accepts it and lands on the new case; the
 * IJssel-Vecht case is closed as overgedragen. Then an inzageverzoek downloads the JSON bundle, which
 * lists the consulent's own read of the case, with a summary on the page; the coördinator erases the
 * person after confirming (refused while the case runs) and the person is gone from the list.
 * The young people are created for this spec (test BSNs), so no demo person is used up or erased.
 * Every page and state: screenshot + axe.
 */
describe('Warme overdracht en de rechten van de jongere', () => {
  const { ingelogd } = sessiesPerSpec();
  let consulent: Page;
  let token = '';
  let verhuizer: TestJongere;
  let verhuizerNaam = '';
  let casusId = '';

  beforeAll(async () => {
    token = await apiLogin(CONSULENT);
  });

  async function meldt(page: Page, tekst: string | RegExp): Promise<void> {
    await page.getByRole('status').filter({ hasText: tekst }).waitFor();
  }

  /** The dd next to a dt in the page's data list. */
  const gegeven = (page: Page, term: string) =>
    page.locator(`xpath=//dt[normalize-space()="${term}"]/following-sibling::dd[1]`).first();

  it('een open casus met scan en open actie (voorbereid via de API)', async () => {
    verhuizer = await maakJongere(token, {
      voornaam: 'Noa',
      achternaam: 'Brink',
      postcode: POSTCODE_IJSSEL_VECHT,
      geboortedatum: '2005-09-14',
    });
    verhuizerNaam = `${verhuizer.voornaam} ${verhuizer.achternaam}`;
    casusId = (
      await apiOk<{ id: string }>(token, 'POST', '/casussen', {
        persoonId: verhuizer.id,
        doelgroep: 'oud-vsv',
        bron: 'eigen-onderzoek',
      })
    ).id;
    await apiOk(token, 'PUT', `/casussen/${casusId}/signalering`, {
      actieNodig: true,
      toelichting: 'Geen opleiding en geen werk; wil graag weer leren.',
    });
    await apiOk(token, 'POST', `/casussen/${casusId}/scans`, {
      datum: dagenGeleden(2),
      scores: { 'werk-en-opleiding': { score: 2, notitie: 'Geen inschrijving sinds de zomer.' }, huisvesting: { score: 4 } },
    });
    await apiOk(token, 'POST', `/casussen/${casusId}/acties`, { omschrijving: ACTIE, deadline: over(14) });
  });

  it('de consulent van IJssel-Vecht draagt de casus via het formulier over aan Twente', async () => {
    consulent = await ingelogd(CONSULENT);
    await consulent.goto(`${baseUrl}/casussen/${casusId}`);
    await consulent.getByRole('heading', { level: 1, name: `Casus ${verhuizerNaam}` }).waitFor();
    await consulent.getByRole('heading', { level: 2, name: 'Warme overdracht' }).waitFor();
    await consulent
      .locator('summary')
      .filter({ hasText: /^Overdragen$/ })
      .click();
    await consulent.getByRole('group', { name: 'Overdragen aan' }).waitFor();
    await controleerPagina(consulent, 'overdracht-01-formulier');

    // Nothing chosen: the errors at the fields and in the summary.
    await consulent.getByRole('button', { name: 'Casus overdragen' }).click();
    await consulent.locator('#overdracht-soort-fout').filter({ hasText: 'Kies aan wie u de casus overdraagt.' }).waitFor();
    await consulent.locator('#overdracht-grondslag-fout').waitFor();
    expect(await consulent.locator('#overdracht-grondslag').getAttribute('aria-invalid')).toBe('true');
    await controleerPagina(consulent, 'overdracht-02-veldfouten');

    // At the age limit: leerplicht and W&I of the own region, nothing else.
    await consulent.getByLabel('Leerplicht of Werk & Inkomen in uw regio').check();
    const organisatie = consulent.getByLabel('Ontvangende organisatie');
    await organisatie.locator('option', { hasText: WI_ORG }).waitFor({ state: 'attached' });
    expect((await organisatie.locator('option').allInnerTexts()).filter((t) => t.includes('IJssel-Vecht')).sort()).toEqual([
      'Leerplicht IJssel-Vecht (Leerplicht)',
      `${WI_ORG} (Werk & Inkomen)`,
    ]);

    await consulent.getByLabel('Een andere regio', { exact: true }).check();
    const regio = consulent.getByLabel('Ontvangende regio');
    await regio.locator('option', { hasText: 'Twente' }).waitFor({ state: 'attached' });
    expect(await regio.locator('option', { hasText: 'IJssel-Vecht' }).count()).toBe(0);
    await regio.selectOption({ label: 'Twente' });
    await consulent.getByText(/Gemeenten in Twente: .*Enschede/).waitFor();
    // A postcode in the own region is refused by the API, shown at the field.
    await consulent.getByLabel('Nieuwe postcode van de jongere').fill(POSTCODE_IJSSEL_VECHT);
    await consulent.getByLabel('Grondslag', { exact: true }).fill(GRONDSLAG);
    await consulent
      .getByLabel(/Toelichting voor de ontvanger/)
      .fill('Jongere weet van de overdracht; bel mij gerust voor een warm gesprek.');
    await consulent.getByRole('button', { name: 'Casus overdragen' }).click();
    const dialoog = consulent.getByRole('dialog');
    await dialoog.getByRole('heading', { name: 'Casus overdragen aan Twente?' }).waitFor();
    await bewaarScreenshot(consulent, 'overdracht-03-bevestigen');
    await expectNoA11yViolations(consulent, 'overdracht-03-bevestigen');
    await dialoog.getByRole('button', { name: 'Overdragen', exact: true }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await consulent
      .locator('#overdracht-nieuwePostcode-fout')
      .filter({ hasText: 'Deze postcode ligt niet in de gekozen regio.' })
      .waitFor();
    await consulent.getByRole('alert').filter({ hasText: 'Deze postcode ligt niet in de gekozen regio.' }).waitFor();
    expect((await api<{ fase: string }>(token, 'GET', `/casussen/${casusId}`)).body.fase).toBe('waarnemen');
    await controleerPagina(consulent, 'overdracht-04-postcode-buiten-regio');

    await consulent.getByLabel('Nieuwe postcode van de jongere').fill(POSTCODE_TWENTE);
    await consulent.getByRole('button', { name: 'Casus overdragen' }).click();
    await dialoog.getByRole('button', { name: 'Overdragen', exact: true }).click();
    await meldt(consulent, 'De casus is overgedragen aan Twente en afgesloten met de reden ‘overgedragen’.');
    await consulent.getByRole('heading', { level: 2, name: 'Fase: Afgesloten' }).waitFor();
    expect(await gegeven(consulent, 'Reden van afsluiten').innerText()).toBe('Overgedragen (23+/27+ of andere regio)');
    expect(await consulent.getByRole('heading', { level: 2, name: 'Warme overdracht' }).count()).toBe(0);
    await controleerPagina(consulent, 'overdracht-05-overgedragen');
  });

  it('de coördinator van Twente ziet het pakket onder Overdrachten, accepteert en opent de nieuwe casus', async () => {
    const twente = await ingelogd(TWENTE);
    await naarViaMenu(twente, 'Overdrachten', 'Overdrachten');
    const aangeboden = twente.getByRole('region', { name: 'Aan u aangeboden', exact: true });
    const kop = twente.getByRole('heading', { level: 3, name: verhuizerNaam });
    const pakket = aangeboden.getByRole('listitem').filter({ has: kop });
    await pakket.waitFor();
    // The package: person with the new postcode, doelgroep, open action, last scan, grondslag, sender.
    for (const tekst of [
      'Aangeboden',
      'Van IJssel-Vecht',
      '14-09-2005',
      POSTCODE_TWENTE,
      'Oud-vsv’er',
      ACTIE,
      'Werk en opleiding: 2 van 5 — Geen inschrijving sinds de zomer.',
      GRONDSLAG,
      'Consulent IJssel-Vecht',
    ])
      await pakket.getByText(tekst, { exact: false }).first().waitFor();
    await controleerPagina(twente, 'overdracht-10-twente-aangeboden');

    await pakket.getByRole('button', { name: `Accepteren (overdracht van ${verhuizerNaam})` }).click();
    await meldt(twente, `De overdracht van ${verhuizerNaam} is geaccepteerd. Er is een casus geopend in uw regio.`);
    const naarCasus = twente.getByRole('link', { name: `Naar de casus van ${verhuizerNaam}` });
    await naarCasus.waitFor();
    await pakket.getByText('Geaccepteerd').waitFor();
    expect(await pakket.getByRole('button', { name: /^Accepteren/ }).count()).toBe(0);
    await controleerPagina(twente, 'overdracht-11-twente-geaccepteerd');

    await naarCasus.click();
    await twente.waitForURL((url) => /^\/casussen\/[0-9a-f-]{36}$/.test(url.pathname));
    const nieuweCasus = new URL(twente.url()).pathname.split('/').pop()!;
    expect(nieuweCasus).not.toBe(casusId);
    await twente.getByRole('heading', { level: 1, name: `Casus ${verhuizerNaam}` }).waitFor();
    expect(await gegeven(twente, 'Postcode').innerText()).toBe(POSTCODE_TWENTE);
    expect(await gegeven(twente, 'Doelgroep').innerText()).toBe('Oud-vsv’er');
    expect(await gegeven(twente, 'Bron').innerText()).toBe('Ketenpartner');
    await controleerPagina(twente, 'overdracht-12-twente-nieuwe-casus');
    // The new case is Twente's: IJssel-Vecht cannot open it.
    expect((await api(token, 'GET', `/casussen/${nieuweCasus}`)).status).toBe(404);
  });

  it('in IJssel-Vecht is de casus afgesloten als overgedragen en staat de overdracht als geaccepteerd', async () => {
    await naarViaMenu(consulent, 'Overdrachten', 'Overdrachten');
    const uitgaand = consulent.getByRole('region', { name: 'Door uw regio overgedragen', exact: true });
    const rij = uitgaand.getByRole('row', { name: new RegExp(verhuizerNaam) });
    await rij.getByRole('cell', { name: 'Twente', exact: true }).waitFor();
    await rij.getByText('Geaccepteerd').waitFor();
    await controleerPagina(consulent, 'overdracht-20-ijssel-vecht-uitgaand');

    await consulent.goto(`${baseUrl}/casussen/${casusId}`);
    await consulent.getByRole('heading', { level: 2, name: 'Fase: Afgesloten' }).waitFor();
    expect(await gegeven(consulent, 'Fase').innerText()).toBe('Afgesloten');
    expect(await gegeven(consulent, 'Reden van afsluiten').innerText()).toBe('Overgedragen (23+/27+ of andere regio)');
  });

  it('W&I ziet een overdracht aan de eigen organisatie onder Overdrachten en bevestigt de ontvangst; het wijkteam heeft het menu-item niet', async () => {
    // At the age limit, to W&I of the own region (prepared through the API).
    const ouder = await maakJongere(token, {
      voornaam: 'Iris',
      achternaam: 'Lammers',
      postcode: POSTCODE_IJSSEL_VECHT,
      geboortedatum: '2003-01-20',
    });
    const ouderCasus = (
      await apiOk<{ id: string }>(token, 'POST', '/casussen', { persoonId: ouder.id, doelgroep: '23-27', bron: 'loket' })
    ).id;
    await apiOk(token, 'POST', `/casussen/${ouderCasus}/overdracht`, {
      soort: 'organisatie',
      naarOrganisatieId: await organisatieId(token, WI_ORG),
      grondslag: 'Leeftijdsgrens bereikt; W&I neemt de begeleiding naar werk over.',
    });

    const wi = await ingelogd(WI);
    await naarViaMenu(wi, 'Overdrachten', 'Overdrachten');
    const pakket = wi
      .getByRole('region', { name: 'Aan u aangeboden', exact: true })
      .getByRole('listitem')
      .filter({ has: wi.getByRole('heading', { level: 3, name: 'Iris Lammers' }) });
    await pakket.getByText(`Van IJssel-Vecht aan ${WI_ORG}`).waitFor();
    await pakket.getByText('Leeftijdsgrens bereikt; W&I neemt de begeleiding naar werk over.').waitFor();
    expect(await wi.getByRole('button', { name: /^Accepteren/ }).count()).toBe(0);
    expect(await wi.getByRole('heading', { level: 2, name: 'Door uw regio overgedragen' }).count()).toBe(0);
    await controleerPagina(wi, 'overdracht-25-wi-overdrachten');
    // W&I confirms receipt; the sending region then sees the handover as accepted.
    await pakket.getByRole('button', { name: /^Ontvangst bevestigen/ }).click();
    await wi.getByRole('status').filter({ hasText: 'De ontvangst van de overdracht van Iris Lammers is bevestigd.' }).waitFor();
    await pakket.getByText('U heeft de ontvangst van dit pakket bevestigd.').waitFor();
    const wijkteam = await ingelogd(WIJKTEAM);
    await wijkteam
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gedeelde casussen', exact: true })
      .waitFor();
    expect(
      await wijkteam
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Overdrachten', exact: true })
        .count(),
    ).toBe(0);
  });

  describe('inzageverzoek en wissen op verzoek', () => {
    let jongere: TestJongere;
    let naam = '';
    let inzageCasus = '';

    it('een casus die met W&I is gedeeld (voorbereid via de API); de consulent opent de casus', async () => {
      jongere = await maakJongere(token, {
        voornaam: 'Sem',
        achternaam: 'Wolters',
        postcode: '8043 AB',
        geboortedatum: '2006-02-03',
      });
      naam = `${jongere.voornaam} ${jongere.achternaam}`;
      inzageCasus = (
        await apiOk<{ id: string }>(token, 'POST', '/casussen', { persoonId: jongere.id, doelgroep: 'nieuw-vsv', bron: 'loket' })
      ).id;
      await apiOk(token, 'POST', `/casussen/${inzageCasus}/delingen`, {
        organisatieId: await organisatieId(token, WI_ORG),
        grondslag: 'toestemming',
        toestemming: { datum: dagenGeleden(1), reikwijdte: 'Werk en inkomen', verlooptOp: over(30) },
        doel: 'Route naar werk',
        secties: ['basis'],
        eindDatum: over(30),
      });
      // The read that the inzage must show: the consulent opens the case in the browser.
      await consulent.goto(`${baseUrl}/casussen/${inzageCasus}`);
      await consulent.getByRole('heading', { level: 1, name: `Casus ${naam}` }).waitFor();
    });

    it('de consulent downloadt het inzagebestand; de samenvatting noemt wie het dossier heeft ingezien', async () => {
      await naarViaMenu(consulent, 'Jongeren', 'Jongeren');
      await consulent.getByRole('link', { name: naam, exact: true }).click();
      await consulent.getByRole('heading', { level: 1, name: naam }).waitFor();
      await consulent.getByRole('heading', { level: 2, name: 'Inzageverzoek' }).waitFor();
      // The person's timeline across cases: the case opened through the API is on it.
      const tijdlijn = consulent.getByRole('list', { name: 'Tijdlijn' });
      await tijdlijn
        .getByRole('listitem')
        .filter({ hasText: /Casus aangemaakt \(bron: / })
        .first()
        .waitFor();
      // Erasure is for the coördinator.
      expect(await consulent.getByRole('heading', { level: 2, name: 'Gegevens wissen' }).count()).toBe(0);
      await controleerPagina(consulent, 'overdracht-30-persoon');

      const [download] = await Promise.all([
        consulent.waitForEvent('download'),
        consulent.getByRole('button', { name: 'Inzagebestand downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^inzage-\d{4}-\d{2}-\d{2}\.json$/);
      const bundel = JSON.parse(await readFile((await download.path())!, 'utf8')) as InzageBundel;
      expect(bundel.persoon.bsn).toBe(jongere.bsn);
      expect(bundel.casussen).toHaveLength(1);
      expect(bundel.ontvangers.map((o) => o.organisatie)).toEqual([WI_ORG]);
      expect(bundel.inzagen).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ actor: 'Consulent IJssel-Vecht', actie: 'read', subject_type: 'Casus' }),
        ]),
      );

      await meldt(consulent, /Het inzagebestand is gedownload \(inzage-\d{4}-\d{2}-\d{2}\.json\)/);
      await consulent.getByRole('heading', { level: 3, name: 'Samenvatting van het inzagebestand' }).waitFor();
      expect(await gegeven(consulent, 'Casussen').innerText()).toBe('1');
      expect(await gegeven(consulent, 'Delingen met organisaties').innerText()).toBe('1');
      await consulent
        .getByRole('region', { name: 'Organisaties waarmee gegevens zijn gedeeld' })
        .getByRole('cell', { name: WI_ORG })
        .waitFor();
      const lezers = consulent.getByRole('region', { name: 'Wie heeft het dossier ingezien', exact: true });
      await lezers
        .getByRole('row')
        .filter({ has: consulent.getByRole('cell', { name: 'Consulent IJssel-Vecht', exact: true }) })
        .filter({ has: consulent.getByRole('cell', { name: 'Ingezien', exact: true }) })
        .filter({ has: consulent.getByRole('cell', { name: 'Casus', exact: true }) })
        .first()
        .waitFor();
      await controleerPagina(consulent, 'overdracht-31-inzage-samenvatting');

      // The readable version for the young person: a real PDF, named without personal data.
      const [pdf] = await Promise.all([
        consulent.waitForEvent('download'),
        consulent.getByRole('button', { name: 'Als pdf downloaden' }).click(),
      ]);
      expect(pdf.suggestedFilename()).toMatch(/^inzage-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect((await readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await meldt(consulent, /Het inzageoverzicht is als pdf gedownload/);
    });

    it('de coördinator wist de gegevens na bevestiging; de jongere staat niet meer in de lijst', async () => {
      const coordinator = await ingelogd(COORDINATOR);
      await naarViaMenu(coordinator, 'Jongeren', 'Jongeren');
      await coordinator.getByRole('link', { name: naam, exact: true }).click();
      await coordinator.getByRole('heading', { level: 1, name: naam }).waitFor();
      await coordinator.locator('summary').filter({ hasText: 'Gegevens wissen op verzoek' }).click();
      const knop = coordinator.getByRole('button', { name: 'Gegevens definitief wissen' });

      // Without a reason and without the confirmation: nothing happens but the errors.
      await knop.click();
      await coordinator.locator('#wissen-reden-fout').waitFor();
      await coordinator
        .locator('#wissen-bevestiging-fout')
        .filter({ hasText: 'Bevestig dat u alle gegevens definitief wilt wissen.' })
        .waitFor();
      await controleerPagina(coordinator, 'overdracht-40-wissen-veldfouten');

      // While the case runs the API refuses; the reason is shown.
      await coordinator.getByLabel('Verzoek en grond').fill('Verzoek van de jongere van vandaag (art. 17 AVG).');
      await coordinator.getByLabel('Ik begrijp dat alle gegevens van deze jongere definitief worden gewist').check();
      await knop.click();
      await coordinator.getByRole('alert').filter({ hasText: 'Deze jongere heeft een lopende casus' }).waitFor();
      await controleerPagina(coordinator, 'overdracht-41-wissen-lopende-casus');

      await apiOk(token, 'PUT', `/casussen/${inzageCasus}/signalering`, {
        actieNodig: false,
        toelichting: 'Heeft zelf werk gevonden; geen actie meer nodig.',
      });
      await apiOk(token, 'POST', `/casussen/${inzageCasus}/fase`, { naar: 'afgesloten', sluitreden: 'werk' });
      await knop.click();
      await coordinator.waitForURL((url) => url.pathname === '/personen');
      await meldt(
        coordinator,
        'De gegevens van de jongere zijn gewist. 1 medewerker van een partnerorganisatie heeft bericht gekregen.',
      );
      await coordinator.getByRole('heading', { level: 1, name: 'Jongeren' }).waitFor();
      await coordinator.waitForLoadState('networkidle');
      expect(await coordinator.getByRole('link', { name: naam, exact: true }).count()).toBe(0);
      await controleerPagina(coordinator, 'overdracht-42-gewist');
      expect((await api(token, 'GET', `/personen/${jongere.id}`)).status).toBe(404);
    });
  });
});
