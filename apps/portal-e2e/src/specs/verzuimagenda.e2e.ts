import { baseUrl } from '../support/env';
import { controleerPagina } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

/**
 * Verzuimagenda through the portal: the demo agenda of Landstede MBO 2026-2027 (vastgesteld, parties
 * Landstede, IJssel-Vecht and Twente) is changed → a new version (concept) → ter accordering → approved
 * by all three parties → vastgesteld; the differences between the versions are shown; the PDF opens.
 * And the naleving (compliance) page for a region and a school. Every page: screenshot + axe.
 */
describe('Verzuimagenda en naleving', () => {
  const { ingelogd } = sessiesPerSpec();

  it('wijzigen maakt een nieuwe versie; na akkoord van alle partijen is die vastgesteld; verschillen en PDF', async () => {
    const ijsselVecht = await ingelogd('coordinator@ijssel-vecht.demo');
    await naarViaMenu(ijsselVecht, 'Verzuimagenda', 'Verzuimagenda');
    await controleerPagina(ijsselVecht, '70-verzuimagendas');
    await ijsselVecht.getByRole('link', { name: 'Landstede MBO' }).first().click();
    await ijsselVecht.getByRole('heading', { level: 2, name: 'Normen per soort melding' }).waitFor();
    await controleerPagina(ijsselVecht, '71-verzuimagenda');

    // The PDF export opens (same session cookie).
    const href = await ijsselVecht.getByRole('link', { name: /Download PDF/ }).getAttribute('href');
    const pdf = await ijsselVecht.request.get(new URL(href!, baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Change the pick-up term of the vervolgmelding: a vastgesteld agenda gets a new version.
    await ijsselVecht.getByRole('button', { name: 'Agenda wijzigen' }).click();
    await ijsselVecht.getByRole('heading', { level: 2, name: 'Agenda wijzigen' }).waitFor();
    const vervolg = ijsselVecht.getByRole('group', { name: 'Vervolgmelding' });
    await vervolg.getByLabel('Oppaktermijn in werkdagen').fill('0');
    await ijsselVecht.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await vervolg.getByText('Vul een oppaktermijn van 1 tot en met 60 werkdagen in.').waitFor();
    await controleerPagina(ijsselVecht, '72-verzuimagenda-wijzigen-fout');
    await vervolg.getByLabel('Oppaktermijn in werkdagen').fill('8');
    await ijsselVecht.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await ijsselVecht
      .getByRole('status')
      .filter({ hasText: /nieuwe versie \(2\)/ })
      .waitFor();
    await ijsselVecht.getByRole('region', { name: 'Stand van zaken' }).getByText('Concept', { exact: true }).waitFor();

    await ijsselVecht.getByRole('button', { name: 'Indienen ter accordering' }).click();
    await ijsselVecht.getByRole('status').filter({ hasText: 'ter accordering aangeboden' }).waitFor();
    await ijsselVecht.getByRole('button', { name: /Goedkeuren namens/ }).click();
    await ijsselVecht.getByRole('status').filter({ hasText: 'wacht nog op de andere partijen' }).waitFor();
    await controleerPagina(ijsselVecht, '73-verzuimagenda-ter-accordering');
    const versie2 = new URL(ijsselVecht.url()).pathname;

    for (const email of ['verzuim@ijssel-vecht.demo', 'coordinator@twente.demo']) {
      const partij = await ingelogd(email);
      await partij.goto(`${baseUrl}${versie2}`);
      await partij.getByRole('button', { name: /Goedkeuren namens/ }).click();
      await partij
        .getByRole('status')
        .filter({ hasText: /Goedgekeurd/ })
        .waitFor();
    }

    await ijsselVecht.reload();
    await ijsselVecht.getByRole('region', { name: 'Stand van zaken' }).getByText('Vastgesteld', { exact: true }).waitFor();
    await ijsselVecht.getByRole('button', { name: /Verschillen van versie 2 met versie 1/ }).click();
    const verschillen = ijsselVecht.getByRole('table', { name: 'Gewijzigde onderdelen' });
    await verschillen.getByRole('cell', { name: 'Vervolgmelding – Oppaktermijn (werkdagen)' }).waitFor();
    await verschillen.getByRole('cell', { name: '8', exact: true }).waitFor();
    await controleerPagina(ijsselVecht, '74-verzuimagenda-vastgesteld-verschillen');
  });

  it('naleving per vestiging voor de regio en voor de school, met grafieken en tabellen', async () => {
    const regio = await ingelogd('coordinator@ijssel-vecht.demo');
    await naarViaMenu(regio, 'Naleving', 'Naleving van de verzuimagenda');
    await regio.getByRole('heading', { level: 2, name: /Schooljaar/ }).waitFor();
    await controleerPagina(regio, '75-naleving-regio');
    const csv = await regio.request.get(
      new URL((await regio.getByRole('link', { name: /Download CSV/ }).getAttribute('href'))!, baseUrl).toString(),
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');

    const school = await ingelogd('verzuim@ijssel-vecht.demo');
    await naarViaMenu(school, 'Naleving', 'Naleving van de verzuimagenda');
    await school.getByRole('heading', { level: 2, name: /Schooljaar/ }).waitFor();
    const details = school.locator('details.rmc-grafiek__tabel summary');
    for (let i = 0; i < (await details.count()); i++) await details.nth(i).click();
    await controleerPagina(school, '76-naleving-school');
  });
});
