/** ';' (Dutch Excel) or ',': whichever the header row has more of, outside quotes. */
export function csvScheiding(tekst: string): ';' | ',' {
  const regel = tekst.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const tel = (teken: string) => {
    let n = 0;
    let inQuotes = false;
    for (const c of regel) {
      if (c === '"') inQuotes = !inQuotes;
      else if (c === teken && !inQuotes) n++;
    }
    return n;
  };
  return tel(';') > 0 && tel(';') >= tel(',') ? ';' : ',';
}

/** CSV (RFC 4180: quotes, doubled quotes, newlines in quotes); empty lines and a BOM are skipped. */
export function parseCsv(tekst: string): string[][] {
  const inhoud = tekst.replace(/^\uFEFF/, '');
  const sep = csvScheiding(inhoud);
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let inQuotes = false;
  for (let i = 0; i < inhoud.length; i++) {
    const c = inhoud[i];
    if (inQuotes) {
      if (c === '"' && inhoud[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else veld += c;
    } else if (c === '"') inQuotes = true;
    else if (c === sep) {
      rij.push(veld);
      veld = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && inhoud[i + 1] === '\n') i++;
      rij.push(veld);
      if (rij.some((v) => v.trim() !== '')) rijen.push(rij);
      rij = [];
      veld = '';
    } else veld += c;
  }
  rij.push(veld);
  if (rij.some((v) => v.trim() !== '')) rijen.push(rij);
  return rijen;
}

const NUMERIEK = new Set(['verzuimDagen', 'verzuimUren']);
const BOOLEAANS = new Set(['allesGemist', 'actieGewenst']);
const LIJST = new Set(['zorgen']);

/** DUO-style and Dutch spellings → ISO date; returns the input when it is not a recognisable date. */
function datum(v: string): string {
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : v;
}

/**
 * One CSV row → melding fields through the column mapping (CSV header → field). Values are coerced
 * (numbers, ja/nee, lists separated by |, dd-mm-jjjj dates); what cannot be coerced is passed on so
 * the validation names it.
 */
export function rijNaarMelding(kop: string[], rij: string[], kolommen: Record<string, string>): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  kop.forEach((naam, i) => {
    const veld = kolommen[naam.trim()];
    const ruw = (rij[i] ?? '').trim();
    if (!veld || ruw === '') return;
    if (NUMERIEK.has(veld)) uit[veld] = /^\d+$/.test(ruw) ? Number(ruw) : ruw;
    else if (BOOLEAANS.has(veld)) uit[veld] = /^(ja|j|true|1|yes)$/i.test(ruw) ? true : /^(nee|n|false|0|no)$/i.test(ruw) ? false : ruw;
    else if (LIJST.has(veld)) uit[veld] = ruw.split(/[|]/).map((s) => s.trim()).filter(Boolean);
    else if (/datum$/.test(veld)) uit[veld] = datum(ruw);
    else uit[veld] = ruw;
  });
  return uit;
}
