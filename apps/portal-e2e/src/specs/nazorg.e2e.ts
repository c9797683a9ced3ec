import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { alleItems, api, apiLogin } from '../support/api';
import { smtpMessages } from '../support/env';
import { PLATFORMBEHEERDER } from '../support/login';
import { isDemoBsn } from '../support/melding';
import { controleerPagina } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const CONSULENT = 'consulent@ijssel-vecht.demo';

interface Persoon {
  id: string;
  bsn?: string;
  voornaam?: string;
  achternaam?: string;
}

interface Mail {
  to?: string;
  subject?: string;
  text?: string;
}

async function totDat<T>(
  omschrijving: string,
  probeer: () => Promise<T | null | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const tot = Date.now() + timeoutMs;
  while (Date.now() < tot) {
    const uitkomst = await probeer();
    if (uitkomst) return uitkomst;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${omschrijving}: niet binnen ${timeoutMs} ms`);
}

/**
 * Issue 6, Playwright acceptance line: after closing a case a nazorg check-in task appears for the
 * consulent once the clock is advanced (the first check-in made due today), the notification count
 * in the shell updates, the outcome "geen" offers to reopen the case, and the daily digest reaches
 * the SMTP sink without personal data. Every page and state: screenshot + axe.
 */
describe('Nazorg na het afsluiten van een casus', () => {
  const { ingelogd } = sessiesPerSpec();
  let consulent: Page;
  let token = '';
  let casusId = '';
  let jongere: Persoon;
  let naam = '';

  const bel = (page: Page) => page.locator('rmc-notificatie-bel a.rmc-bel');
  async function ongelezen(page: Page): Promise<number> {
    const aantal = page.locator('rmc-notificatie-bel .rmc-bel__aantal');
    return (await aantal.count()) ? Number((await aantal.innerText()).replace(/\D/g, '')) : 0;
  }

  it('een afgesloten casus in nazorg krijgt nazorgmomenten (voorbereid via de API)', async () => {
    token = await apiLogin(CONSULENT);
    // The e2e database is shared by every spec in the run: pick a demo jongere without a case now.
    const personen = await alleItems<Persoon>(token, '/personen');
    const casussen = await alleItems<{ voornaam: string; achternaam: string }>(token, '/casussen');
    const bezet = new Set(casussen.map((c) => `${c.voornaam} ${c.achternaam}`));
    const vrij = personen.find((p) => isDemoBsn(p.bsn) && !bezet.has(`${p.voornaam} ${p.achternaam}`));
    expect(vrij).toBeDefined();
    jongere = vrij!;
    naam = `${jongere.voornaam} ${jongere.achternaam}`;

    const casus = await api<{ id: string }>(token, 'POST', '/casussen', {
      persoonId: jongere.id,
      doelgroep: 'nieuw-vsv',
      bron: 'loket',
    });
    expect(casus.status).toBe(201);
    casusId = casus.body.id;
    expect(
      (
        await api(token, 'PUT', `/casussen/${casusId}/signalering`, {
          actieNodig: false,
          toelichting: 'Weer aan het werk bij een installatiebedrijf.',
        })
      ).status,
    ).toBe(200);
    expect(
      (await api(token, 'POST', `/casussen/${casusId}/fase`, { naar: 'afgesloten', sluitreden: 'werk' })).status,
    ).toBeLessThan(300);
    const nazorg = await api<{ fase: string }>(token, 'POST', `/casussen/${casusId}/fase`, { naar: 'nazorg' });
    expect(nazorg.body.fase).toBe('nazorg');

    const taken = (await alleItems<{ casusId: string; nuTeDoen: boolean }>(token, '/nazorg/taken')).filter(
      (t) => t.casusId === casusId,
    );
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.some((t) => t.nuTeDoen)).toBe(false);
  });

  it('de consulent ziet het aantal berichten oplopen zodra het eerste nazorgmoment vandaag is', async () => {
    consulent = await ingelogd(CONSULENT);
    await consulent.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    await consulent.waitForLoadState('networkidle');
    const voor = await ongelezen(consulent);

    // The mail preference through the account page: one daily digest.
    await consulent.locator('.rmc-account__knop').click();
    await consulent.getByRole('link', { name: 'Mijn account en e-mailvoorkeur' }).click();
    await consulent.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await controleerPagina(consulent, 'nazorg-01-account');
    await consulent.getByLabel('Eén dagelijks overzicht').check();
    await consulent.getByRole('button', { name: 'Voorkeur opslaan' }).click();
    await consulent.getByRole('status').filter({ hasText: 'u krijgt één dagelijks overzicht' }).waitFor();
    await controleerPagina(consulent, 'nazorg-02-account-opgeslagen');
    // And as an API client would, as the issue describes (same endpoint, same value).
    expect((await api(token, 'PATCH', '/auth/voorkeuren', { mailVoorkeur: 'dagelijks' })).status).toBe(200);

    // Advance the clock: the first check-in is due today.
    const db = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
    await db.connect();
    try {
      const res = await db.query(
        `UPDATE nazorg_taak SET moment = current_date WHERE casus_id = $1 AND moment = (SELECT min(moment) FROM nazorg_taak WHERE casus_id = $1)`,
        [casusId],
      );
      expect(res.rowCount).toBe(1);
    } finally {
      await db.end();
    }

    // The worker scans every second; the shell's bell reloads on navigation (and polls).
    await totDat('het aantal ongelezen berichten loopt op', async () => {
      await consulent
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Overzicht', exact: true })
        .click();
      await consulent.waitForLoadState('networkidle');
      return (await ongelezen(consulent)) > voor;
    });
    await bel(consulent)
      .getByText(/ongelezen/)
      .waitFor({ state: 'attached' });
    await controleerPagina(consulent, 'nazorg-03-bel-bijgewerkt');
  });

  it('op /nazorg staat het moment bovenaan; de uitkomst "geen" biedt heropenen aan', async () => {
    await naarViaMenu(consulent, 'Nazorg', 'Nazorg');
    const nu = consulent.getByRole('region', { name: 'Nu te doen' });
    await nu.getByRole('heading', { level: 3, name: naam }).waitFor();
    const taak = nu.getByRole('listitem').filter({ has: consulent.getByRole('heading', { level: 3, name: naam }) });
    await controleerPagina(consulent, 'nazorg-04-nu-te-doen');

    // Without a choice: the field error.
    await taak.getByRole('button', { name: `Uitkomst vastleggen voor ${naam}` }).click();
    await taak.getByText('Kies waar de jongere nu is.').first().waitFor();
    await controleerPagina(consulent, 'nazorg-05-veldfout');

    await taak
      .getByRole('group', { name: `Waar is ${naam} nu?` })
      .getByLabel('Geen school, werk of dagbesteding')
      .check();
    await taak.getByLabel('Toelichting').fill('Baan verloren, zit thuis.');
    await taak.getByRole('button', { name: `Uitkomst vastleggen voor ${naam}` }).click();
    await consulent
      .getByRole('status')
      .filter({ hasText: `De uitkomst voor ${naam} is vastgelegd.` })
      .waitFor();
    await consulent.getByText('De jongere is niet meer aan het werk/op school. Casus heropenen?').waitFor();
    await consulent
      .getByRole('region', { name: 'Afgerond' })
      .getByRole('cell', { name: 'Geen school, werk of dagbesteding' })
      .first()
      .waitFor();
    await controleerPagina(consulent, 'nazorg-06-heropenen-aangeboden');

    await consulent.getByRole('button', { name: `Casus heropenen van ${naam}` }).click();
    await consulent.getByRole('status').filter({ hasText: 'is heropend' }).waitFor();
    const casus = await api<{ fase: string }>(token, 'GET', `/casussen/${casusId}`);
    expect(casus.body.fase).toBe('analyseren');
    await consulent.getByRole('link', { name: `Naar de heropende casus van ${naam}` }).click();
    await consulent.waitForURL((url) => url.pathname === `/casussen/${casusId}`);
    await consulent.getByRole('heading', { level: 1, name: `Casus ${naam}` }).waitFor();
    await controleerPagina(consulent, 'nazorg-07-casus-heropend');
  });

  it('het dagelijkse overzicht komt aan in de mailbox, zonder persoonsgegevens', async () => {
    const digest = await totDat('digest voor de consulent', async () => {
      const mails = (await smtpMessages()) as Mail[];
      return mails.find(
        (m) => (m.to ?? '').toLowerCase().includes(CONSULENT) && (m.subject ?? '').startsWith('Uw dagelijkse overzicht'),
      );
    });
    const tekst = `${digest.subject ?? ''}\n${digest.text ?? ''}`;
    expect(tekst).toContain('/berichten');
    expect(tekst).not.toMatch(/(?<!\d)\d{9}(?!\d)/);
    if (jongere.bsn) expect(tekst).not.toContain(jongere.bsn);
    for (const deel of [jongere.voornaam, jongere.achternaam].filter((d): d is string => !!d && d.length > 1))
      expect(tekst).not.toContain(deel);
  });

  it('de platformbeheerder ziet de wachtrijen en de e-mailoutbox, zonder persoonsgegevens', async () => {
    const page = await ingelogd(PLATFORMBEHEERDER);
    await naarViaMenu(page, 'Wachtrijen', 'Wachtrijen');
    await page.getByRole('cell', { name: 'E-mail', exact: true }).waitFor();
    await page.getByText('Verzonden in de laatste 24 uur').waitFor();
    await page.getByRole('columnheader', { name: 'Oudste wachtende taak' }).first().waitFor();
    // The reminder scan's heartbeat: the e2e worker scans every second, so it is recent and nobody is warned.
    await page.getByText('Laatste ronde van de herinneringen').waitFor();
    expect(await page.getByText('De herinneringen lopen achter').count()).toBe(0);
    // Job-level view: pick a queue and a state; the table answers (possibly empty), nothing personal in it.
    await page.getByLabel('Wachtrij', { exact: true }).selectOption('mail');
    await page.getByLabel('Toestand', { exact: true }).selectOption('completed');
    await page.getByRole('button', { name: 'Taken tonen' }).click();
    await page.getByRole('table', { name: 'Taken in de gekozen wachtrij (de nieuwste 50)' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/@/);
    await controleerPagina(page, 'nazorg-08-platform-wachtrijen');
  });
});
