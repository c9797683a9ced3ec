/**
 * Just enough CSV reading for the import screen: the header row (for the column mapping), the number
 * of data rows and a few rows as a preview. The server parses the whole file again; this only helps
 * the user choose the columns. Separator: ';' (Dutch Excel) or ',' — whichever the header has more of.
 */
export interface CsvOverzicht {
  scheiding: ';' | ',';
  koppen: string[];
  aantalRijen: number;
  voorbeeld: string[][];
}

export function leesCsv(tekst: string, voorbeeldRijen = 3): CsvOverzicht {
  const inhoud = tekst.replace(/^\uFEFF/, '');
  const eersteRegel = inhoud.split(/\r?\n/, 1)[0] ?? '';
  const scheiding: ';' | ',' = tel(eersteRegel, ';') >= tel(eersteRegel, ',') && tel(eersteRegel, ';') > 0 ? ';' : ',';
  const rijen = splitsRijen(inhoud, scheiding).filter((rij) => rij.some((cel) => cel.trim() !== ''));
  const [koppen = [], ...data] = rijen;
  return { scheiding, koppen: koppen.map((k) => k.trim()), aantalRijen: data.length, voorbeeld: data.slice(0, voorbeeldRijen) };
}

function tel(regel: string, teken: string): number {
  let n = 0;
  let inAanhaling = false;
  for (const c of regel) {
    if (c === '"') inAanhaling = !inAanhaling;
    else if (c === teken && !inAanhaling) n++;
  }
  return n;
}

/** RFC 4180: quoted cells may hold the separator, newlines and doubled quotes. */
export function splitsRijen(tekst: string, scheiding: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let inAanhaling = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (inAanhaling) {
      if (c === '"' && tekst[i + 1] === '"') {
        cel += '"';
        i++;
      } else if (c === '"') inAanhaling = false;
      else cel += c;
    } else if (c === '"') inAanhaling = true;
    else if (c === scheiding) {
      rij.push(cel);
      cel = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && tekst[i + 1] === '\n') i++;
      rij.push(cel);
      rijen.push(rij);
      rij = [];
      cel = '';
    } else cel += c;
  }
  if (cel !== '' || rij.length) {
    rij.push(cel);
    rijen.push(rij);
  }
  return rijen;
}

const normaliseer = (naam: string) => naam.toLowerCase().replace(/[\s_.-]/g, '');

/**
 * Maps each CSV header to the field with the same name (case, spaces, '_', '-' and '.' ignored), or to
 * the field whose label matches. Headers without a match map to '' ("niet importeren").
 */
export function koppelKolommen(koppen: readonly string[], velden: readonly string[], labels: Record<string, string> = {}): Record<string, string> {
  const opNaam = new Map<string, string>();
  for (const veld of velden) opNaam.set(normaliseer(veld), veld);
  for (const veld of velden) if (labels[veld] && !opNaam.has(normaliseer(labels[veld]))) opNaam.set(normaliseer(labels[veld]), veld);
  const gebruikt = new Set<string>();
  const koppeling: Record<string, string> = {};
  for (const kop of koppen) {
    const veld = opNaam.get(normaliseer(kop));
    koppeling[kop] = veld && !gebruikt.has(veld) ? veld : '';
    if (veld) gebruikt.add(veld);
  }
  return koppeling;
}
