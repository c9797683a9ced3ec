import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const SCREENSHOTS = resolve(__dirname, '../../../../artifacts/screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until the page has settled: its h1 is there and no request is still running. */
export async function wachtOpPagina(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

export async function bewaarScreenshot(page: Page, naam: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top: a full-page capture of a scrolled page draws fixed elements (the hidden skip link)
  // at the wrong place in the picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), fullPage: true });
}

/** Runs axe with the WCAG 2.1 A/AA rules; fails with a readable list of what is wrong. */
export async function expectNoA11yViolations(page: Page, naam: string): Promise<void> {
  const resultaat = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const overzicht = resultaat.violations.map(
    (v) =>
      `${naam}: [${v.impact}] ${v.id} — ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(overzicht).toEqual([]);
}

/** Every visited page: settle, screenshot, accessibility check. */
export async function controleerPagina(page: Page, naam: string): Promise<void> {
  await wachtOpPagina(page);
  await bewaarScreenshot(page, naam);
  await expectNoA11yViolations(page, naam);
}
