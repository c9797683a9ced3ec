import type { Page } from 'playwright-core';
import type { OverzichtResponse } from '@rmc/shared-api-types';
import { apiLogin } from '../support/api';
import { casusMetContact } from '../support/casus';
import { baseUrl } from '../support/env';
import { dagenGeleden } from '../support/melding';
import { controleerPagina } from '../support/pagina';
import { sessiesPerSpec } from '../support/sessies';

const CONSULENT = 'consulent@ijssel-vecht.demo';
const SCHOOL = 'verzuim@ijssel-vecht.demo';
const WI = 'wi@ijssel-vecht.demo';

/**
 * Issue 13 items 2, 4 and 5 through the browser: the Overzicht as the day's work per role (each count
 * as the API gives it, linking to the filtered list), and the main pages at phone size (390×844): the
 * folded menu ("Menu", aria-expanded, Escape returns focus), a header that leaves the screen to the
 * content, nothing wider than the screen, the case header with the routekaart on every tab. Axe on all.
 */
describe('Overzicht per rol en de telefoon', () => {
  const { ingelogd } = sessiesPerSpec();

  const werk = (page: Page) => page.getByRole('region', { name: 'Uw werk vandaag' });

  async function tellingen(page: Page): Promise<OverzichtResponse['tellingen']> {
    const antwoord = await page.request.get(`${baseUrl}/api/v1/overzicht`);
    expect(antwoord.status()).toBe(200);
    return ((await antwoord.json()) as OverzichtResponse).tellingen;
  }

  /** The card of one count: its number as the API gives it ("99+" above 99), in the link's name. */
  async function kaart(page: Page, label: string | RegExp, aantal: string): Promise<string | null> {
    const link = werk(page).getByRole('link', { name: label });
    await link.waitFor();
    expect((await link.innerText()).replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${aantal.replace('+', '\\+')} `));
    return link.getAttribute('href');
  }

  const tekst = (t: { aantal: number; meer: boolean }) => (t.meer ? '99+' : String(t.aantal));

  it('consulent: de tellingen van vandaag, elk een link naar de gefilterde lijst', async () => {
    const page = await ingelogd(CONSULENT);
    await werk(page).waitFor();
    const t = new Map((await tellingen(page)).map((x) => [x.sleutel, x]));
    expect([...t.keys()].sort()).toEqual([
      'mijnActiesTeLaat',
      'nazorgTeDoen',
      'overdrachtenWachtend',
      'overleggenDezeWeek',
      'triageNieuw',
      'triageTeLaat',
      'zonderContact',
    ]);
    expect(await kaart(page, 'Nieuwe meldingen in de triage', tekst(t.get('triageNieuw')!))).toBe('/triage?status=ontvangen');
    expect(await kaart(page, 'Meldingen over de oppaktermijn', tekst(t.get('triageTeLaat')!))).toBe(
      '/triage?status=ontvangen&volgorde=oudste',
    );
    expect(await kaart(page, 'Mijn acties over tijd', tekst(t.get('mijnActiesTeLaat')!))).toBe('/acties?teLaat=ja');
    expect(await kaart(page, 'Mijn casussen zonder contact in 30 dagen', tekst(t.get('zonderContact')!))).toBe(
      '/casussen?geenContactDagen=30',
    );
    expect(await kaart(page, 'Nazorgmomenten te doen', tekst(t.get('nazorgTeDoen')!))).toBe('/nazorg');
    expect(await kaart(page, 'Overleggen deze week', tekst(t.get('overleggenDezeWeek')!))).toBe('/overleggen');
    expect(await kaart(page, 'Overdrachten die op u wachten', tekst(t.get('overdrachtenWachtend')!))).toBe('/overdrachten');
    await controleerPagina(page, '320-overzicht-consulent');

    await werk(page).getByRole('link', { name: 'Nieuwe meldingen in de triage' }).click();
    await page.waitForURL(`${baseUrl}/triage?status=ontvangen`);
    await page.getByRole('heading', { level: 1, name: 'Triage' }).waitFor();
  });

  it('school: open vragen om aanvulling en de terugkoppeling; partner: gedeelde casussen met activiteit', async () => {
    const school = await ingelogd(SCHOOL);
    await werk(school).waitFor();
    const s = new Map((await tellingen(school)).map((x) => [x.sleutel, x]));
    expect([...s.keys()].sort()).toEqual(['openAanvullingen', 'terugkoppelingen']);
    expect(await kaart(school, 'Vragen om aanvulling van het RMC', tekst(s.get('openAanvullingen')!))).toBe(
      '/meldingen?status=aanvulling-gevraagd',
    );
    expect(await kaart(school, 'Terugkoppelingen van het RMC in 14 dagen', tekst(s.get('terugkoppelingen')!))).toBe('/meldingen');
    expect(
      await werk(school)
        .getByRole('link', { name: /triage/ })
        .count(),
    ).toBe(0);
    await controleerPagina(school, '321-overzicht-school');

    const wi = await ingelogd(WI);
    await werk(wi).waitFor();
    const p = new Map((await tellingen(wi)).map((x) => [x.sleutel, x]));
    expect(await kaart(wi, 'Gedeelde casussen met nieuwe activiteit in 7 dagen', tekst(p.get('gedeeldMetActiviteit')!))).toBe(
      '/casussen',
    );
    expect(await kaart(wi, 'Mijn acties over tijd', tekst(p.get('mijnActiesTeLaat')!))).toBe('/acties?teLaat=ja');
    expect(
      await werk(wi)
        .getByRole('link', { name: /triage|zonder contact|Nazorg/ })
        .count(),
    ).toBe(0);
    await controleerPagina(wi, '322-overzicht-partner');
  });

  it('telefoon (390×844): menu achter de knop, compacte kop, niets breder dan het scherm, casuskop op elk tabblad', async () => {
    const page = await ingelogd(CONSULENT);
    await page.setViewportSize({ width: 390, height: 844 });
    await werk(page).waitFor();

    const knop = page.getByRole('button', { name: 'Menu', exact: true });
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    // The attribute follows the signal on the next render: wait for it rather than read it at once.
    const uitgeklapt = (waarde: 'true' | 'false') =>
      page.waitForFunction((w) => document.querySelector('.rmc-nav__knop')?.getAttribute('aria-expanded') === w, waarde);
    await uitgeklapt('false');
    expect(await menu.getByRole('link', { name: 'Caseload', exact: true }).isVisible()).toBe(false);
    await controleerPagina(page, '323-telefoon-overzicht');
    // The header leaves most of the screen to the content (it was 581 of 844 px).
    const kop = await page.locator('header.rmc-kop').boundingBox();
    expect(kop!.height).toBeLessThan(844 * 0.3);
    const past = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await past();

    // Open, Escape closes and the focus is back on the button.
    await knop.click();
    await uitgeklapt('true');
    await menu.getByRole('link', { name: 'Overzicht', exact: true }).focus();
    await page.keyboard.press('Escape');
    await uitgeklapt('false');
    await page.waitForFunction(() => document.activeElement?.classList.contains('rmc-nav__knop'));

    // Through the menu to the caseload: choosing a page closes the menu.
    await knop.click();
    await controleerPagina(page, '324-telefoon-menu-open');
    await menu.getByRole('link', { name: 'Caseload', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await uitgeklapt('false');
    await past();
    await controleerPagina(page, '325-telefoon-caseload');

    // A case: the routekaart with the current phase, on the overview and on another tab.
    const { casusId } = await casusMetContact(
      await apiLogin(CONSULENT),
      { voornaam: 'Noor', achternaam: 'Telefoon' },
      { datum: dagenGeleden(2), uitkomst: 'contact' },
    );
    await page.goto(`${baseUrl}/casussen/${casusId}`);
    const routekaart = page.getByRole('list', { name: 'Fasen van de routekaart' });
    await routekaart.waitFor();
    expect(await routekaart.locator('[aria-current="step"]').count()).toBeLessThanOrEqual(1);
    expect(await routekaart.getByRole('listitem').count()).toBe(5);
    await page
      .getByText(/^Fase: /)
      .first()
      .waitFor();
    await past();
    await controleerPagina(page, '326-telefoon-casus');
    await page
      .getByRole('navigation', { name: 'Onderdelen van de casus' })
      .getByRole('link', { name: 'Contact', exact: true })
      .click();
    await page.waitForURL(/onderdeel=contact/);
    await routekaart.waitFor();
    await past();
    await controleerPagina(page, '327-telefoon-casus-contact');

    await knop.click();
    await menu.getByRole('link', { name: 'Triage', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Triage' }).waitFor();
    await past();
    await controleerPagina(page, '328-telefoon-triage');
  });
});
