import { baseUrl } from '../support/env';
import { COORDINATOR } from '../support/login';
import { bewaarScreenshot, controleerPagina, expectNoA11yViolations } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const SCHOOL = 'verzuim@ijssel-vecht.demo'; // verzuimcoördinator, Landstede MBO Zwolle

/**
 * School-system tokens through the portal: the verzuimcoördinator makes a koppeling, sees the token
 * once (copyable, with the warning), the token works against the API, is gone after a reload and
 * stored nowhere; revoking (with confirmation) makes the token useless. Every state: screenshot + axe.
 */
describe('Koppelingen voor schoolsystemen', () => {
  // The copy button writes the token to the clipboard; the test reads it back.
  const { ingelogd } = sessiesPerSpec({ rechten: ['clipboard-read', 'clipboard-write'] });
  const naam = `Eduarte-${Math.random().toString(36).slice(2, 7)}`;

  /** What a school system does: the token as bearer, no cookie. */
  const meldingenMetToken = (token: string) =>
    fetch(`${baseUrl}/api/v1/meldingen`, { headers: { Authorization: `Bearer ${token}` } });

  it('aanmaken → token één keer zichtbaar en bruikbaar → intrekken', async () => {
    const school = await ingelogd(SCHOOL);
    await naarViaMenu(school, 'Koppelingen', 'Koppelingen');
    await school.getByRole('link', { name: 'API-documentatie' }).waitFor();
    await controleerPagina(school, '80-koppelingen');

    // No name: the API's rule, at the field.
    await school.getByRole('button', { name: 'Koppeling aanmaken' }).click();
    await school.locator('#koppeling-naam-fout').filter({ hasText: 'Geef de koppeling een naam' }).waitFor();

    await school.getByLabel('Naam van de koppeling').fill(naam);
    await school.getByRole('button', { name: 'Koppeling aanmaken' }).click();
    const paneel = school.getByRole('region', { name: `Token voor “${naam}”` });
    await paneel.waitFor();
    await paneel.getByText('u ziet dit token maar één keer').waitFor();
    // Focus moves to the token, the one thing the user must act on now.
    await school.waitForFunction(() => document.activeElement?.id === 'token-kop');
    const veld = paneel.getByLabel('Token', { exact: true });
    expect(await veld.getAttribute('readonly')).not.toBeNull();
    const token = await veld.inputValue();
    expect(token).toMatch(/^rmcs_[A-Za-z0-9_-]{40,}$/);

    await paneel.getByRole('button', { name: 'Token kopiëren' }).click();
    await paneel.getByRole('status').filter({ hasText: 'Het token is gekopieerd.' }).waitFor();
    expect(await school.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await controleerPagina(school, '81-koppeling-token');

    // The school system can use it.
    expect((await meldingenMetToken(token)).status).toBe(200);

    // Shown once: after a reload it is nowhere in the page, and the portal stored it nowhere.
    await school.reload();
    const rij = school.getByRole('row', { name: new RegExp(naam) });
    await rij.getByText('Actief').waitFor();
    expect(await rij.getByText('Nog niet gebruikt').count()).toBe(0);
    expect(await paneel.count()).toBe(0);
    expect(await school.content()).not.toContain(token);
    const opslag = await school.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie + location.href,
    );
    expect(opslag).not.toContain(token);

    // Revoke, with confirmation.
    // The name ends with the koppeling's name (visually hidden), so a screen reader knows which one.
    await rij.getByRole('button', { name: new RegExp(`^Intrekken\\W+${naam}$`) }).click();
    const dialoog = school.getByRole('dialog');
    await dialoog.getByRole('heading', { name: `Koppeling “${naam}” intrekken?` }).waitFor();
    await bewaarScreenshot(school, '82-koppeling-intrekken-bevestigen');
    await expectNoA11yViolations(school, '82-koppeling-intrekken-bevestigen');
    await dialoog.getByRole('button', { name: 'Intrekken', exact: true }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await school
      .getByRole('status')
      .filter({ hasText: `De koppeling “${naam}” is ingetrokken.` })
      .waitFor();
    await rij.getByText('Ingetrokken').waitFor();
    expect(await rij.getByRole('button').count()).toBe(0);
    await controleerPagina(school, '83-koppeling-ingetrokken');

    expect((await meldingenMetToken(token)).status).toBe(401);
  });

  it('een regiocoördinator ziet geen koppelingen', async () => {
    const regio = await ingelogd(COORDINATOR);
    await regio.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await regio.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koppelingen' }).count()).toBe(0);
    await regio.goto(`${baseUrl}/koppelingen`);
    await regio.waitForURL((url) => url.pathname === '/');
  });
});
