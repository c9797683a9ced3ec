/**
 * Just enough CSV reading for the import screen: the header row (for the column mapping), the number
 * of data rows and a few rows as a preview. The server parses the whole file again; this only helps
 * the user choose the columns. Parsing is the shared rule the worker uses (@rmc/shared-domain).
 */
import { csvScheiding, parseCsv } from '@rmc/shared-domain';

export interface CsvOverzicht {
  scheiding: ';' | ',';
  koppen: string[];
  aantalRijen: number;
  voorbeeld: string[][];
}

export function leesCsv(tekst: string, voorbeeldRijen = 3): CsvOverzicht {
  const [koppen = [], ...data] = parseCsv(tekst);
  return {
    scheiding: csvScheiding(tekst),
    koppen: koppen.map((k) => k.trim()),
    aantalRijen: data.length,
    voorbeeld: data.slice(0, voorbeeldRijen),
  };
}

const normaliseer = (naam: string) => naam.toLowerCase().replace(/[\s_.-]/g, '');

/**
 * Maps each CSV header to the field with the same name (case, spaces, '_', '-' and '.' ignored), or to
 * the field whose label matches. Headers without a match map to '' ("niet importeren").
 */
export function koppelKolommen(
  koppen: readonly string[],
  velden: readonly string[],
  labels: Record<string, string> = {},
): Record<string, string> {
  const opNaam = new Map<string, string>();
  for (const veld of velden) opNaam.set(normaliseer(veld), veld);
  for (const veld of velden)
    if (labels[veld] && !opNaam.has(normaliseer(labels[veld]))) opNaam.set(normaliseer(labels[veld]), veld);
  const gebruikt = new Set<string>();
  const koppeling: Record<string, string> = {};
  for (const kop of koppen) {
    const veld = opNaam.get(normaliseer(kop));
    koppeling[kop] = veld && !gebruikt.has(veld) ? veld : '';
    if (veld) gebruikt.add(veld);
  }
  return koppeling;
}
