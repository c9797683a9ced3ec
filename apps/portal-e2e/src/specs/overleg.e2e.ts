import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { alleItems, api, apiLogin } from '../support/api';
import { baseUrl } from '../support/env';
import { dagenGeleden } from '../support/melding';
import { bewaarScreenshot, controleerPagina, expectNoA11yViolations } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const VOORZITTER = 'consulent@ijssel-vecht.demo';
const WI = 'wi@ijssel-vecht.demo';
const WIJKTEAM = 'wijkteam@ijssel-vecht.demo';
const WI_ORG = 'Werk & Inkomen IJssel-Vecht';
const WIJKTEAM_ORG = 'Wijkteam IJssel-Vecht';
const BESLUIT = 'W&I start een traject naar werk.';
const WI_ACTIE = 'Intake re-integratietraject';
const TE_LATE_ACTIE = 'Inkomenssituatie in kaart brengen';
const over = (dagen: number) => dagenGeleden(-dagen);

interface Persoon {
  id: string;
  voornaam?: string;
  achternaam?: string;
}

/**
 * Issue 5, first acceptance line, with three browser contexts at once: the IJssel-Vecht consulent plans
 * an MDO with W&I and the wijkteam (through the form) and chairs it; a case the wijkteam may not see is
 * refused with the organisation named; the chair opens the item and each participant sees the case
 * through the own slice (W&I without contact details, the wijkteam with them); a decision and a W&I
 * action typed by the chair appear for the others without reload; the action is in the case plan and on
 * the W&I user's "Mijn acties". Then attendance, the fixed verslag per participant and its print view.
 * Every page and state: screenshot + axe.
 */
