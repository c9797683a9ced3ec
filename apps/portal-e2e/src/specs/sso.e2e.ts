import { Client } from 'pg';
import { api, apiLogin, apiOk } from '../support/api';
import { baseUrl } from '../support/env';
import { COORDINATOR } from '../support/login';
import { startProvider, type E2eProvider } from '../support/oidc';
import { controleerPagina } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

/**
 * Single sign-on (issue 15): the coördinator configures the organisation's identity provider in the
 * portal; an invited professional logs in with "Inloggen met …" at a real OIDC provider (started
 * here) that asserts MFA, and lands in the portal without any TOTP step — even though the region
 * requires TOTP. Every state: screenshot + axe.
 */
describe('Eenmalige aanmelding (OIDC)', () => {
  const { ingelogd, nieuwePagina } = sessiesPerSpec();
  let op: E2eProvider;
  const db = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
  const achtervoegsel = Math.random().toString(36).slice(2, 7);
  const email = `sso-${achtervoegsel}@ijssel-vecht.demo`;
  const knop = `Gemeente E2E ${achtervoegsel}`;
  const zetTotpVerplicht = (aan: boolean) =>
    db.query(
      `UPDATE regio SET instellingen = instellingen || jsonb_build_object('totpVerplicht', $1::boolean) WHERE naam = 'IJssel-Vecht'`,
      [aan],
    );

  beforeAll(async () => {
    await db.connect();
    op = await startProvider([
      {
        client_id: 'rmc-e2e',
        client_secret: 'e2e-client-geheim-0123456789',
        redirect_uris: [`${baseUrl}/api/v1/auth/sso/callback`],
        post_logout_redirect_uris: [`${baseUrl}/inloggen?uitgelogd=1`],
      },
    ]);
    // An invited colleague (no password yet) in the coördinator's own organisation, the RMC team.
    const token = await apiLogin(COORDINATOR);
    const me = await apiOk<{ organisatie: { id: string } }>(token, 'GET', '/auth/me');
    const uitnodiging = await api(token, 'POST', '/gebruikers/uitnodigingen', {
      email,
      naam: 'Sanne SSO',
      rol: 'regio-consulent',
      organisatieId: me.organisatie.id,
    });
    expect(uitnodiging.status).toBe(201);
    await op.post('account', { sub: `sub-${achtervoegsel}`, claims: { email, email_verified: true, name: 'Sanne SSO' } });
  });

  afterAll(async () => {
    await zetTotpVerplicht(false);
    await db.end();
    await op?.stop();
  });

  it('de coördinator stelt de identiteitsprovider in; de medewerker logt in met MFA van de provider, zonder TOTP', async () => {
    const coordinator = await ingelogd(COORDINATOR);
    await naarViaMenu(coordinator, 'Eenmalige aanmelding', 'Eenmalige aanmelding');
    await controleerPagina(coordinator, '90-sso-beheer');

    // A form error first (no domain): at the field.
    await coordinator.getByLabel('Naam op de inlogknop').fill(knop);
    await coordinator.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'RMC-team IJssel-Vecht' });
    await coordinator.getByLabel('Issuer (adres van de identiteitsprovider)').fill(op.issuer);
    await coordinator.getByLabel('Client-id').fill('rmc-e2e');
    await coordinator.getByLabel('Client-geheim').fill('e2e-client-geheim-0123456789');
    await coordinator.getByRole('button', { name: 'Identiteitsprovider toevoegen' }).click();
    await coordinator.locator('#idp-domeinen-fout').waitFor();
    await coordinator.getByLabel('Toegestane e-maildomeinen').fill('ijssel-vecht.demo');
    await coordinator.getByRole('button', { name: 'Identiteitsprovider toevoegen' }).click();
    await coordinator.getByText(`${knop} is toegevoegd.`).waitFor();
    await coordinator.getByText(`${baseUrl}/api/v1/auth/sso/callback`).waitFor();
    await controleerPagina(coordinator, '91-sso-beheer-toegevoegd');
    expect(await coordinator.content()).not.toContain('e2e-client-geheim-0123456789');

    // The region requires TOTP: the identity provider's MFA counts.
    await zetTotpVerplicht(true);
    const medewerker = await nieuwePagina();
    await medewerker.goto(`${baseUrl}/inloggen`);
    const inloggen = medewerker.getByRole('link', { name: `Inloggen met ${knop}` });
    await inloggen.waitFor();
    await controleerPagina(medewerker, '92-sso-inloggen');
    await op.post('volgende', { sub: `sub-${achtervoegsel}`, amr: ['pwd', 'mfa'] });
    await inloggen.click();
    // The overview greets the user by name: logged in, and no TOTP page on the way.
    await medewerker.getByRole('heading', { level: 1, name: /Sanne SSO/ }).waitFor();
    expect(new URL(medewerker.url()).pathname).toBe('/');
    await controleerPagina(medewerker, '93-sso-ingelogd');
    const ik = await medewerker.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
    expect(ik).toMatchObject({ gebruiker: { email }, totpInstellenVereist: false });
  });
});
