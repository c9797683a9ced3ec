import { baseUrl } from '../support/env';
import { COORDINATOR, DEMO_WACHTWOORD, login, stelTotpInAlsGevraagd } from '../support/login';
import { wachtOpWachtwoordLink } from '../support/mail';
import { controleerPagina } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

/**
 * The first-use journey: a coördinator invites a colleague, the colleague sets a password via the
 * mailed link (token in the URL fragment) and logs in. Every page is screenshotted and axe-checked.
 */
describe('Gebruiker uitnodigen en eerste keer inloggen', () => {
  // Not ingelogd(): the login page itself is checked before the coördinator logs in.
  const { nieuwePagina } = sessiesPerSpec();

  it('coördinator nodigt uit, de nieuwe gebruiker stelt een wachtwoord in en ziet het portaal', async () => {
    const uniek = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const email = `e2e-${uniek}@ijssel-vecht.demo`;
    const naam = `Testgebruiker ${uniek}`;
    // Not derived from uniek: the password may not contain a part of the e-mail address or the name.
    const wachtwoord = 'Lange-Zomeravond-2026!';

    // 1. Coördinator logs in and opens Gebruikers through the navigation.
    const coordinator = await nieuwePagina();
    await coordinator.goto(`${baseUrl}/inloggen`);
    await controleerPagina(coordinator, '01-inloggen');
    await login(coordinator, COORDINATOR, DEMO_WACHTWOORD);
    await controleerPagina(coordinator, '02-overzicht-coordinator');

    await naarViaMenu(coordinator, 'Gebruikers', 'Gebruikers');
    await controleerPagina(coordinator, '03-gebruikers');

    // 2. Invite: the role list depends on the organisation's kind.
    await coordinator.getByLabel('Naam', { exact: true }).fill(naam);
    await coordinator.getByLabel('E-mailadres', { exact: true }).fill(email);
    const regioTeam = await coordinator
      .locator('#uitnodiging-organisatie option', { hasText: 'RMC-team van de regio' })
      .first()
      .getAttribute('value');
    expect(regioTeam).toBeTruthy();
    await coordinator.getByLabel('Organisatie').selectOption(regioTeam!);
    await coordinator.getByLabel('Rol').selectOption('regio-consulent');
    await coordinator.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: `Uitnodiging verstuurd naar ${email}` })
      .waitFor();
    await coordinator.getByRole('cell', { name: email }).waitFor();
    await controleerPagina(coordinator, '04-gebruikers-uitgenodigd');

    // 3. The invitation mail carries the set-password link with the token in the fragment.
    const link = await wachtOpWachtwoordLink(email);
    expect(link).toMatch(/^\/wachtwoord-instellen#token=/);

    // 4. The new user (own browser session) sets a password.
    const nieuweGebruiker = await nieuwePagina();
    await nieuweGebruiker.goto(`${baseUrl}${link}`);
    await nieuweGebruiker.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    // The portal strips the token from the address bar once it has read it.
    expect(new URL(nieuweGebruiker.url()).hash).toBe('');
    await controleerPagina(nieuweGebruiker, '05-wachtwoord-instellen');
    await nieuweGebruiker.getByLabel('Nieuw wachtwoord').fill(wachtwoord);
    await nieuweGebruiker.getByLabel('Herhaal het wachtwoord').fill(wachtwoord);
    await nieuweGebruiker.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await nieuweGebruiker.waitForURL((url) => url.pathname === '/inloggen');
    await nieuweGebruiker.getByText('Uw wachtwoord is ingesteld').waitFor();
    await controleerPagina(nieuweGebruiker, '06-inloggen-na-wachtwoord');

    // 5. ...and logs in (setting up two-step verification first if the region requires it).
    await login(nieuweGebruiker, email, wachtwoord);
    if (new URL(nieuweGebruiker.url()).pathname.startsWith('/totp-instellen')) {
      await controleerPagina(nieuweGebruiker, '07-totp-instellen');
      await stelTotpInAlsGevraagd(nieuweGebruiker);
    }

    // 6. The shell: header with the account, the main navigation, the greeting.
    await controleerPagina(nieuweGebruiker, '08-overzicht-nieuwe-gebruiker');
    await nieuweGebruiker
      .getByRole('banner')
      .getByRole('button', { name: new RegExp(naam) })
      .waitFor();
    await nieuweGebruiker.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).waitFor();
    await expect(nieuweGebruiker.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(naam);
    // A consulent may not manage users: the item is hidden.
    expect(
      await nieuweGebruiker.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).count(),
    ).toBe(0);
  });
});
