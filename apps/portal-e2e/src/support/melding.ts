import type { Page } from 'playwright-core';

/** BSNs of the demo persons (apps/api/src/demo/demo-data.ts): never reused by the tests. */
const DEMO_BSNS = new Set([
  '999955627',
  '999006022',
  '999677354',
  '999468480',
  '999416273',
  '999384934',
  '999859699',
  '999428925',
  '999693712',
  '999739645',
  '999983696',
  '999228468',
  '999745268',
  '999799551',
  '999606360',
]);
const uitgedeeld = new Set<string>();

/** A person of the demo set (not one a test created). */
export function isDemoBsn(bsn: string | undefined): boolean {
  return !!bsn && DEMO_BSNS.has(bsn);
}

/**
 * A fresh BSN from the test range (999…) that passes the 11-proef: sum(d1·9 … d8·2) − d9 ≡ 0 (mod 11).
 * Unique per run, so the 7-day rule never trips over an earlier run's melding.
 */
export function nieuwBsn(): string {
  for (;;) {
    const acht = `999${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
    const som = acht.split('').reduce((acc, c, i) => acc + Number(c) * (9 - i), 0);
    const controle = som % 11;
    if (controle === 10) continue;
    const bsn = `${acht}${controle}`;
    if (!DEMO_BSNS.has(bsn) && !uitgedeeld.has(bsn)) {
      uitgedeeld.add(bsn);
      return bsn;
    }
  }
}

/** yyyy-mm-dd, `dagen` days before today in the Netherlands. */
export function dagenGeleden(dagen: number): string {
  const d = new Date(Date.now() - dagen * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

export interface Student {
  bsn: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
}

const STAPPEN = ['Student', 'Verzuim', 'Zorgen en aanpak', 'Melder', 'Controleren en versturen'];

/** "Volgende" on the new-melding form, then waits for the heading of step `naar` (1-based). */
export async function volgendeStap(page: Page, naar: number): Promise<void> {
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: `Stap ${naar} van ${STAPPEN.length}: ${STAPPEN[naar - 1]}` }).waitFor();
}

/** Step 1 of the "Nieuwe melding" form (by control id: labels carry "(niet verplicht)" depending on the kind). */
export async function vulStudentStap(page: Page, student: Student, opties: { overslaan?: string[] } = {}): Promise<void> {
  const overslaan = new Set(opties.overslaan ?? []);
  const vul = async (veld: string, waarde: string) => {
    if (!overslaan.has(veld)) await page.locator(`#melding-${veld}`).fill(waarde);
  };
  await vul('bsn', student.bsn);
  await vul('voornaam', student.voornaam);
  await vul('achternaam', student.achternaam);
  await vul('geboortedatum', student.geboortedatum);
  await vul('postcode', student.postcode);
  await vul('telefoon', '06-12345678');
}

/** Steps 2 to 4 (Verzuim, Zorgen en aanpak, Melder), starting on step 2; ends on the summary (step 5). */
export async function vulVervolgStappen(
  page: Page,
  soort: 'aaneengesloten-4-weken' | '16-uur-in-4-weken',
  opties: { melderFunctie?: string } = {},
): Promise<void> {
  await page.locator('#melding-soort').selectOption(soort);
  await page.locator('#melding-begindatum').fill(dagenGeleden(30));
  await page
    .locator('#melding-vermoedelijkeSoort')
    .selectOption(soort === '16-uur-in-4-weken' ? '16-uur-in-4-weken' : '1-maand-of-langer');
  await page.locator('#melding-vermoedelijkeReden').fill('Problemen thuis; student geeft aan niet gemotiveerd te zijn.');
  if (soort === 'aaneengesloten-4-weken') {
    await page.locator('#melding-allesGemist').check();
    await page.locator('#melding-verzuimDagen').fill('22');
  } else {
    await page.locator('#melding-verzuimUren').fill('20');
  }
  await volgendeStap(page, 3);
  await page.locator('#melding-zorgen').check();
  await page.locator('#melding-doorSchoolOndernomen').fill('Twee verzuimgesprekken gevoerd en ouders gebeld.');
  await page.locator('#melding-actieGewenst').check();
  await page.locator('#melding-toelichtingActieGewenst').fill('Graag contact met de student en een huisbezoek.');
  await volgendeStap(page, 4);
  await page.locator('#melding-melderFunctie').fill(opties.melderFunctie ?? 'Verzuimcoördinator');
  await volgendeStap(page, 5);
}

/** Goes through all steps of the "Nieuwe melding" form up to the summary before sending. */
export async function vulMelding(
  page: Page,
  student: Student,
  soort: 'aaneengesloten-4-weken' | '16-uur-in-4-weken',
  opties: { melderFunctie?: string } = {},
): Promise<void> {
  await vulStudentStap(page, student);
  await volgendeStap(page, 2);
  await vulVervolgStappen(page, soort, opties);
}
