import { readFile } from 'node:fs/promises';
import { nieuwBsn } from '../support/melding';
import { baseUrl } from '../support/env';
import { controleerPagina } from '../support/pagina';
import { naarViaMenu, sessiesPerSpec } from '../support/sessies';

const SCHOOL = 'verzuim@ijssel-vecht.demo'; // Landstede MBO Zwolle

/**
 * Issue 13, items 6 and 7. The CSV import accepts what the screen shows (the agenda's soort labels,
 * Dutch dates), reports every error of a row, and offers a template; the naleving figures tell one
 * story (overdue open meldingen count as late), charts first with the months as columns, and the
 * verzuimagenda's own page shows its figures. Every page: screenshot + axe.
 */
describe('Import zoals het scherm het toont; naleving als één verhaal', () => {
  const { ingelogd } = sessiesPerSpec();
  const uniek = Math.random().toString(36).slice(2, 7);

  it('CSV-import met labels en Nederlandse datums, alle fouten per rij, en het sjabloon', async () => {
    const school = await ingelogd(SCHOOL);
    await naarViaMenu(school, 'Meldingen', 'Meldingen');
    await school.getByRole('link', { name: 'Meldingen importeren (CSV)' }).click();
    await school.getByRole('heading', { level: 1, name: 'Meldingen importeren' }).waitFor();

    // The template: every column named as the screen names it, and one example row.
    const [download] = await Promise.all([
      school.waitForEvent('download'),
      school.getByRole('button', { name: /Download het sjabloon/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sjabloon-meldingen-import.csv');
    const sjabloon = (await readFile((await download.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(sjabloon).toHaveLength(2);
    expect(sjabloon[0].split(';').slice(0, 3)).toEqual(['Soort melding', 'BSN', 'Voornaam']);
    expect(sjabloon[1]).toContain('16 uur in 4 weken');

    // Labels and Dutch dates as a coordinator would type them; no melder column (the uploader is used).
    const csv = [
      'Soort melding;BSN;Voornaam;Achternaam;Geboortedatum;Postcode;Begindatum;Vermoedelijke soort verzuim;Verzuimuren;Actie gewenst;Toelichting;Functie melder',
      `16 Uur In 4 Weken;${nieuwBsn()};Iris;Label-${uniek};2-2-2006;8017 CA;1-10-2026;16 uur in 4 weken;18;ja;Graag contact;Verzuimcoördinator`,
      `vierkant;123456789;Bram;Fout-${uniek};02-02-2006;12;2026-10-01;16 uur in 4 weken;veel;nee;;Verzuimcoördinator`,
    ].join('\n');
    await school.getByLabel(/Of plak de inhoud/).fill(csv);
    await school.getByRole('table', { name: 'Kolommen koppelen aan velden van de melding' }).waitFor();
    const veld = (kop: string) => school.getByRole('combobox', { name: `Veld voor kolom ${kop}` });
    expect(await veld('Soort melding').inputValue()).toBe('soort');
    // Columns whose names differ from the screen's are mapped by hand.
    for (const [kop, naar] of [
      ['BSN', 'bsn'],
      ['Voornaam', 'voornaam'],
      ['Achternaam', 'achternaam'],
      ['Geboortedatum', 'geboortedatum'],
      ['Postcode', 'postcode'],
      ['Begindatum', 'begindatum'],
      ['Vermoedelijke soort verzuim', 'vermoedelijkeSoort'],
      ['Verzuimuren', 'verzuimUren'],
      ['Actie gewenst', 'actieGewenst'],
      ['Toelichting', 'toelichtingActieGewenst'],
      ['Functie melder', 'melderFunctie'],
    ])
      if ((await veld(kop).inputValue()) !== naar) await veld(kop).selectOption(naar);
    await controleerPagina(school, '63-import-labels');

    await school.getByRole('button', { name: 'Proefrun starten' }).click();
    await school.getByRole('status').filter({ hasText: 'Proefrun klaar: 1 goed' }).waitFor({ timeout: 30_000 });
    const fouten = school.getByRole('table', { name: 'Fouten per rij' });
    await fouten.waitFor();
    const rijen = await fouten.locator('tbody tr').allInnerTexts();
    // Row 3 has four errors, every one reported with its own column and Dutch text.
    const rij3 = rijen.filter((r) => r.startsWith('3'));
    expect(rij3.length).toBe(4);
    const tekst = rij3.join('\n');
    expect(tekst).toContain('Dit BSN voldoet niet aan de elfproef.');
    expect(tekst).toContain('Vul een geldige postcode in (1234 AB).');
    expect(tekst).toContain('Onbekende soort melding');
    expect(tekst).toContain('Vul een geheel aantal uren in.');
    expect(tekst).not.toContain('te veel uren');
    await controleerPagina(school, '64-import-alle-fouten');
  });

  it('naleving: grafieken eerst, maanden als kolommen, oppak als één verhaal; de agenda toont haar eigen cijfers', async () => {
    // A melding of this school year for the region (the school imports one through the API, as its portal would).
    const school = await ingelogd(SCHOOL);
    const api = (pad: string, data?: unknown) =>
      school.request.fetch(`${baseUrl}/api/v1${pad}`, {
        method: data ? 'POST' : 'GET',
        headers: { 'X-Requested-With': 'rmc-portal' },
        data,
      });
    const vestigingId = (await (await api('/auth/me')).json()).organisatie.id;
    const kop =
      'Soort;BSN;Voornaam;Achternaam;Geboortedatum;Postcode;Begindatum;Vermoedelijke soort;Uren;Actie;Toelichting;Functie';
    const rij = `16 uur in 4 weken;${nieuwBsn()};Noor;Naleving-${uniek};3-3-2006;8017 CA;2-11-2026;Signaalverzuim;20;ja;Graag contact;Mentor`;
    const kolommen = Object.fromEntries(
      kop
        .split(';')
        .map((k, i) => [
          k,
          [
            'soort',
            'bsn',
            'voornaam',
            'achternaam',
            'geboortedatum',
            'postcode',
            'begindatum',
            'vermoedelijkeSoort',
            'verzuimUren',
            'actieGewenst',
            'toelichtingActieGewenst',
            'melderFunctie',
          ][i],
        ]),
    );
    const start = await api('/meldingen/import', {
      csv: `${kop}\n${rij}`,
      kolommen,
      proefrun: false,
      leslocatieVestigingId: vestigingId,
    });
    expect(start.status()).toBe(202);
    const batch = (await start.json()).id;
    for (let i = 0; i < 60; i++) {
      const s = await (await api(`/meldingen/import/${batch}`)).json();
      if (s.status === 'klaar') {
        expect(s.goed + s.alAanwezig).toBe(1);
        break;
      }
      await school.waitForTimeout(500);
    }

    const regio = await ingelogd('coordinator@ijssel-vecht.demo');
    await naarViaMenu(regio, 'Naleving', 'Naleving van de verzuimagenda');
    await regio.getByRole('heading', { level: 2, name: /Schooljaar/ }).waitFor();

    // One story: the share on time is over on time + late (overdue open ones included).
    const gegevens = await regio
      .locator('dl.rmc-gegevens')
      .first()
      .evaluate((dl) => {
        const uit: Record<string, string> = {};
        dl.querySelectorAll('dt').forEach((dt) => (uit[dt.textContent!.trim()] = dt.nextElementSibling!.textContent!.trim()));
        return uit;
      });
    const waarde = async (term: string) => gegevens[term] ?? '';
    const verhaal = await waarde('Oppak door de regio');
    const m =
      /^(\d+) op tijd, (\d+) te laat(?:, waarvan (\d+) nog niet opgepakt na de termijn)?; (\d+) nog binnen de termijn\.$/.exec(
        verhaal,
      );
    expect(m).not.toBeNull();
    const [opTijd, teLaat, , open] = [Number(m![1]), Number(m![2]), Number(m![3] ?? 0), Number(m![4])];
    const totaal = Number(await waarde('Meldingen'));
    expect(opTijd + teLaat + open).toBeLessThanOrEqual(totaal);
    const aandeel = await waarde('Op tijd opgepakt door de regio');
    if (opTijd + teLaat) expect(aandeel).toContain(`${Math.round((opTijd / (opTijd + teLaat)) * 100)}%`);

    // Charts before the table; the months first, as columns, with their table (12 months).
    const koppen = await regio.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(koppen.indexOf('In grafieken')).toBeLessThan(koppen.indexOf('Per vestiging'));
    const maanden = regio.locator('figure.rmc-grafiek').filter({ has: regio.getByText('Meldingen per maand', { exact: true }) });
    expect(await maanden.locator('svg[role="img"]').count()).toBe(1);
    // Twelve columns (a month without meldingen has a column of height 0) and their labels under them.
    expect(await maanden.locator('svg rect.rmc-grafiek__staaf, svg rect.rmc-grafiek__staaf--leeg').count()).toBe(12);
    expect(await maanden.locator('svg tspan').first().textContent()).toBe('aug');
    await maanden.locator('summary').click();
    expect(await maanden.locator('tbody tr').count()).toBe(12);
    await controleerPagina(regio, '77-naleving-een-verhaal');

    // The verzuimagenda's own page shows its figures.
    await naarViaMenu(regio, 'Verzuimagenda', 'Verzuimagenda');
    await regio.getByRole('link', { name: 'Landstede MBO' }).first().click();
    const eigen = regio.getByRole('region', { name: /^Naleving in \d{4}-\d{4}$/ });
    await eigen.waitFor();
    await eigen.getByText(/op tijd, \d+ te laat/).waitFor();
    await eigen.locator('figcaption', { hasText: 'Meldingen per maand onder deze agenda' }).waitFor();
    await controleerPagina(regio, '78-verzuimagenda-eigen-cijfers');
  });
});