describe('Casusoverleg (MDO) live met drie deelnemers', () => {
  const { ingelogd } = sessiesPerSpec();
  const uniek = Math.random().toString(36).slice(2, 7);
  const titel = `MDO Zwolle-Zuid ${uniek}`;
  let voorzitter: Page;
  let wi: Page;
  let wijkteam: Page;
  let casusId = '';
  let casusNaam = '';
  let alleenWiId = '';
  let alleenWiNaam = '';
  let overlegPad = '';

  async function meldt(page: Page, tekst: string | RegExp): Promise<void> {
    await page.getByRole('status').filter({ hasText: tekst }).first().waitFor();
  }

  const agendapunt = (page: Page, nummer = 1): Locator =>
    page.getByRole('article', { name: new RegExp(`^Agendapunt ${nummer}\\b`) });
  const casusPaneel = (page: Page, nummer = 1): Locator => page.getByRole('region', { name: `Casus bij agendapunt ${nummer}` });

  /** Opens the meeting from the list (per week) and waits until the live connection is there. */
  async function openOverleg(page: Page): Promise<void> {
    await naarViaMenu(page, 'Overleggen', 'Overleggen');
    await page.getByRole('link', { name: titel, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: titel }).waitFor();
    await page.getByText('Deze pagina wordt live bijgewerkt.').waitFor();
  }

  /** A marker in the page's memory: still there afterwards means the page was not reloaded. */
  const markeer = (page: Page) =>
    page.evaluate(() => ((window as unknown as Record<string, unknown>)['__zonderHerladen'] = true));
  const nietHerladen = async (page: Page) =>
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['__zonderHerladen'])).toBe(true);

  beforeAll(async () => {
    // Two cases for demo jongeren without one (the database is shared by every spec in the run): the
    // first shared with W&I (toestemming) and the wijkteam (wettelijke taak, four steps), the second
    // with W&I only.
    const token = await apiLogin(VOORZITTER);
    const organisaties = await alleItems<{ id: string; naam: string }>(token, '/organisaties');
    const orgId = (naam: string) => organisaties.find((o) => o.naam === naam)!.id;
    const personen = await alleItems<Persoon>(token, '/personen');
    const casussen = await alleItems<{ voornaam: string; achternaam: string }>(token, '/casussen');
    const bezet = new Set(casussen.map((c) => `${c.voornaam} ${c.achternaam}`));
    const nieuw: { id: string; naam: string }[] = [];
    for (const p of personen.filter((x) => x.voornaam && !bezet.has(`${x.voornaam} ${x.achternaam}`))) {
      const r = await api<{ id: string }>(token, 'POST', '/casussen', {
        persoonId: p.id,
        doelgroep: 'dreigend-vsv',
        bron: 'partner',
      });
      if (r.status === 201) nieuw.push({ id: r.body.id, naam: `${p.voornaam} ${p.achternaam}` });
      if (nieuw.length === 2) break;
    }
    expect(nieuw).toHaveLength(2);
    [{ id: casusId, naam: casusNaam }, { id: alleenWiId, naam: alleenWiNaam }] = nieuw;

    const scan = await api(token, 'POST', `/casussen/${casusId}/scans`, {
      datum: over(0),
      scores: {
        'werk-en-opleiding': { score: 2, notitie: 'Geen inschrijving, geen werk.' },
        gezin: { score: 3, notitie: 'Woont bij moeder.' },
      },
    });
    expect(scan.status).toBeLessThan(300);
    const toestemming = { datum: over(0), reikwijdte: 'Bespreking in het MDO', verlooptOp: over(200) };
    const delingen = [
      {
        casus: casusId,
        organisatieId: orgId(WI_ORG),
        grondslag: 'toestemming',
        toestemming,
        secties: ['basis', 'acties', 'domein:werk-en-opleiding'],
      },
      {
        casus: casusId,
        organisatieId: orgId(WIJKTEAM_ORG),
        grondslag: 'wettelijke-taak',
        vierstappen: {
          grondslag: 'Jeugdwet: het wijkteam is betrokken bij het gezin.',
          doel: 'Afstemmen van de hulp aan het gezin in het MDO.',
          proportionaliteit: 'Alleen basis, contact en het leefgebied gezin.',
          subsidiariteit: 'Toestemming vragen lukte niet; de jongere is onbereikbaar.',
        },
        secties: ['basis', 'contact', 'acties', 'domein:gezin'],
      },
      { casus: alleenWiId, organisatieId: orgId(WI_ORG), grondslag: 'toestemming', toestemming, secties: ['basis'] },
    ];
    for (const { casus, ...deling } of delingen) {
      const r = await api(token, 'POST', `/casussen/${casus}/delingen`, {
        ...deling,
        doel: 'Bespreking in het MDO',
        eindDatum: over(100),
      });
      expect(r.status).toBe(201);
    }
    // An older W&I action in the plan whose deadline has passed: "Te laat" on the W&I user's list.
    const oud = await api(token, 'POST', `/casussen/${casusId}/acties`, {
      omschrijving: TE_LATE_ACTIE,
      eigenaarOrganisatieId: orgId(WI_ORG),
      deadline: over(-3),
    });
    expect(oud.status).toBeLessThan(300);
  });

  it('de voorzitter plant het MDO met W&I en het wijkteam via het formulier', async () => {
    voorzitter = await ingelogd(VOORZITTER);
    await naarViaMenu(voorzitter, 'Overleggen', 'Overleggen');
    await controleerPagina(voorzitter, 'overleg-01-overleggen');

    await voorzitter.getByRole('link', { name: 'Nieuw overleg' }).click();
    await voorzitter.getByRole('heading', { level: 1, name: 'Nieuw overleg' }).waitFor();
    await voorzitter.getByRole('checkbox', { name: new RegExp(`^${WI_ORG}`) }).waitFor();
    // Nothing filled in: Dutch messages at the fields, and a summary that takes focus.
    await voorzitter.getByRole('button', { name: 'Overleg plannen' }).click();
    await voorzitter.locator('#overleg-soort-fout').filter({ hasText: 'Kies of typ het soort overleg.' }).waitFor();
    await voorzitter.getByRole('alert').filter({ hasText: 'Kies minstens één deelnemende organisatie.' }).waitFor();
    expect(await voorzitter.locator('#overleg-plaats').getAttribute('aria-invalid')).toBe('true');
    await controleerPagina(voorzitter, 'overleg-02-nieuw-veldfouten');

    await voorzitter.locator('#overleg-soort').fill('MDO');
    await voorzitter.locator('#overleg-titel').fill(titel);
    await voorzitter.locator('#overleg-datum').fill(over(1));
    await voorzitter.locator('#overleg-tijd').fill('09:30');
    await voorzitter.locator('#overleg-plaats').fill('Stadskantoor Zwolle, zaal 2');
    await voorzitter.getByRole('checkbox', { name: new RegExp(`^${WI_ORG}`) }).check();
    await voorzitter.getByRole('checkbox', { name: new RegExp(`^${WIJKTEAM_ORG}`) }).check();
    await voorzitter.getByLabel('Eerste overleg van een nieuwe reeks').check();
    await voorzitter.locator('#overleg-nieuweReeks').fill(`MDO Zwolle-Zuid ${uniek}`);
    await voorzitter.getByRole('button', { name: 'Overleg plannen' }).click();
    await voorzitter.waitForURL((url) => /^\/overleggen\/[0-9a-f-]{36}$/.test(url.pathname));
    overlegPad = new URL(voorzitter.url()).pathname;
    await voorzitter.getByRole('heading', { level: 1, name: titel }).waitFor();
    await meldt(voorzitter, 'Het overleg is gepland en de deelnemers zijn uitgenodigd.');
    await voorzitter.getByText('Deze pagina wordt live bijgewerkt.').waitFor();
    await voorzitter.getByText('Er staan nog geen casussen op de agenda.').waitFor();
    await controleerPagina(voorzitter, 'overleg-03-overleg-leeg');
  });

  it('een casus die het wijkteam niet mag zien wordt niet aangeboden; de hint noemt de organisaties', async () => {
    // The caseload query filters on an active share with every participant that needs one (gedeeldMet).
    await voorzitter.locator(`#agenda-casus option[value="${casusId}"]`).waitFor({ state: 'attached' });
    expect(await voorzitter.locator(`#agenda-casus option[value="${alleenWiId}"]`).count()).toBe(0);
    expect(await voorzitter.locator('#agenda-casus-hint').innerText()).toContain(WIJKTEAM_ORG);
    await voorzitter.getByText('Er staan nog geen casussen op de agenda.').waitFor();
    await controleerPagina(voorzitter, 'overleg-04-agenda-alleen-gedeeld');
    expect(alleenWiNaam).not.toBe('');

    await voorzitter.locator('#agenda-casus').selectOption(casusId);
    await voorzitter.locator('#agenda-vraag').fill('Hoe krijgen we haar terug naar school of werk?');
    await voorzitter.getByRole('button', { name: 'Casus toevoegen' }).click();
    await meldt(voorzitter, 'staat op de agenda.');
    await agendapunt(voorzitter).waitFor();
  });

  it('elke deelnemer ziet de casus door de eigen bril; besluit en actie komen live binnen; de actie staat in het plan en bij Mijn acties', async () => {
    [wi, wijkteam] = await Promise.all([ingelogd(WI), ingelogd(WIJKTEAM)]);
    await Promise.all([openOverleg(wi), openOverleg(wijkteam)]);

    // The chair opens the item; so do the others, each through the own slice.
    for (const page of [voorzitter, wi, wijkteam]) {
      await agendapunt(page).getByRole('button', { name: 'Casus bekijken bij agendapunt 1' }).click();
      await casusPaneel(page).getByRole('heading', { name: 'Gegevens', exact: true }).waitFor();
      await agendapunt(page)
        .getByRole('heading', { level: 3, name: `Agendapunt 1: ${casusNaam}` })
        .waitFor();
      expect(
        await agendapunt(page).getByRole('button', { name: 'Casus verbergen bij agendapunt 1' }).getAttribute('aria-expanded'),
      ).toBe('true');
    }
    // W&I: no contact details, only its own life domain.
    expect(await casusPaneel(wi).getByRole('heading', { name: 'Contactgegevens' }).count()).toBe(0);
    await casusPaneel(wi).getByRole('rowheader', { name: 'Werk en opleiding' }).waitFor();
    expect(await casusPaneel(wi).getByRole('rowheader', { name: 'Gezin' }).count()).toBe(0);
    // Wijkteam: contact details and its own life domain, not W&I's.
    await casusPaneel(wijkteam).getByRole('heading', { name: 'Contactgegevens' }).waitFor();
    await casusPaneel(wijkteam).getByRole('rowheader', { name: 'Gezin' }).waitFor();
    expect(await casusPaneel(wijkteam).getByRole('rowheader', { name: 'Werk en opleiding' }).count()).toBe(0);
    // The chair (RMC) sees the whole case.
    await casusPaneel(voorzitter).getByRole('heading', { name: 'Contactgegevens' }).waitFor();
    await casusPaneel(voorzitter).getByRole('heading', { name: 'Plan van aanpak' }).waitFor();
    // Partners get no chair forms.
    expect(await wi.getByRole('button', { name: /Besluit vastleggen/ }).count()).toBe(0);
    expect(await wijkteam.getByRole('button', { name: 'Verslag vaststellen' }).count()).toBe(0);
    await controleerPagina(voorzitter, 'overleg-05-voorzitter-casus-open');
    await controleerPagina(wi, 'overleg-06-wi-eigen-deel');
    await controleerPagina(wijkteam, 'overleg-07-wijkteam-eigen-deel');

    await Promise.all([markeer(wi), markeer(wijkteam)]);
    await agendapunt(voorzitter).getByLabel('Notities bij agendapunt 1').fill('Moeder is betrokken en wil meedenken.');
    await agendapunt(voorzitter).getByRole('button', { name: 'Notities opslaan bij agendapunt 1' }).click();
    await meldt(voorzitter, 'De notities bij agendapunt 1 zijn opgeslagen.');
    await agendapunt(voorzitter).getByLabel('Nieuw besluit').fill(BESLUIT);
    await agendapunt(voorzitter).getByRole('button', { name: 'Besluit vastleggen bij agendapunt 1' }).click();
    await meldt(voorzitter, 'Het besluit bij agendapunt 1 is vastgelegd.');
    for (const page of [wi, wijkteam]) {
      await agendapunt(page).getByRole('listitem').filter({ hasText: BESLUIT }).waitFor();
      await agendapunt(page).getByText('Moeder is betrokken en wil meedenken.').waitFor();
    }

    const punt = agendapunt(voorzitter);
    await punt.getByLabel('Actiepunt', { exact: true }).fill(WI_ACTIE);
    await punt.getByLabel('Eigenaar (organisatie)').selectOption({ label: WI_ORG });
    await punt.getByLabel('Deadline').fill(over(14));
    await punt.getByRole('button', { name: 'Actiepunt toevoegen bij agendapunt 1' }).click();
    await meldt(voorzitter, `Het actiepunt “${WI_ACTIE}” is toegevoegd voor ${WI_ORG}`);
    await punt.getByRole('cell', { name: WI_ACTIE, exact: true }).waitFor();
    await controleerPagina(voorzitter, 'overleg-08-voorzitter-besluit-actie');

    // W&I: the action arrives live in the agenda item and in its case panel (its own actions).
    await agendapunt(wi).getByRole('cell', { name: WI_ACTIE, exact: true }).waitFor();
    await casusPaneel(wi).getByRole('listitem').filter({ hasText: WI_ACTIE }).waitFor();
    await wi.getByText(/Laatst bijgewerkt om \d\d:\d\d\./).waitFor();
    // The wijkteam sees the decision but never W&I's action.
    await agendapunt(wijkteam).getByText('Er zijn geen actiepunten die u mag zien.').waitFor();
    expect(await wijkteam.getByText(WI_ACTIE).count()).toBe(0);
    await nietHerladen(wi);
    await nietHerladen(wijkteam);
    await controleerPagina(wi, 'overleg-09-wi-live-bijgewerkt');
    await controleerPagina(wijkteam, 'overleg-10-wijkteam-live-bijgewerkt');

    // The action is in the case plan (the chair's case page) …
    await casusPaneel(voorzitter).getByRole('link', { name: 'Casus openen van agendapunt 1' }).click();
    await voorzitter.getByRole('heading', { level: 1, name: `Casus ${casusNaam}` }).waitFor();
    await voorzitter
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: 'Plan', exact: true })
      .click();
    await voorzitter.getByRole('heading', { level: 2, name: 'Plan van aanpak' }).waitFor();
    const rij = voorzitter.getByRole('row').filter({ hasText: WI_ACTIE });
    await rij.waitFor();
    expect(await rij.innerText()).toContain(WI_ORG);
    await bewaarScreenshot(voorzitter, 'overleg-11-casusplan-met-actie');

    // … and on the W&I user's action list: the dashboard block and "Mijn acties".
    await wi.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht', exact: true }).click();
    const blok = wi.getByRole('region', { name: 'Mijn acties' });
    await blok.getByRole('link', { name: WI_ACTIE }).waitFor();
    await blok.getByRole('listitem').filter({ hasText: TE_LATE_ACTIE }).getByText('Te laat').waitFor();
    await blok.getByText(/waarvan \d+ te laat/).waitFor();
    await controleerPagina(wi, 'overleg-12-wi-overzicht-mijn-acties');
    await naarViaMenu(wi, 'Mijn acties', 'Mijn acties');
    const actieRij = wi.getByRole('row').filter({ hasText: WI_ACTIE });
    await actieRij.waitFor();
    expect(await actieRij.getByRole('link', { name: WI_ACTIE }).getAttribute('href')).toBe(`/casussen/${casusId}`);
    expect(await actieRij.getByText('Te laat').count()).toBe(0);
    await wi.getByRole('row').filter({ hasText: TE_LATE_ACTIE }).getByText('Te laat').waitFor();
    await controleerPagina(wi, 'overleg-13-wi-mijn-acties');
  });

  it('de voorzitter legt de aanwezigheid vast en stelt het verslag vast; elke deelnemer leest het eigen deel en kan het afdrukken', async () => {
    await voorzitter.goto(`${baseUrl}${overlegPad}`);
    await voorzitter.getByText('Deze pagina wordt live bijgewerkt.').waitFor();
    await openOverleg(wijkteam);
    // Fixing the verslag before the attendance is recorded: a warning, and the dialog asks twice.
    await voorzitter.getByText('De aanwezigheid is nog niet vastgelegd.').waitFor();
    await voorzitter.getByRole('button', { name: 'Verslag vaststellen' }).click();
    const zonder = voorzitter.getByRole('dialog', { name: 'Verslag vaststellen zonder aanwezigheid?' });
    await zonder.waitFor();
    await zonder.getByText(/Let op: de aanwezigheid is nog niet vastgelegd/i).waitFor();
    await expectNoA11yViolations(voorzitter, 'overleg-14a-vaststellen-zonder-aanwezigheid');
    await zonder.getByRole('button', { name: 'Annuleren' }).click();
    await zonder.waitFor({ state: 'hidden' });

    const aanwezigheid = voorzitter.getByRole('group', { name: 'Aanwezig' });
    for (const vak of await aanwezigheid.getByRole('checkbox').all()) await vak.check();
    await voorzitter.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await meldt(voorzitter, /De aanwezigheid is opgeslagen \(\d+ van \d+ aanwezig\)\./);

    // Before the chair fixes it, a participant gets the concept notice, not the content.
    await wi.goto(`${baseUrl}${overlegPad}/verslag`);
    await wi.getByText('Het verslag is nog een concept').waitFor();
    await controleerPagina(wi, 'overleg-14-wi-verslag-concept');

    await voorzitter.getByRole('button', { name: 'Verslag vaststellen' }).click();
    const dialoog = voorzitter.getByRole('dialog', { name: 'Verslag vaststellen?' });
    await dialoog.waitFor();
    await expectNoA11yViolations(voorzitter, 'overleg-15-vaststellen-dialoog');
    await dialoog.getByRole('button', { name: 'Vaststellen' }).click();
    await meldt(voorzitter, 'Het verslag is vastgesteld.');
    expect(await voorzitter.getByLabel('Nieuw besluit').count()).toBe(0);
    // Live for the others as well: the link to the fixed verslag appears.
    await wijkteam.getByRole('link', { name: 'Verslag lezen en afdrukken' }).click();
    await wijkteam.getByRole('heading', { level: 1, name: `Verslag: ${titel}` }).waitFor();
    await wijkteam.getByRole('heading', { name: 'Contactgegevens' }).waitFor();
    expect(await wijkteam.getByText(WI_ACTIE).count()).toBe(0);
    await controleerPagina(wijkteam, 'overleg-16-wijkteam-verslag');

    await wi.reload();
    await wi.getByRole('heading', { level: 1, name: `Verslag: ${titel}` }).waitFor();
    await wi.getByRole('heading', { level: 2, name: `Agendapunt 1: ${casusNaam}` }).waitFor();
    await wi.getByText(BESLUIT).waitFor();
    await wi.getByRole('listitem').filter({ hasText: WI_ACTIE }).first().waitFor();
    expect(await wi.getByRole('heading', { name: 'Contactgegevens' }).count()).toBe(0);
    await controleerPagina(wi, 'overleg-17-wi-verslag');
    // The same slice as a PDF file, named without the meeting's title.
    const [pdf] = await Promise.all([
      wi.waitForEvent('download'),
      wi.getByRole('button', { name: 'Als pdf downloaden' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^verslag-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await wi.getByText(/Het verslag is als pdf gedownload/).waitFor();
    // "Afdrukken of opslaan als PDF" opens the browser's print dialog; the print stylesheet drops the frame.
    await wi.evaluate(() => {
      window.print = () => ((window as unknown as Record<string, unknown>)['__afgedrukt'] = true);
    });
    await wi.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).click();
    expect(await wi.evaluate(() => (window as unknown as Record<string, unknown>)['__afgedrukt'])).toBe(true);
    await wi.emulateMedia({ media: 'print' });
    expect(await wi.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await wi.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible()).toBe(false);
    await bewaarScreenshot(wi, 'overleg-18-wi-verslag-afdruk');
    await wi.emulateMedia({ media: 'screen' });
  });

  it('de lijst van overleggen per week en als lijst', async () => {
    await naarViaMenu(wi, 'Overleggen', 'Overleggen');
    await wi
      .getByRole('heading', { level: 2, name: /^Week \d+ van \d{4}/ })
      .first()
      .waitFor();
    await wi.getByRole('link', { name: titel, exact: true }).waitFor();
    expect(await wi.getByRole('link', { name: 'Nieuw overleg' }).count()).toBe(0);
    await controleerPagina(wi, 'overleg-19-wi-overleggen-per-week');
    await wi.getByRole('navigation', { name: 'Weergave van de overleggen' }).getByRole('link', { name: 'Lijst' }).click();
    await wi.getByRole('row').filter({ hasText: titel }).getByText('Verslag vastgesteld').waitFor();
    await controleerPagina(wi, 'overleg-20-wi-overleggen-lijst');
  });

  it('een open actie komt mee naar het volgende overleg van de reeks, met de geschiedenis van de status', async () => {
    const [tokenVoorzitter, tokenWi] = await Promise.all([apiLogin(VOORZITTER), apiLogin(WI)]);
    const id = overlegPad.split('/').pop()!;
    const overleg = (await api<{ reeksId: string; deelnemerOrganisaties: string[] }>(tokenVoorzitter, 'GET', `/overleggen/${id}`))
      .body;
    const actie = (await alleItems<{ id: string; omschrijving: string }>(tokenWi, '/acties/mijn')).find(
      (a) => a.omschrijving === WI_ACTIE,
    )!;
    const status = await api(tokenWi, 'POST', `/casussen/${casusId}/acties/${actie.id}/status`, {
      status: 'niet-gedaan',
      toelichting: 'Jongere niet verschenen.',
    });
    expect(status.status).toBe(200);
    const vervolg = await api<{ id: string }>(tokenVoorzitter, 'POST', '/overleggen', {
      soort: 'MDO',
      titel: `${titel} (vervolg)`,
      start: `${over(15)}T09:30:00+01:00`,
      onlineLink: 'https://vergaderen.example.nl/mdo-zwolle-zuid',
      deelnemerOrganisaties: overleg.deelnemerOrganisaties,
      reeksId: overleg.reeksId,
    });
    expect(vervolg.status).toBe(201);

    await wi.goto(`${baseUrl}/overleggen/${vervolg.body.id}`);
    await wi.getByRole('heading', { level: 1, name: `${titel} (vervolg)` }).waitFor();
    const meegenomen = wi.getByRole('article', { name: WI_ACTIE });
    await meegenomen.getByText('Niet gedaan').first().waitFor();
    await meegenomen.getByRole('list', { name: 'Geschiedenis' }).getByText('Jongere niet verschenen.').waitFor();
    await controleerPagina(wi, 'overleg-21-wi-vervolg-meegenomen-acties');
  });
});
