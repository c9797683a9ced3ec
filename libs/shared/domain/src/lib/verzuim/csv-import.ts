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
  return [...csvRijen(tekst)];
}

/**
 * The rows of a CSV one at a time (same rules as parseCsv), so a 100,000-row file is never held as
 * one array of arrays. Unquoted and quoted runs are sliced, not built character by character.
 */
export function* csvRijen(tekst: string): Generator<string[]> {
  const s = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  const sep = csvScheiding(s).charCodeAt(0);
  const n = s.length;
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  let rij: string[] = [];
  let veld = '';
  let inQuotes = false;
  let i = 0;
  while (i < n) {
    if (inQuotes) {
      const q = s.indexOf('"', i);
      if (q === -1) {
        veld += s.slice(i);
        i = n;
      } else if (s.charCodeAt(q + 1) === QUOTE) {
        veld += s.slice(i, q + 1);
        i = q + 2;
      } else {
        veld += s.slice(i, q);
        inQuotes = false;
        i = q + 1;
      }
      continue;
    }
    let j = i;
    let c = 0;
    while (j < n) {
      c = s.charCodeAt(j);
      if (c === sep || c === QUOTE || c === LF || c === CR) break;
      j++;
    }
    if (j > i) veld += s.slice(i, j);
    if (j >= n) break;
    i = j + 1;
    if (c === QUOTE) inQuotes = true;
    else if (c === sep) {
      rij.push(veld);
      veld = '';
    } else {
      if (c === CR && s.charCodeAt(i) === LF) i++;
      rij.push(veld);
      if (rij.some((v) => v.trim() !== '')) yield rij;
      rij = [];
      veld = '';
    }
  }
  rij.push(veld);
  if (rij.some((v) => v.trim() !== '')) yield rij;
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
    else if (BOOLEAANS.has(veld))
      uit[veld] = /^(ja|j|true|1|yes)$/i.test(ruw) ? true : /^(nee|n|false|0|no)$/i.test(ruw) ? false : ruw;
    else if (LIJST.has(veld))
      uit[veld] = ruw
        .split(/[|]/)
        .map((s) => s.trim())
        .filter(Boolean);
    else if (/datum$/.test(veld)) uit[veld] = datum(ruw);
    else uit[veld] = ruw;
  });
  return uit;
}
