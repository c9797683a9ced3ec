import type { Page } from 'playwright-core';
import { baseUrl } from '../support/env';
import { nieuwBsn, volgendeStap, vulMelding, vulStudentStap, vulVervolgStappen, type Student } from '../support/melding';
import { controleerPagina } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const SCHOOL = 'verzuim@ijssel-vecht.demo'; // Landstede MBO Zwolle
const COORDINATOR_IJSSEL_VECHT = 'coordinator@ijssel-vecht.demo';
const COORDINATOR_TWENTE = 'coordinator@twente.demo';
const CONSULENT_NAAM = 'Consulent IJssel-Vecht';

/**
 * Issue 3, first acceptance line, through the browser: a Landstede user files a melding for a student
 * in Zwolle and one for a student in Enschede; each reaches only its own region's triage; IJssel-Vecht
 * asks for an aanvulling, the school answers, the coördinator assigns a consulent and records "actie
 * vereist"; the school sees status and feedback. Plus: a missing required field and the 7-day rule are
 * refused with a Dutch message at the field, and nothing typed is lost. Every page: screenshot + axe.
 */
describe('Verzuimmeldingen van school naar regio', () => {
  const { ingelogd } = sessiesPerSpec();
  const uniek = Math.random().toString(36).slice(2, 7);
  const zwolle: Student = {
    bsn: nieuwBsn(),
    voornaam: 'Sanne',
    achternaam: `Zwolsma-${uniek}`,
    geboortedatum: '2006-05-01',
    postcode: '8023 AB',
  };
  const enschede: Student = {
    bsn: nieuwBsn(),
    voornaam: 'Milan',
    achternaam: `Tukker-${uniek}`,
    geboortedatum: '2005-09-12',
    postcode: '7522 NB',
  };
  const zwolleNaam = `${zwolle.voornaam} ${zwolle.achternaam}`;
  const enschedeNaam = `${enschede.voornaam} ${enschede.achternaam}`;
  let zwolleId = '';

  async function verstuurMelding(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.waitForURL((url) => /^\/meldingen\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole('heading', { level: 2, name: 'Stand van zaken' }).waitFor();
    return new URL(page.url()).pathname.split('/').pop()!;
  }

  it('de school meldt twee studenten; een ontbrekend veld en de 7-dagenregel worden in het Nederlands bij het veld gemeld', async () => {
    const school = await ingelogd(SCHOOL);
    await naarViaMenu(school, 'Meldingen', 'Meldingen');
    await controleerPagina(school, '40-meldingen-school');

    // The form comes in steps. A required field left empty: "Volgende" stays on the step with an inline
    // Dutch message; everything typed is kept.
    await school.getByRole('link', { name: 'Nieuwe melding' }).click();
    await school.getByRole('heading', { level: 1, name: 'Nieuwe melding' }).waitFor();
    await school.getByRole('heading', { level: 2, name: 'Stap 1 van 5: Student' }).waitFor();
    expect(await school.locator('.rmc-stapindicator [aria-current="step"]').innerText()).toContain('Student');
    await controleerPagina(school, '41-melding-nieuw');
    await vulStudentStap(school, zwolle, { overslaan: ['achternaam'] });
    await school.getByRole('button', { name: 'Volgende', exact: true }).click();
    const fout = school.locator('#melding-achternaam-fout');
    await fout.waitFor();
    expect(await fout.innerText()).toContain('Vul de achternaam van de student in.');
    expect(await school.locator('#melding-achternaam').getAttribute('aria-invalid')).toBe('true');
    expect(await school.locator('#melding-achternaam').getAttribute('aria-describedby')).toContain('melding-achternaam-fout');
    await school.getByRole('alert').filter({ hasText: 'Vul de achternaam van de student in.' }).waitFor();
    expect(await school.locator('#melding-bsn').inputValue()).toBe(zwolle.bsn);
    expect(await school.locator('#melding-voornaam').inputValue()).toBe(zwolle.voornaam);
    expect(new URL(school.url()).pathname).toBe('/meldingen/nieuw');
    await controleerPagina(school, '42-melding-nieuw-veldfout');

    // Complete it, step by step: focus moves to each step's heading; the completeness line follows.
    await school.locator('#melding-achternaam').fill(zwolle.achternaam);
    await volgendeStap(school, 2);
    expect(await school.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Stap 2 van 5: Verzuim');
    await school.locator('#melding-soort').selectOption('16-uur-in-4-weken');
    await school.getByText('Norm voor “16 uur in 4 weken”').waitFor();
    await controleerPagina(school, '42a-melding-nieuw-stap-verzuim');
    await school.getByRole('button', { name: 'Vorige', exact: true }).click();
    await school.getByRole('heading', { level: 2, name: 'Stap 1 van 5: Student' }).waitFor();
    expect(await school.locator('#melding-achternaam').inputValue()).toBe(zwolle.achternaam);
    await volgendeStap(school, 2);
    await vulVervolgStappen(school, '16-uur-in-4-weken');
    await school
      .getByTestId('volledigheid')
      .filter({ hasText: /Verplicht: (\d+) van \1 ingevuld/ })
      .waitFor();
    const samenvatting = school.getByRole('region', { name: 'Verzuim' });
    expect(await samenvatting.innerText()).toContain('16 uur in 4 weken');
    expect(await school.getByRole('region', { name: 'Student' }).innerText()).toContain(zwolle.bsn);
    await controleerPagina(school, '42b-melding-nieuw-samenvatting');

    zwolleId = await verstuurMelding(school);
    await school.getByRole('status').filter({ hasText: 'verstuurd naar RMC-regio IJssel-Vecht' }).waitFor();
    await school.getByRole('heading', { level: 1, name: `Melding ${zwolleNaam}` }).waitFor();
    await controleerPagina(school, '43-melding-school-verstuurd');

    // The Enschede student: 4 weeks of continuous absence, routed to Twente.
    await school.goto(`${baseUrl}/meldingen/nieuw`);
    await school.getByRole('heading', { level: 1, name: 'Nieuwe melding' }).waitFor();
    await vulMelding(school, enschede, 'aaneengesloten-4-weken');
    await verstuurMelding(school);
    await school.getByRole('status').filter({ hasText: 'verstuurd naar RMC-regio Twente' }).waitFor();

    // A second continuous-absence melding for the same student within 7 days: refused with the reason,
    // shown at the field in its step (Verzuim); the form keeps what was typed.
    await school.goto(`${baseUrl}/meldingen/nieuw`);
    await school.getByRole('heading', { level: 1, name: 'Nieuwe melding' }).waitFor();
    await vulMelding(school, enschede, 'aaneengesloten-4-weken');
    await school.getByRole('button', { name: 'Melding versturen' }).click();
    await school.getByRole('alert').filter({ hasText: '7 kalenderdagen' }).waitFor();
    await school.getByRole('heading', { level: 2, name: 'Stap 2 van 5: Verzuim' }).waitFor();
    await school.locator('#melding-soort-fout').filter({ hasText: '7 kalenderdagen' }).waitFor();
    expect(new URL(school.url()).pathname).toBe('/meldingen/nieuw');
    expect(await school.locator('#melding-verzuimDagen').inputValue()).toBe('22');
    await volgendeStap(school, 3);
    expect(await school.locator('#melding-toelichtingActieGewenst').inputValue()).toContain('huisbezoek');
    await school.getByRole('button', { name: 'Vorige', exact: true }).click();
    await controleerPagina(school, '44-melding-nieuw-zeven-dagen');

    await naarViaMenu(school, 'Meldingen', 'Meldingen');
    await school.getByRole('cell', { name: zwolleNaam }).waitFor();
    await school.getByRole('cell', { name: enschedeNaam }).waitFor();
    await controleerPagina(school, '45-meldingen-school-twee');
  });

  it('elke regio ziet alleen de eigen melding in de triage', async () => {
    const twente = await ingelogd(COORDINATOR_TWENTE);
    await naarViaMenu(twente, 'Triage', 'Triage');
    await twente.getByRole('cell', { name: enschedeNaam }).waitFor();
    expect(await twente.getByRole('cell', { name: zwolleNaam }).count()).toBe(0);
    await controleerPagina(twente, '50-triage-twente');
    // Not even by its address.
    await twente.goto(`${baseUrl}/meldingen/${zwolleId}`);
    await twente.getByRole('alert').filter({ hasText: 'bestaat niet of u mag haar niet zien' }).waitFor();

    const ijsselVecht = await ingelogd(COORDINATOR_IJSSEL_VECHT);
    await naarViaMenu(ijsselVecht, 'Triage', 'Triage');
    await ijsselVecht.getByRole('cell', { name: zwolleNaam }).waitFor();
    expect(await ijsselVecht.getByRole('cell', { name: enschedeNaam }).count()).toBe(0);
    await controleerPagina(ijsselVecht, '51-triage-ijssel-vecht');

    await ijsselVecht.getByRole('combobox', { name: 'Status' }).selectOption('ontvangen');
    await ijsselVecht.getByRole('button', { name: 'Filteren' }).click();
    await ijsselVecht.waitForURL((url) => url.searchParams.get('status') === 'ontvangen');
    await ijsselVecht.getByRole('cell', { name: zwolleNaam }).waitFor();
  });

  it('aanvulling, antwoord, toewijzing, actie vereist en terugkoppeling; de school ziet status en terugkoppeling', async () => {
    // Region: open the melding from the triage and ask the school a question.
    const regio = await ingelogd(COORDINATOR_IJSSEL_VECHT);
    await naarViaMenu(regio, 'Triage', 'Triage');
    await regio
      .getByRole('row', { name: new RegExp(zwolleNaam) })
      .getByRole('link')
      .first()
      .click();
    await regio.getByRole('heading', { level: 1, name: `Melding ${zwolleNaam}` }).waitFor();
    await regio.getByText(/Onvolledig: ontbreekt/).waitFor();
    await controleerPagina(regio, '52-melding-regio');

    const vraag = 'Welke afspraken hebben jullie met de student gemaakt, en wie is de SLB’er?';
    await regio.getByLabel('Vraag aan de school').fill(vraag);
    await regio.getByRole('button', { name: 'Aanvulling vragen' }).click();
    await regio.getByRole('status').filter({ hasText: 'De vraag om aanvulling is naar de school gestuurd.' }).waitFor();
    await regio.getByRole('heading', { level: 2, name: 'Vraag van het RMC' }).waitFor();

    // School: the bell counts the new message; the list highlights the melding; answer via the berichten page.
    const school = await ingelogd(SCHOOL);
    const bel = school.getByRole('banner').getByRole('link', { name: /Berichten/ });
    await bel.filter({ hasText: /1 ongelezen|ongelezen/ }).waitFor();
    await naarViaMenu(school, 'Meldingen', 'Meldingen');
    await school
      .getByRole('row', { name: new RegExp(zwolleNaam) })
      .filter({ hasText: 'Aanvulling gevraagd' })
      .waitFor();
    await controleerPagina(school, '46-meldingen-aanvulling-gevraagd');

    await bel.click();
    await school.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    await controleerPagina(school, '47-berichten');
    await school
      .getByRole('link', { name: /Openen.*De regio vraagt om een aanvulling/ })
      .first()
      .click();
    await school.getByRole('heading', { level: 2, name: 'Vraag van het RMC' }).waitFor();
    await school.getByRole('region', { name: 'Vraag van het RMC' }).getByText(vraag).waitFor();
    await controleerPagina(school, '48-melding-vraag-van-rmc');

    await school.getByLabel('Uw antwoord').fill('Afspraak: elke maandag melden bij de SLB’er, mevrouw Jansen (06-11122233).');
    await school
      .locator('#aanvulling-afsprakenMetStudent')
      .fill('Wekelijks gesprek met de SLB’er; aanwezigheid wordt dagelijks gecontroleerd.');
    await school.getByRole('button', { name: 'Antwoord versturen' }).click();
    await school.getByRole('status').filter({ hasText: 'Uw antwoord is naar het RMC gestuurd.' }).waitFor();
    await school.getByText('Aanvulling gegeven').waitFor();

    // Region: the answer is in the history; assign the consulent, judge "actie vereist", report back.
    await regio.reload();
    await regio.getByRole('heading', { level: 2, name: 'Historie' }).waitFor();
    await regio.getByText(/elke maandag melden bij de SLB/).waitFor();
    await regio.getByLabel('Consulent').selectOption({ label: CONSULENT_NAAM });
    await regio.getByRole('button', { name: 'Toewijzen' }).click();
    await regio
      .getByRole('status')
      .filter({ hasText: `De melding is toegewezen aan ${CONSULENT_NAAM}.` })
      .waitFor();

    await regio.getByRole('radio', { name: 'Actie vereist' }).check();
    await regio.getByLabel('Doelgroep').selectOption('verzuim-18plus');
    await regio.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await regio.getByRole('status').filter({ hasText: 'Oordeel vastgelegd: actie vereist.' }).waitFor();
    await regio
      .getByText(/Actie vereist/)
      .first()
      .waitFor();
    // The history shows the oordeel as a label, not as the server's code.
    const regioHistorie = regio.getByRole('region', { name: 'Historie' });
    await regioHistorie.getByText('Actie vereist', { exact: true }).waitFor();
    expect(await regioHistorie.innerText()).not.toContain('actie-vereist');

    const toelichting = 'Consulent heeft de student gesproken; afspraak gemaakt voor een traject naar werk met scholing.';
    await regio.getByLabel('Status voor de school').selectOption('in-behandeling');
    await regio.getByLabel('Toelichting', { exact: true }).fill(toelichting);
    await regio.getByLabel('Contactpersoon van de regio').fill(`${CONSULENT_NAAM}, 038-1234567`);
    await regio.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
    await regio.getByRole('status').filter({ hasText: 'De terugkoppeling is naar de school gestuurd.' }).waitFor();
    await controleerPagina(regio, '53-melding-regio-teruggekoppeld');

    // School: status and feedback on the melding.
    await school.goto(`${baseUrl}/meldingen/${zwolleId}`);
    const terugkoppeling = school.getByRole('region', { name: 'Terugkoppeling van het RMC' });
    await terugkoppeling.getByText(toelichting).waitFor();
    await terugkoppeling.getByText(`${CONSULENT_NAAM}, 038-1234567`).waitFor();
    await terugkoppeling.getByText('In behandeling').waitFor();
    await school.getByRole('region', { name: 'Stand van zaken' }).getByText('In behandeling').waitFor();
    const historie = school.getByRole('region', { name: 'Historie' });
    await historie.getByText(`Status: In behandeling. ${toelichting}`).waitFor();
    expect(await historie.innerText()).not.toContain('in-behandeling');
    // The school never sees the region's own fields.
    expect(await school.getByText('Consulent', { exact: true }).count()).toBe(0);
    await controleerPagina(school, '49-melding-school-terugkoppeling');
  });

  it('CSV-import: kolommen koppelen, proefrun met voortgang en fouten per rij', async () => {
    const school = await ingelogd(SCHOOL);
    await naarViaMenu(school, 'Meldingen', 'Meldingen');
    await school.getByRole('link', { name: 'Meldingen importeren (CSV)' }).click();
    await school.getByRole('heading', { level: 1, name: 'Meldingen importeren' }).waitFor();
    await controleerPagina(school, '60-import');

    const goed = nieuwBsn();
    const csv = [
      'soort;bsn;voornaam;achternaam;geboortedatum;postcode;begindatum;vermoedelijkeSoort;verzuimUren;actieGewenst;toelichtingActieGewenst;melderNaam;melderFunctie;Klas',
      `16-uur-in-4-weken;${goed};Iris;Import-${uniek};2006-02-02;8017 CA;2026-10-01;16-uur-in-4-weken;18;ja;Graag contact;Verzuimcoördinator;Verzuimcoördinator;4A`,
      `16-uur-in-4-weken;123456789;Bram;Fout-${uniek};2006-02-02;8017 CA;2026-10-01;16-uur-in-4-weken;3;nee;;Verzuimcoördinator;Verzuimcoördinator;4B`,
    ].join('\n');
    await school.getByLabel(/Of plak de inhoud/).fill(csv);
    await school.getByRole('table', { name: 'Kolommen koppelen aan velden van de melding' }).waitFor();
    expect(await school.getByRole('combobox', { name: 'Veld voor kolom bsn' }).inputValue()).toBe('bsn');
    expect(await school.getByRole('combobox', { name: 'Veld voor kolom Klas' }).inputValue()).toBe('');
    await controleerPagina(school, '61-import-koppeling');

    expect(await school.getByLabel('Proefrun: alleen controleren, niets opslaan').isChecked()).toBe(true);
    await school.getByRole('button', { name: 'Proefrun starten' }).click();
    await school.getByRole('progressbar', { name: 'Verwerkte rijen' }).waitFor();
    await school.getByRole('status').filter({ hasText: 'Proefrun klaar' }).waitFor({ timeout: 30_000 });
    expect(await school.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');
    await school.getByRole('table', { name: 'Fouten per rij' }).waitFor();
    await controleerPagina(school, '62-import-proefrun-klaar');
  });
});
