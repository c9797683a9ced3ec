import { baseUrl } from '../support/env';
import { COORDINATOR } from '../support/login';
import { controleerPagina } from '../support/pagina';
import { sessiesPerSpec } from '../support/sessies';

const SCHOOL = 'verzuim@ijssel-vecht.demo'; // verzuimcoördinator, Landstede MBO Zwolle
const BSN_FATMA = '999006022'; // demo: Fatma Yılmaz, IJssel-Vecht

/**
 * "Vind alles" (issue 13): the search box in the header, by keyboard only, results grouped under headings
 * with links; accents ignored (Yılmaz for "yilmaz"); a BSN never in the URL, the back button shows the
 * results again; a school sees only the meldingen group; the phone size. Every state: screenshot + axe.
 */
describe('Zoeken vanuit de kop', () => {
  const { ingelogd, sluitContexten } = sessiesPerSpec();
  afterEach(() => sluitContexten());

  it('coördinator: met het toetsenbord zoeken, gegroepeerde resultaten, BSN niet in de URL, terug werkt', async () => {
    const page = await ingelogd(COORDINATOR);
    const zoekveld = page.getByRole('search', { name: 'Vind alles' }).getByLabel('Zoek een jongere, melding, casus of overleg');
    // Keyboard: in the tab order right after the header's home link.
    await page.locator('main h1').first().waitFor();
    await page
      .getByRole('banner')
      .getByRole('link', { name: /naar het overzicht/ })
      .focus();
    let gevonden = false;
    for (let i = 0; i < 2 && !gevonden; i++) {
      await page.keyboard.press('Tab');
      gevonden = await zoekveld.evaluate((el) => el === document.activeElement);
    }
    expect(gevonden).toBe(true);
    await page.keyboard.type('fatma yilmaz');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/zoeken');
    expect(page.url()).not.toContain('yilmaz');
    const jongeren = page.getByRole('region', { name: /^Jongeren/ });
    await jongeren.getByRole('link', { name: 'Fatma Yılmaz' }).first().waitFor();
    for (const kop of ['Jongeren', 'Meldingen', 'Casussen', 'Overleggen'])
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${kop}`) }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /(resultaat|resultaten) gevonden/ })
      .waitFor();
    await controleerPagina(page, '300-zoeken-resultaten');

    // A BSN: exact, and never in the address.
    await page.getByLabel('Zoekterm').fill(BSN_FATMA);
    await page.getByLabel('Zoekterm').press('Enter');
    await jongeren.getByText('(1)').waitFor();
    await jongeren.getByRole('link', { name: 'Fatma Yılmaz' }).waitFor();
    expect(page.url()).not.toContain(BSN_FATMA);

    // Open the result, then back: the results are there again (the term lives in the history entry's state).
    await jongeren.getByRole('link', { name: 'Fatma Yılmaz' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/personen/'));
    expect(page.url()).not.toContain(BSN_FATMA);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/zoeken');
    await jongeren.getByRole('link', { name: 'Fatma Yılmaz' }).waitFor();
    expect(await page.getByLabel('Zoekterm').inputValue()).toBe(BSN_FATMA);

    // Too short: the field says what to do.
    await page.getByLabel('Zoekterm').fill('ab');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).last().click();
    await page.locator('#zoekterm-fout').filter({ hasText: 'minstens 3 letters' }).waitFor();
    expect(await page.getByLabel('Zoekterm').getAttribute('aria-describedby')).toContain('zoekterm-fout');
    await controleerPagina(page, '301-zoeken-veldfout');
  });

  it('school: alleen de eigen meldingen, ook op een telefoon (390×844)', async () => {
    const page = await ingelogd(SCHOOL);
    await page.setViewportSize({ width: 390, height: 844 });
    const balk = page.getByRole('search', { name: 'Vind alles' });
    await balk.getByLabel('Zoek een jongere, melding, casus of overleg').fill('jansen');
    await balk.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(`${baseUrl}/zoeken`);
    await page.getByRole('heading', { level: 2, name: /^Meldingen/ }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /gevonden|Niets gevonden/ })
      .waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^(Jongeren|Casussen|Overleggen)/ }).count()).toBe(0);
    // Nothing overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await controleerPagina(page, '302-zoeken-school-telefoon');
  });
});
