import type { Page } from 'playwright-core';
import { apiLogin } from '../support/api';
import { casusMetContact } from '../support/casus';
import { baseUrl } from '../support/env';
import { dagenGeleden, isDemoBsn } from '../support/melding';
import { bewaarScreenshot, controleerPagina, expectNoA11yViolations } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const CONSULENT = 'consulent@ijssel-vecht.demo';
const COORDINATOR = 'coordinator@ijssel-vecht.demo';
const WI = 'wi@ijssel-vecht.demo';
const WIJKTEAM = 'wijkteam@ijssel-vecht.demo';
const WI_ORG = 'Werk & Inkomen IJssel-Vecht';
const WIJKTEAM_ORG = 'Wijkteam IJssel-Vecht';
const WI_ACTIE = 'Aanvraag bijzondere bijstand';
const WIJKTEAM_ACTIE = 'Huisbezoek met moeder';
const over = (dagen: number) => dagenGeleden(-dagen);

interface Persoon {
  id: string;
  bsn?: string;
  voornaam?: string;
  achternaam?: string;
}

/**
 * Issue 4, first acceptance line, through the browser: the IJssel-Vecht consulent takes a case (a demo
 * jongere without one) from signalering through intake and scan to a plan with a W&I and a wijkteam
 * action, shares it with W&I (toestemming) and the wijkteam (wettelijke taak, four steps); each partner
 * sees only its shared sections and its own action (no absence detail, not the other's domains);
 * the consulent withdraws the W&I share and the W&I user's next page load says "niet gevonden".
 * Every page and state: screenshot + axe.
 */
