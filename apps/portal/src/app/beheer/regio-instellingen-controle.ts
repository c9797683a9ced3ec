import type { RegioInstellingen } from '@rmc/shared-domain';

/**
 * Client-side check of the region settings form, with Dutch messages per field. (It used to live in
 * @rmc/shared-domain; the API validates the same bounds in its DTO.)
 */
export function controleerRegioInstellingen(p: Partial<RegioInstellingen>): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (p.maxLeeftijd !== undefined && p.maxLeeftijd !== 23 && p.maxLeeftijd !== 27)
    fouten['maxLeeftijd'] = 'De maximumleeftijd is 23 of 27 jaar.';
  if (p.nazorgMaanden !== undefined && !(Number.isInteger(p.nazorgMaanden) && p.nazorgMaanden >= 0 && p.nazorgMaanden <= 36))
    fouten['nazorgMaanden'] = 'Nazorg duurt 0 tot en met 36 maanden.';
  if (p.vakantieregio !== undefined && !['noord', 'midden', 'zuid'].includes(p.vakantieregio))
    fouten['vakantieregio'] = 'Kies noord, midden of zuid.';
  if (
    p.sessieInactiefMinuten !== undefined &&
    !(Number.isInteger(p.sessieInactiefMinuten) && p.sessieInactiefMinuten >= 5 && p.sessieInactiefMinuten <= 240)
  )
    fouten['sessieInactiefMinuten'] = 'Kies 5 tot en met 240 minuten.';
  if (p.sessieMaxUren !== undefined && !(Number.isInteger(p.sessieMaxUren) && p.sessieMaxUren >= 1 && p.sessieMaxUren <= 24))
    fouten['sessieMaxUren'] = 'Kies 1 tot en met 24 uur.';
  if (
    p.bewaartermijnJaren !== undefined &&
    !(Number.isInteger(p.bewaartermijnJaren) && p.bewaartermijnJaren >= 0 && p.bewaartermijnJaren <= 10)
  )
    fouten['bewaartermijnJaren'] = 'Kies 0 tot en met 10 jaar.';
  const geheel = (
    veld: 'terugkoppelWerkdagen' | 'contactladderDagen' | 'contactVerlorenDagen' | 'delingWaarschuwingDagen',
    min: number,
    max: number,
    eenheid: string,
  ) => {
    const v = p[veld];
    if (v !== undefined && !(Number.isInteger(v) && v >= min && v <= max))
      fouten[veld] = `Kies ${min} tot en met ${max} ${eenheid}.`;
  };
  geheel('terugkoppelWerkdagen', 1, 30, 'werkdagen');
  geheel('contactladderDagen', 1, 30, 'dagen');
  geheel('contactVerlorenDagen', 7, 90, 'dagen');
  geheel('delingWaarschuwingDagen', 1, 60, 'dagen');
  return fouten;
}
