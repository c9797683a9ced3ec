import type { Page } from 'playwright-core';
import { baseUrl } from '../support/env';
import { COORDINATOR, DEMO_WACHTWOORD, PLATFORMBEHEERDER, login } from '../support/login';
import { bewaarScreenshot, controleerPagina, expectNoA11yViolations } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

/** Every page of the portal, in the states a user meets: screenshot + axe (WCAG 2.1 A/AA). */
describe('Toegankelijkheid van alle pagina’s', () => {
  const sessies = sessiesPerSpec();
  let page: Page;

  // Each test starts logged out: the first one is about the pages without a session.
  beforeEach(async () => {
    page = await sessies.nieuwePagina();
  });

  afterEach(async () => {
    await sessies.sluitContexten();
  });

  it('pagina’s zonder sessie: inloggen met fout, onvolledige link, doorsturen naar inloggen', async () => {
    await page.goto(`${baseUrl}/beheer/gebruikers`);
    await page.waitForURL((url) => url.pathname === '/inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/beheer/gebruikers');

    await page.getByLabel('E-mailadres').fill(COORDINATOR);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord onjuist' }).waitFor();
    await controleerPagina(page, '10-inloggen-fout');

    await page.getByLabel('Wachtwoord', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('#login-wachtwoord-fout').waitFor();
    expect(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-describedby')).toContain(
      'login-wachtwoord-fout',
    );
    await controleerPagina(page, '11-inloggen-veldfout');

    await page.goto(`${baseUrl}/wachtwoord-instellen`);
    await controleerPagina(page, '12-wachtwoord-instellen-zonder-token');
  });

  it('coördinator: alle pagina’s in het menu, het accountmenu en de bevestigingsvraag', async () => {
    await login(page, COORDINATOR, DEMO_WACHTWOORD);
    await controleerPagina(page, '20-overzicht');

    // The account menu (the header also holds the search button).
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Coördinator IJssel-Vecht/ })
      .click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await controleerPagina(page, '21-accountmenu');
    await page.keyboard.press('Escape');

    await naarViaMenu(page, 'Jongeren', 'Jongeren');
    await controleerPagina(page, '22-jongeren');
    const eerste = page.locator('main table tbody a').first();
    if (await eerste.count()) {
      await eerste.click();
      await page.getByRole('heading', { level: 2, name: 'Persoonsgegevens' }).waitFor();
      await controleerPagina(page, '23-jongere');
    }

    await naarViaMenu(page, 'Organisaties', 'Organisaties');
    await controleerPagina(page, '24-organisaties');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.locator('#organisatie-naam-fout').waitFor();
    await controleerPagina(page, '25-organisaties-formulierfouten');

    await naarViaMenu(page, 'Gebruikers', 'Gebruikers');
    await controleerPagina(page, '26-gebruikers');
    const deactiveren = page.getByRole('button', { name: /^Deactiveren/ }).first();
    if (await deactiveren.count()) {
      await deactiveren.click();
      const dialoog = page.getByRole('dialog');
      await dialoog.waitFor();
      // The open modal is checked like a page (focus is inside it now).
      await bewaarScreenshot(page, '27-gebruiker-deactiveren-bevestigen');
      await expectNoA11yViolations(page, '27-gebruiker-deactiveren-bevestigen');
      await dialoog.getByRole('button', { name: 'Annuleren' }).click();
      await dialoog.waitFor({ state: 'hidden' });
    }

    await naarViaMenu(page, 'Instellingen', 'Instellingen van de regio');
    await controleerPagina(page, '28-instellingen');

    await page.goto(`${baseUrl}/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await controleerPagina(page, '29-niet-gevonden');
  });

  it('platformbeheerder: regio’s', async () => {
    await login(page, PLATFORMBEHEERDER, DEMO_WACHTWOORD);
    await controleerPagina(page, '30-overzicht-platform');
    await naarViaMenu(page, 'Regio’s', 'Regio’s');
    await controleerPagina(page, '31-regios');
    await page
      .getByRole('button', { name: /^Coördinator uitnodigen/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 3, name: /Coördinator uitnodigen voor/ }).waitFor();
    await controleerPagina(page, '32-regios-coordinator-uitnodigen');
  });
});