describe('Casus door de fasen, gedeeld met ketenpartners', () => {
  const { ingelogd } = sessiesPerSpec();
  let consulent: Page;
  let wi: Page;
  let wijkteam: Page;
  let naam = '';
  let casusPad = '';

  const onderdelen = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen van de casus' });

  async function naarOnderdeel(page: Page, label: string, kop: string): Promise<void> {
    await onderdelen(page).getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: kop }).waitFor();
  }

  async function meldt(page: Page, tekst: string | RegExp): Promise<void> {
    await page.getByRole('status').filter({ hasText: tekst }).waitFor();
  }

  /** The session's own API view (same cookie as the page), as a user's browser would see it. */
  async function haal<T>(page: Page, pad: string): Promise<T> {
    const antwoord = await page.request.get(`${baseUrl}/api/v1${pad}`);
    expect(antwoord.status()).toBe(200);
    return (await antwoord.json()) as T;
  }

  it('de consulent neemt een casus van signalering via intake en scan tot een plan met een W&I- en een wijkteamactie', async () => {
    consulent = await ingelogd(CONSULENT);
    await naarViaMenu(consulent, 'Caseload', 'Caseload');
    await controleerPagina(consulent, 'casus-01-caseload');

    // The e2e database is shared by every spec in the run: pick a demo jongere without a case now.
    const personen = (await haal<{ items: Persoon[] }>(consulent, '/personen?limit=100')).items;
    const casussen = (await haal<{ items: Array<{ voornaam: string; achternaam: string }> }>(consulent, '/casussen?limit=100'))
      .items;
    const bezet = new Set(casussen.map((c) => `${c.voornaam} ${c.achternaam}`));
    const jongere = personen.find((p) => isDemoBsn(p.bsn) && !bezet.has(`${p.voornaam} ${p.achternaam}`));
    expect(jongere).toBeDefined();
    naam = `${jongere!.voornaam} ${jongere!.achternaam}`;

    await consulent.getByRole('link', { name: 'Nieuwe casus' }).click();
    await consulent.getByRole('heading', { level: 1, name: 'Nieuwe casus' }).waitFor();
    await consulent.getByRole('button', { name: 'Casus aanmaken' }).click();
    await consulent.locator('#casus-persoonId-fout').filter({ hasText: 'Kies een jongere.' }).waitFor();
    expect(await consulent.locator('#casus-persoonId').getAttribute('aria-invalid')).toBe('true');
    await controleerPagina(consulent, 'casus-02-nieuw-veldfouten');

    await consulent.locator('#casus-persoonId').selectOption(jongere!.id);
    await consulent.locator('#casus-doelgroep').selectOption('nieuw-vsv');
    await consulent.locator('#casus-bron').selectOption('duo-lijst');
    await consulent.getByLabel(/Toelichting op de bron/).fill('DUO-lijst nieuwe vsv’ers, oktober.');
    await consulent.getByRole('button', { name: 'Casus aanmaken' }).click();
    await consulent.waitForURL((url) => /^\/casussen\/[0-9a-f-]{36}$/.test(url.pathname));
    casusPad = new URL(consulent.url()).pathname;
    await consulent.getByRole('heading', { level: 1, name: `Casus ${naam}` }).waitFor();
    await meldt(consulent, 'De casus is aangemaakt');

    // Waarnemen: the step to Analyseren is not offered, and the reason is given.
    await consulent.getByRole('heading', { level: 2, name: 'Fase: Waarnemen' }).waitFor();
    await consulent.getByText(/Naar Analyseren: Leg eerst het oordeel signalering vast/).waitFor();
    expect(await consulent.getByRole('button', { name: 'Naar Analyseren' }).count()).toBe(0);
    await controleerPagina(consulent, 'casus-03-overzicht-waarnemen');

    await naarOnderdeel(consulent, 'Signalering', 'Oordeel signalering');
    await consulent.getByLabel('Ja, directe actie is nodig').check();
    await consulent
      .getByLabel('Toelichting', { exact: true })
      .fill('Geen inschrijving en geen werk sinds september; niet bereikbaar voor school.');
    await consulent.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await meldt(consulent, 'Het oordeel signalering is vastgelegd.');
    await controleerPagina(consulent, 'casus-04-signalering');

    await naarOnderdeel(consulent, 'Overzicht', 'Gegevens');
    await consulent.getByRole('button', { name: 'Naar Analyseren' }).click();
    await meldt(consulent, 'De casus is nu in de fase Analyseren.');
    await consulent.getByText(/Naar Plannen: Leg eerst het intakegesprek vast/).waitFor();

    await naarOnderdeel(consulent, 'Intake', 'Intakegesprek');
    await consulent
      .getByLabel('Wat is je huidige situatie (school, werk, dagbesteding)?')
      .fill('Thuis, geen school of werk sinds september.');
    await consulent.getByLabel('Wat wil je bereiken?').fill('Een opleiding in de zorg.');
    await consulent.getByLabel('Wie zijn belangrijk voor je?').fill('Moeder en een oom.');
    await consulent.getByLabel('Welke hulp heb je nu?').fill('Geen.');
    await consulent.getByLabel('Wat heb je nodig?').fill('Hulp bij geldzaken en bij het kiezen van een opleiding.');
    await consulent.getByRole('button', { name: 'Intake vastleggen' }).click();
    await meldt(consulent, 'Het intakegesprek is vastgelegd.');
    await controleerPagina(consulent, 'casus-05-intake');

    // The Big 5 ("Vijf basisvoorwaarden", Dutch labels) on the same tab: a note without a state is refused at the field, then saved.
    const big5 = consulent.getByRole('region', { name: 'Vijf basisvoorwaarden' });
    await big5.getByLabel('Toelichting wonen').fill('Woont bij moeder, kamer is tijdelijk.');
    await big5.getByRole('button', { name: 'Basisvoorwaarden vastleggen' }).click();
    await big5.getByText('Kies hoe het ervoor staat met wonen.').first().waitFor();
    await big5
      .getByRole('group', { name: /^Wonen/ })
      .getByLabel('Deels op orde', { exact: true })
      .check();
    await big5
      .getByRole('group', { name: /^Steunfiguur/ })
      .getByLabel('Op orde', { exact: true })
      .check();
    await big5.getByRole('button', { name: 'Basisvoorwaarden vastleggen' }).click();
    await meldt(consulent, 'De basisvoorwaarden zijn vastgelegd.');
    await controleerPagina(consulent, 'casus-05b-big5');

    await naarOnderdeel(consulent, 'Leefgebieden', 'Leefgebieden');
    await consulent.getByText('Feiten en ondersteuningsbehoeften, geen diagnoses.').waitFor();
    const scoor = async (domein: string, score: string, notitie?: string) => {
      await consulent.locator(`#scan-${domein}-score`).selectOption(score);
      if (notitie) await consulent.locator(`#scan-${domein}-notitie`).fill(notitie);
    };
    // A note without a score is refused at the field.
    await consulent.locator('#scan-justitie-notitie').fill('Geen contact met justitie bekend.');
    await consulent.getByRole('button', { name: 'Scan opslaan' }).click();
    await consulent.locator('#scan-justitie-score-fout').waitFor();
    await controleerPagina(consulent, 'casus-06-scan-veldfout');
    await consulent.locator('#scan-justitie-notitie').fill('');
    await scoor('werk-en-opleiding', '2', 'Geen inschrijving, geen werk.');
    await scoor('financien-schulden', '2', 'Betalingsachterstand zorgverzekering.');
    await scoor('gezin', '3', 'Woont bij moeder.');
    await scoor('huisvesting', '4');
    await scoor('gezondheid', '3', 'Slaapt slecht.');
    await consulent.getByRole('button', { name: 'Scan opslaan' }).click();
    await meldt(consulent, 'De scan is opgeslagen (5 leefgebieden).');
    // A second scan shows progress in the chart.
    await scoor('werk-en-opleiding', '3', 'Oriënteert zich op een opleiding.');
    await scoor('gezin', '3');
    await consulent.getByRole('button', { name: 'Scan opslaan' }).click();
    await meldt(consulent, 'De scan is opgeslagen (2 leefgebieden).');
    await consulent.getByRole('img', { name: /Scores per leefgebied over tijd.*Werk en opleiding: 2 \(.*\), 3 \(/ }).waitFor();
    await consulent.getByText('Tabel bij “Scores per leefgebied over tijd”').click();
    await consulent.getByRole('rowheader', { name: 'Financiën / schulden' }).first().waitFor();
    await controleerPagina(consulent, 'casus-07-leefgebieden');

    await naarOnderdeel(consulent, 'Overzicht', 'Gegevens');
    await consulent.getByRole('button', { name: 'Naar Plannen' }).click();
    await meldt(consulent, 'De casus is nu in de fase Plannen.');

    await naarOnderdeel(consulent, 'Plan', 'Plan van aanpak');
    await consulent.getByLabel('Omschrijving').fill(WI_ACTIE);
    await consulent.getByLabel('Eigenaar').selectOption({ label: WI_ORG });
    await consulent.getByLabel('Deadline').fill(over(14));
    await consulent.getByRole('button', { name: 'Actie toevoegen' }).click();
    await meldt(consulent, `De actie “${WI_ACTIE}” is toegevoegd voor ${WI_ORG}.`);
    await consulent.getByLabel('Omschrijving').fill(WIJKTEAM_ACTIE);
    await consulent.getByLabel('Eigenaar').selectOption({ label: WIJKTEAM_ORG });
    await consulent.getByLabel('Deadline').fill(over(7));
    await consulent.getByRole('button', { name: 'Actie toevoegen' }).click();
    await meldt(consulent, `De actie “${WIJKTEAM_ACTIE}” is toegevoegd voor ${WIJKTEAM_ORG}.`);
    await consulent.getByRole('cell', { name: WI_ACTIE, exact: true }).waitFor();
    await consulent.getByRole('cell', { name: WIJKTEAM_ACTIE, exact: true }).waitFor();

    await consulent.locator('#regie-procesregie option', { hasText: 'Consulent IJssel-Vecht' }).waitFor({ state: 'attached' });
    await consulent.getByLabel('Procesregie', { exact: true }).selectOption({ label: 'Consulent IJssel-Vecht' });
    await consulent.getByLabel('Casusregie', { exact: true }).selectOption({ label: WIJKTEAM_ORG });
    await consulent.getByRole('button', { name: 'Regie vastleggen' }).click();
    await meldt(consulent, 'De regie is vastgelegd.');
    await controleerPagina(consulent, 'casus-08-plan');

    await naarOnderdeel(consulent, 'Overzicht', 'Gegevens');
    await consulent.getByRole('definition').filter({ hasText: WIJKTEAM_ORG }).waitFor();
    await consulent.getByRole('button', { name: 'Naar Handelen' }).click();
    await meldt(consulent, 'De casus is nu in de fase Handelen.');
    await consulent.getByRole('heading', { level: 2, name: 'Volgende stap: Brief' }).waitFor();
    await controleerPagina(consulent, 'casus-09-overzicht-handelen');

    // The outreach ladder: quick log of the suggested step; the next step moves up the ladder.
    await naarOnderdeel(consulent, 'Contact', 'Contact');
    await consulent.getByRole('button', { name: 'Brief van vandaag vastleggen' }).click();
    await meldt(consulent, /Contactmoment vastgelegd: brief op .*, geen gehoor\./);
    await consulent.getByRole('heading', { level: 3, name: 'Volgende stap: App' }).waitFor();
    await consulent.getByRole('cell', { name: 'Geen gehoor' }).waitFor();
    await controleerPagina(consulent, 'casus-10-contact');
  });

  it('de consulent legt op het tabblad Plan een doel en een contactafspraak vast; na herladen staan ze er nog', async () => {
    const DOEL = 'Een opleiding in de zorg vinden.';
    const AFSPRAAK = 'Elke maand een driegesprek met de klantmanager.';
    await naarOnderdeel(consulent, 'Plan', 'Plan van aanpak');
    const doelen = consulent.getByRole('region', { name: 'Doelen', exact: true });
    const afspraken = consulent.getByRole('region', { name: 'Contactafspraken', exact: true });
    await doelen.getByText('Beschrijf wat de jongere wil bereiken, geen diagnoses.').waitFor();

    // A new row takes the focus; an empty goal is refused at the field, through the error summary.
    await doelen.getByRole('button', { name: 'Doel toevoegen' }).click();
    await consulent.waitForFunction(() => document.activeElement?.id === 'plan-doel-0-omschrijving');
    await consulent.getByRole('button', { name: 'Plan opslaan' }).click();
    await consulent.locator('#plan-doel-0-omschrijving-fout').waitFor();
    expect(await consulent.locator('#plan-doel-0-omschrijving').getAttribute('aria-invalid')).toBe('true');
    await consulent
      .getByRole('alert')
      .getByRole('link', { name: /wil bereiken/ })
      .waitFor();
    await controleerPagina(consulent, 'casus-08b-plan-doel-fout');

    const doel = doelen.getByRole('group', { name: 'Doel 1', exact: true });
    await doel.getByLabel('Wat wil de jongere bereiken?').fill(DOEL);
    await doel.getByLabel('Status', { exact: true }).selectOption({ label: 'Open' });
    await afspraken.getByRole('button', { name: 'Contactafspraak toevoegen' }).click();
    const afspraak = afspraken.getByRole('group', { name: 'Contactafspraak 1', exact: true });
    await afspraak.getByLabel('Met wie', { exact: true }).selectOption({ label: 'Een partnerorganisatie' });
    await afspraak.getByLabel('Partnerorganisatie', { exact: true }).selectOption({ label: WI_ORG });
    await afspraak.getByLabel('Afspraak', { exact: true }).fill(AFSPRAAK);
    await afspraak.getByLabel('Datum volgende contact').fill(over(30));
    await consulent.getByRole('button', { name: 'Plan opslaan' }).click();
    await meldt(consulent, 'Het plan is opgeslagen: 1 doel en 1 contactafspraak.');
    await controleerPagina(consulent, 'casus-08c-plan-doelen-contactafspraken');

    await consulent.reload();
    await consulent.getByRole('heading', { level: 2, name: 'Plan van aanpak' }).waitFor();
    const [j, m, d] = over(30).split('-');
    const doelRij = doelen.getByRole('row', { name: DOEL });
    await doelRij.getByRole('cell', { name: 'Open', exact: true }).waitFor();
    const afspraakRij = afspraken.getByRole('row', { name: AFSPRAAK });
    await afspraakRij.getByRole('cell', { name: WI_ORG, exact: true }).waitFor();
    await afspraakRij.getByRole('cell', { name: `${d}-${m}-${j}`, exact: true }).waitFor();
    // The form opens with the saved plan, ready to change.
    expect(
      await doelen.getByRole('group', { name: 'Doel 1', exact: true }).getByLabel('Wat wil de jongere bereiken?').inputValue(),
    ).toBe(DOEL);
    await controleerPagina(consulent, 'casus-08d-plan-herladen');
  });

  it('de tijdlijn toont de fasewissels als geordende lijst met data, het nieuwste eerst', async () => {
    await naarOnderdeel(consulent, 'Tijdlijn', 'Tijdlijn');
    const tijdlijn = consulent.getByRole('list', { name: 'Tijdlijn' });
    const handelen = tijdlijn.getByRole('listitem').filter({ hasText: 'Fase Plannen → Handelen' });
    await handelen.waitFor();
    expect(await handelen.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const regels = await tijdlijn.getByRole('listitem').allInnerTexts();
    const plek = (tekst: string) => regels.findIndex((r) => r.includes(tekst));
    expect(plek('Fase Plannen → Handelen')).toBeGreaterThan(-1);
    expect(plek('Fase Plannen → Handelen')).toBeLessThan(plek('Fase Waarnemen → Analyseren'));
    expect(plek('Fase Waarnemen → Analyseren')).toBeLessThan(plek('Casus aangemaakt'));
    await controleerPagina(consulent, 'casus-14-tijdlijn');
  });

  it('de consulent deelt met W&I (toestemming) en het wijkteam (wettelijke taak met de vier stappen)', async () => {
    await naarOnderdeel(consulent, 'Delen', 'Delen met ketenpartners');
    await consulent.getByLabel('Organisatie', { exact: true }).selectOption({ label: `${WI_ORG} (Werk & Inkomen)` });
    // The partner kind's default slice is pre-selected; absence detail is not.
    expect(await consulent.getByLabel('Leefgebied Werk en opleiding').isChecked()).toBe(true);
    expect(await consulent.getByLabel('Leefgebied Financiën / schulden').isChecked()).toBe(true);
    expect(await consulent.getByLabel('Verzuimdetails').isChecked()).toBe(false);
    expect(await consulent.getByLabel('Leefgebied Gezin').count()).toBe(0);
    await consulent.getByLabel('Toestemming van de jongere').check();
    await consulent.getByLabel('Reikwijdte').fill('Werk en inkomen: bijzondere bijstand en route naar werk.');
    await consulent.getByLabel('Toestemming verloopt op').fill(over(180));
    await consulent.getByLabel('Referentie getekende machtiging').fill('machtiging-2026-11.pdf');
    await consulent.getByLabel('Doel van het delen').fill('Aanvraag bijzondere bijstand en route naar werk.');
    await consulent.getByLabel('Einddatum van de deling').fill(over(90));
    await controleerPagina(consulent, 'casus-11-delen-toestemming');
    await consulent.getByRole('button', { name: 'Casus delen' }).click();
    await meldt(consulent, `De casus is gedeeld met ${WI_ORG}.`);

    await consulent
      .getByLabel('Organisatie', { exact: true })
      .selectOption({ label: `${WIJKTEAM_ORG} (Wijkteam / sociaal team)` });
    expect(await consulent.getByLabel('Contactgegevens').isChecked()).toBe(true);
    expect(await consulent.getByLabel('Leefgebied Gezin').isChecked()).toBe(true);
    await consulent.getByLabel('Wettelijke taak').check();
    await consulent.getByLabel('Doel van het delen').fill('Ondersteuning thuissituatie.');
    await consulent.getByLabel('Einddatum van de deling').fill(over(60));
    await consulent.getByRole('button', { name: 'Casus delen' }).click();
    // The four steps must each be answered.
    await consulent.locator('#deling-vierstappen-proportionaliteit-fout').waitFor();
    await consulent.getByRole('alert').filter({ hasText: 'Beantwoord stap 4. subsidiariteit' }).waitFor();
    await controleerPagina(consulent, 'casus-12-delen-vierstappen-fout');
    await consulent.getByLabel('1. Grondslag').fill('Wettelijke taak RMC-functie (art. 8 Wet RMC).');
    await consulent.getByLabel('2. Doel').fill('Ondersteuning thuissituatie voor terugkeer naar school.');
    await consulent.getByLabel('3. Proportionaliteit').fill('Alleen contact en thuissituatie, geen verzuimdetails.');
    await consulent
      .getByLabel('4. Subsidiariteit')
      .fill('Jongere niet bereikbaar voor toestemming; minder ingrijpend is niet mogelijk.');
    await consulent.getByRole('button', { name: 'Casus delen' }).click();
    await meldt(consulent, `De casus is gedeeld met ${WIJKTEAM_ORG}.`);
    await consulent
      .getByRole('row', { name: new RegExp(WI_ORG) })
      .getByText('Actief')
      .waitFor();
    await consulent
      .getByRole('row', { name: new RegExp(WIJKTEAM_ORG) })
      .getByText('Actief')
      .waitFor();
    await controleerPagina(consulent, 'casus-13-delen');

    // The signed machtiging of the consent-based share as an attachment (a scan or PDF).
    const machtiging = consulent.getByRole('group', { name: `Machtiging bij de deling met ${WI_ORG}` });
    await machtiging.getByText('Er is nog geen getekende machtiging toegevoegd.').waitFor();
    await machtiging
      .getByLabel(/Getekende machtiging/)
      .setInputFiles({ name: 'machtiging.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% getekend\n') });
    await machtiging.getByRole('button', { name: /^Machtiging toevoegen/ }).click();
    await meldt(consulent, `De machtiging bij de deling met ${WI_ORG} is toegevoegd.`);
    await machtiging.getByRole('button', { name: /^Machtiging downloaden/ }).waitFor();
    await controleerPagina(consulent, 'casus-13b-machtiging');
  });

  it('W&I ziet alleen de gedeelde onderdelen en de eigen actie, werkt de actie bij en schrijft een notitie', async () => {
    wi = await ingelogd(WI);
    await naarViaMenu(wi, 'Gedeelde casussen', 'Gedeelde casussen');
    await controleerPagina(wi, 'casus-20-wi-gedeelde-casussen');
    await wi.getByRole('link', { name: naam, exact: true }).click();
    await wi.getByRole('heading', { level: 1, name: `Casus ${naam}` }).waitFor();
    expect(await onderdelen(wi).getByRole('link').allInnerTexts()).toEqual([
      'Overzicht',
      'Leefgebieden',
      'Mijn acties',
      'Notities',
    ]);
    // Basis, no contact data, no phase buttons.
    await wi.getByRole('term').filter({ hasText: 'Geboortedatum' }).waitFor();
    expect(await wi.getByRole('term').filter({ hasText: 'Telefoon' }).count()).toBe(0);
    expect(await wi.getByRole('button', { name: /^Naar / }).count()).toBe(0);
    await controleerPagina(wi, 'casus-21-wi-overzicht');

    await naarOnderdeel(wi, 'Leefgebieden', 'Leefgebieden');
    // The table under the chart has every scan (the latest scan scored only two domains).
    await wi.getByText('Tabel bij “Scores per leefgebied over tijd”').click();
    await wi.getByRole('rowheader', { name: 'Werk en opleiding' }).first().waitFor();
    await wi.getByRole('rowheader', { name: 'Financiën / schulden' }).first().waitFor();
    for (const anders of ['Gezin', 'Huisvesting', 'Gezondheid'])
      expect(await wi.getByRole('rowheader', { name: anders }).count()).toBe(0);
    expect(await wi.getByText('Woont bij moeder.').count()).toBe(0);
    await controleerPagina(wi, 'casus-22-wi-leefgebieden');

    await naarOnderdeel(wi, 'Mijn acties', 'Mijn acties');
    await wi.getByRole('heading', { level: 3, name: WI_ACTIE }).waitFor();
    expect(await wi.getByText(WIJKTEAM_ACTIE).count()).toBe(0);
    await wi.getByLabel('Niet mogelijk', { exact: true }).check();
    await wi.getByRole('button', { name: /^Status opslaan/ }).click();
    await wi.locator('[id$="-toelichting-fout"]').filter({ hasText: 'Geef de reden.' }).waitFor();
    await controleerPagina(wi, 'casus-23-wi-mijn-acties-fout');
    await wi.getByLabel('Gedaan', { exact: true }).check();
    await wi.getByRole('button', { name: /^Status opslaan/ }).click();
    await meldt(wi, `De status van “${WI_ACTIE}” is nu: gedaan.`);

    await naarOnderdeel(wi, 'Notities', 'Notities voor het RMC');
    await wi.getByLabel('Notitie', { exact: true }).fill('Aanvraag ingediend, besluit binnen 8 weken.');
    await wi.getByRole('button', { name: 'Notitie opslaan' }).click();
    await meldt(wi, 'De notitie is opgeslagen.');
    await wi.getByText('Aanvraag ingediend, besluit binnen 8 weken.').waitFor();
    await controleerPagina(wi, 'casus-24-wi-notities');
  });

  it('het wijkteam ziet alleen de eigen onderdelen, domeinen en actie', async () => {
    wijkteam = await ingelogd(WIJKTEAM);
    await naarViaMenu(wijkteam, 'Gedeelde casussen', 'Gedeelde casussen');
    await wijkteam.getByRole('link', { name: naam, exact: true }).click();
    await wijkteam.getByRole('heading', { level: 1, name: `Casus ${naam}` }).waitFor();
    expect(await onderdelen(wijkteam).getByRole('link').allInnerTexts()).toEqual([
      'Overzicht',
      'Leefgebieden',
      'Mijn acties',
      'Notities',
    ]);
    // The wijkteam's slice includes the contact data.
    await wijkteam.getByRole('term').filter({ hasText: 'Telefoon' }).waitFor();
    await controleerPagina(wijkteam, 'casus-30-wijkteam-overzicht');

    await naarOnderdeel(wijkteam, 'Leefgebieden', 'Leefgebieden');
    await wijkteam.getByText('Tabel bij “Scores per leefgebied over tijd”').click();
    await wijkteam.getByRole('rowheader', { name: 'Gezin' }).first().waitFor();
    await wijkteam.getByRole('rowheader', { name: 'Huisvesting' }).first().waitFor();
    for (const anders of ['Werk en opleiding', 'Financiën / schulden', 'Gezondheid'])
      expect(await wijkteam.getByRole('rowheader', { name: anders }).count()).toBe(0);
    await controleerPagina(wijkteam, 'casus-31-wijkteam-leefgebieden');

    await naarOnderdeel(wijkteam, 'Mijn acties', 'Mijn acties');
    await wijkteam.getByRole('heading', { level: 3, name: WIJKTEAM_ACTIE }).waitFor();
    expect(await wijkteam.getByText(WI_ACTIE).count()).toBe(0);
    await wijkteam.getByLabel('Niet gedaan', { exact: true }).check();
    await wijkteam.getByLabel('Reden').fill('Moeder niet thuis; nieuwe afspraak volgende week.');
    await wijkteam.getByRole('button', { name: /^Status opslaan/ }).click();
    await meldt(wijkteam, `De status van “${WIJKTEAM_ACTIE}” is nu: niet gedaan.`);
    await controleerPagina(wijkteam, 'casus-32-wijkteam-mijn-acties');
  });

  it('de coördinator ziet de caseload per consulent', async () => {
    const coordinator = await ingelogd(COORDINATOR);
    await naarViaMenu(coordinator, 'Caseload', 'Caseload per consulent');
    await coordinator.getByRole('heading', { level: 2, name: 'Consulent IJssel-Vecht' }).waitFor();
    await coordinator.getByRole('link', { name: naam, exact: true }).waitFor();
    await controleerPagina(coordinator, 'casus-40-caseload-per-consulent');
  });

  it('de consulent ziet de notities en statussen, trekt de W&I-deling in; W&I vindt de casus daarna niet meer', async () => {
    await consulent.goto(`${baseUrl}${casusPad}?onderdeel=notities`);
    await consulent.getByRole('heading', { level: 2, name: 'Notities van partners' }).waitFor();
    await consulent.getByText('Aanvraag ingediend, besluit binnen 8 weken.').waitFor();
    await controleerPagina(consulent, 'casus-50-notities-van-partners');

    await naarOnderdeel(consulent, 'Plan', 'Plan van aanpak');
    await consulent
      .getByRole('row', { name: new RegExp(WI_ACTIE) })
      .getByText('Gedaan')
      .waitFor();
    await consulent
      .getByRole('row', { name: new RegExp(WIJKTEAM_ACTIE) })
      .getByText('Moeder niet thuis; nieuwe afspraak volgende week.')
      .waitFor();

    await naarOnderdeel(consulent, 'Verzuim', 'Verzuim');
    await controleerPagina(consulent, 'casus-51-verzuim');

    await naarOnderdeel(consulent, 'Delen', 'Delen met ketenpartners');
    await consulent.getByRole('button', { name: new RegExp(`^Intrekken.*${WI_ORG}`) }).click();
    const dialoog = consulent.getByRole('dialog');
    await dialoog.getByRole('heading', { name: `Deling met ${WI_ORG} intrekken?` }).waitFor();
    await bewaarScreenshot(consulent, 'casus-52-intrekken-bevestigen');
    await expectNoA11yViolations(consulent, 'casus-52-intrekken-bevestigen');
    await dialoog.getByRole('button', { name: 'Intrekken' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await meldt(consulent, `De deling met ${WI_ORG} is ingetrokken.`);
    await consulent
      .getByRole('row', { name: new RegExp(WI_ORG) })
      .getByText('Ingetrokken')
      .waitFor();
    await controleerPagina(consulent, 'casus-53-delen-ingetrokken');

    // Withdrawal bites on the partner's next request.
    await wi.reload();
    await wi.getByRole('heading', { level: 1, name: 'Casus niet gevonden' }).waitFor();
    await wi.getByRole('alert').filter({ hasText: 'niet gevonden' }).waitFor();
    await controleerPagina(wi, 'casus-54-wi-niet-gevonden');
    await naarViaMenu(wi, 'Gedeelde casussen', 'Gedeelde casussen');
    expect(await wi.getByRole('link', { name: naam, exact: true }).count()).toBe(0);

    // The wijkteam still has its share.
    await wijkteam.reload();
    await wijkteam.getByRole('heading', { level: 1, name: `Casus ${naam}` }).waitFor();
  });

  it('evalueren en afsluiten: zonder contact vraagt afsluiten de minimale inspanning of een onderbouwing', async () => {
    await consulent.goto(`${baseUrl}${casusPad}`);
    await consulent.getByRole('button', { name: 'Naar Evalueren' }).click();
    await meldt(consulent, 'De casus is nu in de fase Evalueren.');
    await consulent.getByRole('heading', { level: 3, name: 'Evalueren en afsluiten' }).waitFor();
    for (const vraag of await consulent.locator('textarea[id^="afsluiten-e"]').all())
      await vraag.fill('Deels; zie de notities van de partners.');
    await consulent.getByLabel('Reden van afsluiten').selectOption('geen-contact');
    await consulent.getByRole('button', { name: 'Casus afsluiten' }).click();
    await consulent.locator('#afsluiten-onderbouwing-fout').filter({ hasText: 'huisbezoeken' }).waitFor();
    await controleerPagina(consulent, 'casus-55-afsluiten-minimale-inspanning');
    await consulent
      .getByLabel('Professionele onderbouwing')
      .fill('Jongere is aantoonbaar naar het buitenland vertrokken (bevestigd door moeder).');
    await consulent.getByRole('button', { name: 'Casus afsluiten' }).click();
    await meldt(consulent, 'De casus is afgesloten: geen contact.');
    await consulent.getByRole('heading', { level: 2, name: 'Fase: Afgesloten' }).waitFor();
    await consulent.getByRole('button', { name: 'Naar Nazorg' }).waitFor();
    await controleerPagina(consulent, 'casus-56-afgesloten');
  });

  it('de caseload filtert op "geen contact sinds … dagen" en toont het laatste contact', async () => {
    const token = await apiLogin(CONSULENT);
    const uniek = Date.now().toString(36);
    const oud = await casusMetContact(
      token,
      { voornaam: 'Lang', achternaam: `Stil-${uniek}` },
      { datum: dagenGeleden(30), uitkomst: 'contact' },
    );
    const recent = await casusMetContact(
      token,
      { voornaam: 'Pas', achternaam: `Gesproken-${uniek}` },
      { datum: dagenGeleden(2), uitkomst: 'contact' },
    );
    const naamVan = (c: { jongere: { voornaam: string; achternaam: string } }) => `${c.jongere.voornaam} ${c.jongere.achternaam}`;

    await naarViaMenu(consulent, 'Caseload', 'Caseload');
    const dagen = consulent.getByLabel('Geen contact sinds (dagen)');
    await dagen.fill('0');
    await consulent.getByRole('button', { name: 'Filteren' }).click();
    await consulent
      .locator('#casussen-geen-contact-fout')
      .filter({ hasText: 'Vul een aantal dagen in van 1 tot 365.' })
      .waitFor();
    expect(await dagen.getAttribute('aria-invalid')).toBe('true');

    await dagen.fill('14');
    await consulent.getByRole('button', { name: 'Filteren' }).click();
    await consulent.waitForURL((url) => url.searchParams.get('geenContactDagen') === '14');
    const rij = consulent.getByRole('row', { name: new RegExp(naamVan(oud)) });
    await rij.waitFor();
    const [j, m, d] = dagenGeleden(30).split('-');
    await rij.getByRole('cell', { name: `${d}-${m}-${j}` }).waitFor();
    expect(await consulent.getByRole('link', { name: naamVan(recent), exact: true }).count()).toBe(0);
    await controleerPagina(consulent, 'casus-60-caseload-geen-contact');

    // The filter is in the URL: a bookmark opens the same list.
    await consulent.reload();
    await consulent.getByRole('row', { name: new RegExp(naamVan(oud)) }).waitFor();
    expect(await consulent.getByLabel('Geen contact sinds (dagen)').inputValue()).toBe('14');
  });

  it('de coördinator wijst een casus toe aan een andere consulent en corrigeert de doelgroep', async () => {
    const token = await apiLogin(CONSULENT);
    const uniek = Date.now().toString(36);
    const { casusId, jongere } = await casusMetContact(
      token,
      { voornaam: 'Over', achternaam: `Gedragen-${uniek}` },
      { datum: dagenGeleden(3), uitkomst: 'contact' },
    );
    const NIEUW = 'Coördinator IJssel-Vecht';

    const coordinator = await ingelogd(COORDINATOR);
    await coordinator.goto(`${baseUrl}/casussen/${casusId}`);
    await coordinator.getByRole('heading', { level: 1, name: `Casus ${jongere.voornaam} ${jongere.achternaam}` }).waitFor();
    const toewijzing = coordinator.getByRole('region', { name: 'Toewijzing wijzigen' });
    await toewijzing.locator('#toewijzing-consulent option', { hasText: NIEUW }).waitFor({ state: 'attached' });
    // The form opens with the current assignment.
    await coordinator.waitForFunction(
      () => (document.querySelector('#toewijzing-consulent') as HTMLSelectElement | null)?.value !== '',
    );
    expect(await toewijzing.getByLabel('Doelgroep', { exact: true }).inputValue()).toBe('oud-vsv');

    // Without a consulent the error summary names the field.
    await toewijzing.getByLabel('Consulent', { exact: true }).selectOption('');
    await toewijzing.getByRole('button', { name: 'Toewijzing opslaan' }).click();
    await coordinator.locator('#toewijzing-consulent-fout').filter({ hasText: 'Kies een consulent.' }).waitFor();
    expect(await coordinator.locator('#toewijzing-consulent').getAttribute('aria-invalid')).toBe('true');
    await controleerPagina(coordinator, 'casus-70-toewijzing-fout');

    await toewijzing.getByLabel('Consulent', { exact: true }).selectOption({ label: NIEUW });
    await toewijzing.getByLabel('Doelgroep', { exact: true }).selectOption('nieuw-vsv');
    await toewijzing.getByRole('button', { name: 'Toewijzing opslaan' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: `De casus is toegewezen aan ${NIEUW}.` })
      .waitFor();
    await coordinator.getByRole('definition').filter({ hasText: NIEUW }).first().waitFor();
    await coordinator.getByRole('definition').filter({ hasText: 'Nieuwe voortijdig schoolverlater' }).waitFor();
    await controleerPagina(coordinator, 'casus-71-toewijzing-opgeslagen');

    // The consulent cannot reassign: no form.
    const vorige = await ingelogd(CONSULENT);
    await vorige.goto(`${baseUrl}/casussen/${casusId}`);
    await vorige.getByRole('heading', { level: 2, name: 'Gegevens' }).waitFor();
    expect(await vorige.getByRole('region', { name: 'Toewijzing wijzigen' }).count()).toBe(0);
  });
});
