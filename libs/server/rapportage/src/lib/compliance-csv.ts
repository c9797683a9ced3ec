import type { ComplianceCijfers, ComplianceResponse, ComplianceTelling } from '@rmc/shared-api-types';

/** Semicolon-separated with a BOM: opens correctly in Dutch Excel. Suppressed cells are empty. */
const SEP = ';';

function cel(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  // Formula injection: a cell must never start a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const aantal = (t: ComplianceTelling) => t.aantal;
const procent = (a: number | null) => (a === null ? null : (Math.round(a * 1000) / 10).toFixed(1).replace('.', ','));
const getal = (g: number | null) => (g === null ? null : g.toFixed(1).replace('.', ','));

/** The CSV in pieces (header with BOM, blocks of rows, the total): for streaming to the client. */
export function* complianceCsvDelen(r: ComplianceResponse): Generator<string> {
  const soorten = r.totaal.perSoort.map((s) => ({ soort: s.soort, label: s.label }));
  const regios = r.totaal.herkomst.map((h) => ({ regioId: h.regioId, naam: h.regioNaam }));
  const kop = [
    'Schooljaar',
    'Instelling',
    'Vestiging',
    'Meldingen',
    ...r.maanden.map((m) => `Meldingen ${m}`),
    ...soorten.map((s) => `Soort: ${s.label}`),
    'Binnen de norm',
    'Binnen de norm (%)',
    'Volledig bij eerste melding',
    'Volledig bij eerste melding (%)',
    'Opgepakt door regio',
    'Oppaktijd gemiddeld (werkdagen)',
    'Op tijd opgepakt',
    'Te laat (ook niet opgepakt na termijn)',
    'Waarvan niet opgepakt na termijn',
    'Nog open binnen termijn',
    'Op tijd opgepakt (%)',
    'Teruggekoppeld',
    'Terugkoppeltijd gemiddeld (werkdagen)',
    'Teruggekoppeld (%)',
    ...regios.map((g) => `Herkomst: ${g.naam}`),
  ];
  const regel = (instelling: string, vestiging: string, c: ComplianceCijfers) => [
    r.schooljaar,
    instelling,
    vestiging,
    aantal(c.totaal),
    ...r.maanden.map((m) => {
      const t = c.perMaand.find((x) => x.maand === m);
      return t ? aantal(t.aantal) : 0;
    }),
    ...soorten.map((s) => {
      const t = c.perSoort.find((x) => x.soort === s.soort);
      return t ? aantal(t.aantal) : 0;
    }),
    aantal(c.binnenNorm.aantal),
    procent(c.binnenNorm.aandeel),
    aantal(c.volledig.aantal),
    procent(c.volledig.aandeel),
    aantal(c.oppak.opgepakt),
    getal(c.oppak.gemiddeldWerkdagen),
    aantal(c.oppak.opTijd),
    aantal(c.oppak.teLaat),
    aantal(c.oppak.verlopen),
    aantal(c.oppak.open),
    procent(c.oppak.aandeelOpTijd),
    aantal(c.terugkoppeling.teruggemeld),
    getal(c.terugkoppeling.gemiddeldWerkdagen),
    procent(c.terugkoppeling.aandeel),
    ...regios.map((g) => {
      const t = c.herkomst.find((x) => x.regioId === g.regioId);
      return t ? aantal(t.aantal) : 0;
    }),
  ];
  const tekst = (x: Array<string | number | null | undefined>) => x.map(cel).join(SEP) + '\r\n';
  yield '\ufeff' + tekst(kop);
  // Chunks of rows: a large instelling list is never built as one string.
  let blok = '';
  for (const [i, v] of r.vestigingen.entries()) {
    blok += tekst(regel(v.instellingNaam, v.vestigingNaam, v));
    if (i % 200 === 199) {
      yield blok;
      blok = '';
    }
  }
  yield blok + tekst(regel('Totaal', '', r.totaal));
}

/** The whole file as one string (small outputs, tests). */
export function complianceCsv(r: ComplianceResponse): string {
  return [...complianceCsvDelen(r)].join('');
}
