import type { Page } from 'playwright-core';
import { alleItems, api, apiLogin, apiOk, maakJongere } from '../support/api';
import { baseUrl } from '../support/env';
import { COORDINATOR } from '../support/login';
import { nieuwBsn } from '../support/melding';
import { controleerPagina } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const CONSULENT = 'consulent@ijssel-vecht.demo';
const SCHOOL = 'verzuim@ijssel-vecht.demo'; // verzuimcoördinator, Landstede MBO Zwolle

interface Instelling {
  vestigingen?: Array<{ id: string; naam: string }>;
}

/** yyyy-mm-dd, `dagen` days from today (UTC is close enough for a deadline well in the past). */
function dag(dagen: number): string {
  return new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Issue 13, lists and links: the list state lives in the URL (filters, order, pages loaded: a reload
 * and the back button keep it), every list shows a count, *Mijn acties* names the young person with a
 * link to the case, marks overdue rows and filters on them, and a judged melding links to its case
 * (and the case back to its meldingen). Every page and state: screenshot + axe.
 */
describe('Lijsten: sorteren, filteren en bladeren met de staat in de URL', () => {
  const { ingelogd } = sessiesPerSpec();
  let token = '';
  let casusId = '';
  let naam = '';

  const rijen = (page: Page) => page.locator('main table tbody tr');
  const aantal = (page: Page) => page.getByTestId('lijst-aantal');

  beforeAll(async () => {
    token = await apiLogin(CONSULENT);
    const jongere = await maakJongere(token, {
      voornaam: 'Lijst',
      achternaam: `Bladertest ${Date.now() % 100000}`,
      postcode: '8011 AB',
    });
    naam = `${jongere.voornaam} ${jongere.achternaam}`;
    casusId = (
      await apiOk<{ id: string }>(token, 'POST', '/casussen', { persoonId: jongere.id, doelgroep: 'nieuw-vsv', bron: 'loket' })
    ).id;
    // One overdue action and enough later ones for a second page (50 per page); the later ones sort last.
    const maak = (omschrijving: string, deadline: string) =>
      apiOk(token, 'POST', `/casussen/${casusId}/acties`, { omschrijving, deadline });
    await maak('Lijsttest: te laat', dag(-3));
    for (let i = 1; i <= 54; i++) await maak(`Lijsttest: later ${String(i).padStart(2, '0')}`, '2099-12-31');
  });

  afterAll(async () => {
    // Done, so they do not crowd other specs' action lists.
    const open = (await alleItems<{ id: string; casusId: string }>(token, '/acties/mijn')).filter((a) => a.casusId === casusId);
    for (const a of open) await api(token, 'POST', `/casussen/${casusId}/acties/${a.id}/status`, { status: 'gedaan' });
  });

  it('Mijn acties: jongere met link naar de casus, te-laat-markering, paginas en filter in de URL (herladen en terug)', async () => {
    const page = await ingelogd(CONSULENT);
    await naarViaMenu(page, 'Mijn acties', 'Mijn acties');
    await controleerPagina(page, 'lijsten-mijn-acties');
    await expect(aantal(page).innerText()).resolves.toMatch(/^\d+ open acties/);

    const teLaat = rijen(page).filter({ hasText: 'Lijsttest: te laat' });
    await expect(teLaat.getByText('Te laat', { exact: true }).count()).resolves.toBe(1);
    const link = teLaat.getByRole('link', { name: naam });
    await expect(link.getAttribute('href')).resolves.toBe(`/casussen/${casusId}`);

    // Next page: the URL remembers it (replaceUrl), a reload loads both pages again.
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.waitForURL(/[?&]paginas=2/);
    const geladen = await rijen(page).count();
    expect(geladen).toBeGreaterThan(50);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    await page.locator('rmc-meer-laden').waitFor();
    expect(await rijen(page).count()).toBe(geladen);

    // Filter: only overdue rows, in the URL; a reload keeps it; back returns to the unfiltered list.
    await page.getByLabel('Alleen te laat').check();
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL((url) => url.searchParams.get('teLaat') === 'ja' && !url.searchParams.has('paginas'));
    await rijen(page).filter({ hasText: 'Lijsttest: te laat' }).waitFor();
    await controleerPagina(page, 'lijsten-mijn-acties-te-laat');
    await expect(rijen(page).filter({ hasText: 'Lijsttest: later' }).count()).resolves.toBe(0);
    const alleTeLaat = await rijen(page).evaluateAll((tr) => tr.every((r) => /Te laat/.test(r.textContent ?? '')));
    expect(alleTeLaat).toBe(true);
    await expect(aantal(page).innerText()).resolves.toMatch(/te laat/);

    await page.reload();
    await rijen(page).filter({ hasText: 'Lijsttest: te laat' }).waitFor();
    await expect(page.getByLabel('Alleen te laat').isChecked()).resolves.toBe(true);

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('teLaat'));
    await rijen(page).filter({ hasText: 'Lijsttest: later' }).first().waitFor();
    await expect(page.getByLabel('Alleen te laat').isChecked()).resolves.toBe(false);
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('teLaat') === 'ja');
    await expect(page.getByLabel('Alleen te laat').isChecked()).resolves.toBe(true);

    // "Filters wissen" empties the filter again.
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.waitForURL((url) => !url.searchParams.has('teLaat'));
    await rijen(page).filter({ hasText: 'Lijsttest: later' }).first().waitFor();

    // The jongere's link leads to the case.
    await rijen(page).filter({ hasText: 'Lijsttest: te laat' }).getByRole('link', { name: naam }).click();
    await page.waitForURL(`${baseUrl}/casussen/${casusId}`);
    await page.locator('main h1', { hasText: naam }).waitFor();
  });

  it('Triage: volgorde en status in de URL; een gedeelde link, herladen en terug houden ze vast', async () => {
    const page = await ingelogd(COORDINATOR);
    await naarViaMenu(page, 'Triage', 'Triage');
    await controleerPagina(page, 'lijsten-triage');
    await expect(aantal(page).innerText()).resolves.toMatch(/^(meer dan )?\d+ melding(en)?\b/);
    const nieuwsteEerst = await rijen(page).first().innerText();

    await page.getByLabel('Volgorde').selectOption('oudste');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL((url) => url.searchParams.get('volgorde') === 'oudste');
    await page.locator('main table caption', { hasText: 'oudste bovenaan' }).waitFor({ state: 'attached' });
    await controleerPagina(page, 'lijsten-triage-oudste');
    const oudsteEerst = await rijen(page).first().innerText();
    if ((await rijen(page).count()) > 1) expect(oudsteEerst).not.toBe(nieuwsteEerst);

    // A shared link opens the same list in another session.
    const gedeeld = page.url();
    const ander = await ingelogd(COORDINATOR);
    await ander.goto(gedeeld);
    await ander.locator('main table caption', { hasText: 'oudste bovenaan' }).waitFor({ state: 'attached' });
    await expect(ander.getByLabel('Volgorde').inputValue()).resolves.toBe('oudste');
    await expect(rijen(ander).first().innerText()).resolves.toBe(oudsteEerst);

    await page.getByLabel('Status').selectOption('ontvangen');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('status') === 'ontvangen' && url.searchParams.get('volgorde') === 'oudste',
    );
    await page.reload();
    await page.locator('main table caption', { hasText: 'oudste bovenaan' }).waitFor({ state: 'attached' });
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('ontvangen');
    await expect(aantal(page).innerText()).resolves.toMatch(/met status “Ontvangen”/i);

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('status') && url.searchParams.get('volgorde') === 'oudste');
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('volgorde'));
    await page.locator('main table caption', { hasText: 'nieuwste bovenaan' }).waitFor({ state: 'attached' });
    await expect(page.getByLabel('Volgorde').inputValue()).resolves.toBe('nieuwste');
  });

  it('een beoordeelde melding linkt naar haar casus, en de casus terug naar de melding', async () => {
    const coordinator = await apiLogin(COORDINATOR);
    const meldingen = await alleItems<{ id: string; casusId?: string | null; status: string }>(coordinator, '/meldingen');
    let melding = meldingen.find((m) => m.casusId);
    if (!melding) {
      // No judged melding with a case yet: the school files one, the region judges it actie-vereist (opens the case).
      const school = await apiLogin(SCHOOL);
      const antwoord = await apiOk<Instelling[] | { items: Instelling[] }>(school, 'GET', '/instellingen');
      const vestiging = (Array.isArray(antwoord) ? antwoord : antwoord.items)
        .flatMap((i) => i.vestigingen ?? [])
        .find((v) => v.naam === 'Landstede MBO Zwolle');
      expect(vestiging).toBeDefined();
      const nieuw = await apiOk<{ id: string }>(school, 'POST', '/meldingen', {
        soort: 'zorgwekkend',
        leslocatieVestigingId: vestiging!.id,
        bsn: nieuwBsn(),
        voornaam: 'Lijst',
        achternaam: 'Koppeltest',
        geboortedatum: '2006-01-01',
        postcode: '8011 AB',
        begindatum: dag(-7),
        vermoedelijkeSoort: 'signaal',
        melderNaam: 'Test',
        melderFunctie: 'Verzuimcoördinator',
        zorgen: ['dreigt-voortijdig-te-verlaten'],
        toelichtingActieGewenst: 'Zorg',
      });
      melding = await apiOk(coordinator, 'POST', `/meldingen/${nieuw.id}/oordeel`, {
        oordeel: 'actie-vereist',
        doelgroep: 'nieuw-vsv',
      });
    }
    expect(melding!.casusId).toEqual(expect.any(String));
    const page = await ingelogd(COORDINATOR);
    await page.goto(`${baseUrl}/meldingen/${melding!.id}`);
    await controleerPagina(page, 'lijsten-melding-met-casus');
    await page.getByRole('link', { name: 'Naar de casus' }).click();
    await page.waitForURL(`${baseUrl}/casussen/${melding!.casusId}`);
    await page.locator('main h1').waitFor();

    await page.goto(`${baseUrl}/casussen/${melding!.casusId}?onderdeel=verzuim`);
    await controleerPagina(page, 'lijsten-casus-meldingen');
    const terug = page.locator(`main a[href="/meldingen/${melding!.id}"]`);
    await terug.first().waitFor();
    await terug.first().click();
    await page.waitForURL(`${baseUrl}/meldingen/${melding!.id}`);
    await page.getByRole('link', { name: 'Naar de casus' }).waitFor();
  });
});
