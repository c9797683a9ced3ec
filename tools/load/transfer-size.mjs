#!/usr/bin/env node
// Initial transfer size of the portal per role (issue 13 item 10, ADR 0019): for each demo role it logs
// in (TOTP set up like an authenticator app when the region asks), then opens the overview in a fresh
// browser context with an empty cache and the session cookie, waits until the network is idle and adds
// up the compressed bodies (as sent, Content-Encoding br) of every portal file (not /api); the response
// headers are shown beside it (over HTTP/2 an ingress compresses them). Budget: 150 kB of bodies.
// Usage: node tools/load/transfer-size.mjs [base URL, default http://localhost:3000]
// (start the demo first: npm start, or any API with PORTAL_DIST and the demo accounts)
import { chromium } from 'playwright-core';
import { authenticator } from 'otplib';

const BASIS = process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000';
const WACHTWOORD = process.env.DEMO_WACHTWOORD ?? 'Demo-wachtwoord-2026!';
const BUDGET = 150 * 1024;
const ROLLEN = [
  ['regio-coordinator', 'coordinator@ijssel-vecht.demo'],
  ['regio-consulent', 'consulent@ijssel-vecht.demo'],
  ['leerplichtambtenaar', 'leerplicht@ijssel-vecht.demo'],
  ['beleidsmedewerker', 'beleid@ijssel-vecht.demo'],
  ['school-verzuimcoordinator', 'verzuim@ijssel-vecht.demo'],
  ['school-mentor', 'mentor@ijssel-vecht.demo'],
  ['wi-klantmanager', 'wi@ijssel-vecht.demo'],
  ['platform-beheerder', 'platform@rmc.demo'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
});

async function inloggen(email) {
  const ctx = await browser.newContext({ locale: 'nl-NL' });
  const page = await ctx.newPage();
  await page.goto(`${BASIS}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  if (new URL(page.url()).pathname.startsWith('/totp-instellen')) {
    const sleutel = (await page.locator('.rmc-sleutel code').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code uit de app').fill(authenticator.generate(sleutel));
    await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/totp-instellen'));
  }
  const staat = await ctx.storageState();
  await ctx.close();
  return staat;
}

async function meet(staat) {
  const ctx = await browser.newContext({ locale: 'nl-NL', storageState: staat });
  const page = await ctx.newPage();
  const antwoorden = [];
  page.on('requestfinished', (req) => {
    if (!new URL(req.url()).pathname.startsWith('/api')) antwoorden.push(req);
  });
  await page.goto(`${BASIS}/`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  let totaal = 0;
  let koppen = 0;
  let ruw = 0;
  for (const req of antwoorden) {
    const maten = await req.sizes();
    totaal += maten.responseBodySize;
    koppen += maten.responseHeadersSize;
    const res = await req.response();
    ruw += res ? (await res.body()).length : 0;
  }
  await ctx.close();
  return { bestanden: antwoorden.length, totaal, koppen, ruw };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let fout = false;
console.log(`Initial load of ${BASIS}/ per role (portal files, not /api; budget ${kb(BUDGET)} compressed)`);
console.log('| Role | Files | Compressed bodies | + response headers | Uncompressed |');
console.log('|---|---|---|---|---|');
for (const [rol, email] of ROLLEN) {
  try {
    const { bestanden, totaal, koppen, ruw } = await meet(await inloggen(email));
    if (totaal > BUDGET) fout = true;
    console.log(
      `| ${rol} | ${bestanden} | ${kb(totaal)}${totaal > BUDGET ? ' (over budget)' : ''} | ${kb(koppen)} | ${kb(ruw)} |`,
    );
  } catch (e) {
    fout = true;
    console.log(`| ${rol} | – | failed: ${e.message.split('\n')[0]} | | |`);
  }
}
await browser.close();
process.exit(fout ? 1 : 0);
