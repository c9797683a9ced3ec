import type { Page } from 'playwright-core';
import { authenticator } from 'otplib';
import { baseUrl } from './env';

export const DEMO_WACHTWOORD = 'Demo-wachtwoord-2026!';
export const COORDINATOR = 'coordinator@ijssel-vecht.demo';
export const PLATFORMBEHEERDER = 'platform@rmc.demo';

/** Logs in through the form and waits until the portal has left the login page. */
export async function login(page: Page, email: string, wachtwoord: string): Promise<void> {
  if (!new URL(page.url(), baseUrl).pathname.startsWith('/inloggen')) await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/**
 * When the region requires two-step verification the portal routes a new user to the setup
 * page first: read the secret from the page and answer with a code, like an authenticator app.
 */
export async function stelTotpInAlsGevraagd(page: Page): Promise<boolean> {
  if (!new URL(page.url()).pathname.startsWith('/totp-instellen')) return false;
  const sleutel = (await page.locator('.rmc-sleutel code').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code uit de app').fill(authenticator.generate(sleutel));
  await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/totp-instellen'));
  return true;
}
