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

/** Besluit Verzuimmelding: the labels of the vermoedelijke soort verzuim, as the portal shows them. */
export const VERMOEDELIJKE_SOORT_CSV_LABELS: Record<string, string> = {
  luxe: 'Luxeverzuim',
  beginnend: 'Beginnend verzuim',
  signaal: 'Signaalverzuim',
  '16-uur-in-4-weken': '16 uur in 4 weken',
  '1-maand-of-langer': '1 maand of langer',
};

/** Case, accents, spaces and dashes do not matter: "Zorgwekkend Verzuim" = "zorgwekkend-verzuim". */
function sleutel(v: string): string {
  return v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * A soort as the agenda's screen shows it (its label) or its code → the code. Unknown text is passed
 * on, so the check names it with the agenda's kinds.
 */
const soortIndex = new WeakMap<object, Map<string, string>>();

export function soortUitCsv(v: string, normen: readonly { soort: string; label: string }[]): string {
  // Built once per list of norms (a 100,000-row import normalises each cell once, not against every kind).
  let index = soortIndex.get(normen);
  if (!index) {
    index = new Map();
    for (const n of normen) index.set(sleutel(n.label), n.soort);
    for (const n of normen) index.set(sleutel(n.soort), n.soort);
    soortIndex.set(normen, index);
  }
  return index.get(sleutel(v)) ?? v.trim();
}

function vermoedelijkeSoort(v: string): string {
  const k = sleutel(v);
  const hit = Object.entries(VERMOEDELIJKE_SOORT_CSV_LABELS).find(([code, label]) => sleutel(code) === k || sleutel(label) === k);
  return hit ? hit[0] : v;
}

const twee = (n: string) => n.padStart(2, '0');
/** A real calendar date (no 31 February). */
function bestaat(j: string, m: string, d: string): boolean {
  const t = new Date(Date.UTC(Number(j), Number(m) - 1, Number(d)));
  return t.getUTCFullYear() === Number(j) && t.getUTCMonth() === Number(m) - 1 && t.getUTCDate() === Number(d);
}

/** dd-mm-jjjj, d-m-jjjj (also with / or .) and jjjj-mm-dd → ISO; anything else is returned as is for the check to name. */
export function datumUitCsv(v: string): string {
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (nl) return bestaat(nl[3], nl[2], nl[1]) ? `${nl[3]}-${twee(nl[2])}-${twee(nl[1])}` : v;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (iso) return bestaat(iso[1], iso[2], iso[3]) ? `${iso[1]}-${twee(iso[2])}-${twee(iso[3])}` : v;
  return v;
}

/**
 * One CSV row → melding fields through the column mapping (CSV header → field). Values are coerced
 * (numbers, ja/nee, lists separated by |, dd-mm-jjjj and jjjj-mm-dd dates, the agenda's soort labels and
 * the vermoedelijke soort's labels); what cannot be coerced is passed on so the validation names it.
 */
export function rijNaarMelding(
  kop: string[],
  rij: string[],
  kolommen: Record<string, string>,
  normen: readonly { soort: string; label: string }[] = [],
): Record<string, unknown> {
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
    else if (/datum$/.test(veld)) uit[veld] = datumUitCsv(ruw);
    else if (veld === 'soort') uit[veld] = soortUitCsv(ruw, normen);
    else if (veld === 'vermoedelijkeSoort') uit[veld] = vermoedelijkeSoort(ruw);
    else uit[veld] = ruw;
  });
  return uit;
}

/** An example value per field for the import template (a valid row for the standard agenda). */
const VOORBEELD: Record<string, string> = {
  soort: '16 uur in 4 weken',
  bsn: '999990019',
  voornaam: 'Sanne',
  achternaam: 'de Vries',
  geboortedatum: '14-03-2007',
  postcode: '8011 AB',
  telefoon: '06 12345678',
  afwijkendVerblijfadres: '',
  begindatum: '05-10-2026',
  einddatum: '',
  vermoedelijkeSoort: '16 uur in 4 weken',
  vermoedelijkeReden: 'Onbekend; student reageert niet',
  allesGemist: 'nee',
  doorSchoolOndernomen: 'Verzuimgesprek gevoerd op 01-10-2026',
  actieGewenst: 'ja',
  toelichtingActieGewenst: 'Student komt afspraken niet na',
  melderNaam: 'M. Jansen',
  melderFunctie: 'Verzuimcoördinator',
  melderTelefoon: '038 1234567',
  melderEmail: 'verzuim@school.example',
  verzuimDagen: '',
  verzuimUren: '18',
  zorgen: 'startkwalificatie-in-gevaar|dreigt-voortijdig-te-verlaten',
  afsprakenMetStudent: 'Wekelijks gesprek met de mentor',
  betrokkenContacten: 'Mentor: J. Bakker',
  lopendeHulp: 'Geen',
  verwachtingVanRegio: 'Contact met de student opnemen',
};

/** The import template: one column per field (named as the screen names it, so the mapping is automatic) and one example row. */
export function importSjabloon(
  velden: readonly string[],
  labels: Record<string, string>,
): { kop: string[]; voorbeeld: string[] } {
  return { kop: velden.map((v) => labels[v] ?? v), voorbeeld: velden.map((v) => VOORBEELD[v] ?? '') };
}
