import type { Browser, BrowserContext, Page } from 'playwright-core';
import { nieuweSessie, startBrowser } from './browser';
import { baseUrl } from './env';
import { DEMO_WACHTWOORD, login } from './login';

export interface Sessies {
  /** A page in a context of its own (own cookies), logged in through the form with the demo password. */
  ingelogd(email: string): Promise<Page>;
  /** A page in a context of its own, not logged in. */
  nieuwePagina(): Promise<Page>;
  /** Closes the contexts opened so far; the browser stays for the next test. */
  sluitContexten(): Promise<void>;
}

/**
 * The browser of one spec file and every context it opens. Call it at the top of the describe block:
 * it registers the beforeAll/afterAll there, so the browser starts before the spec's own beforeAll
 * and nothing of one spec (sessions, polling pages) is left running into the next on the shared
 * machine. `rechten` are granted to every context, e.g. the clipboard for a copy button.
 */
export function sessiesPerSpec(opties: { rechten?: string[] } = {}): Sessies {
  let browser: Browser | undefined;
  const contexten: BrowserContext[] = [];

  async function sluitContexten(): Promise<void> {
    for (const context of contexten.splice(0)) await context.close();
  }

  async function nieuwePagina(): Promise<Page> {
    if (!browser) throw new Error('Geen browser: roep sessiesPerSpec() aan in het describe-blok, niet in een test.');
    const context = await nieuweSessie(browser);
    contexten.push(context);
    if (opties.rechten) await context.grantPermissions(opties.rechten, { origin: baseUrl });
    return context.newPage();
  }

  async function ingelogd(email: string): Promise<Page> {
    const page = await nieuwePagina();
    await page.goto(`${baseUrl}/inloggen`);
    await login(page, email, DEMO_WACHTWOORD);
    return page;
  }

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await sluitContexten();
    await browser?.close();
  });

  return { ingelogd, nieuwePagina, sluitContexten };
}

/** Through the main menu as a user gets there (not by address), then wait for the page's h1. */
export async function naarViaMenu(page: Page, label: string, kop: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: kop }).waitFor();
}
