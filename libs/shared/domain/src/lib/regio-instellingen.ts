/** Region settings (the tenant's own numbers). Defaults come from the seeds. */
export interface RegioInstellingen {
  /** Upper age of the target group: 23 by law, 27 since the Wet van school naar duurzaam werk (2026). */
  maxLeeftijd: 23 | 27;
  /** Nazorg length in months after closing a case. */
  nazorgMaanden: number;
  /** School holiday region. */
  vakantieregio: 'noord' | 'midden' | 'zuid';
  /** Require TOTP two-factor for professional roles. */
  totpVerplicht: boolean;
  /** Session idle timeout in minutes. */
  sessieInactiefMinuten: number;
  /** Absolute session lifetime in hours. */
  sessieMaxUren: number;
}

export const STANDAARD_REGIO_INSTELLINGEN: RegioInstellingen = {
  maxLeeftijd: 23,
  nazorgMaanden: 12,
  vakantieregio: 'noord',
  totpVerplicht: true,
  sessieInactiefMinuten: 30,
  sessieMaxUren: 10,
};

/** Validates a partial settings update; returns Dutch error messages per field. */
export function controleerRegioInstellingen(p: Partial<RegioInstellingen>): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (p.maxLeeftijd !== undefined && p.maxLeeftijd !== 23 && p.maxLeeftijd !== 27)
    fouten['maxLeeftijd'] = 'De maximumleeftijd is 23 of 27 jaar.';
  if (p.nazorgMaanden !== undefined && !(Number.isInteger(p.nazorgMaanden) && p.nazorgMaanden >= 0 && p.nazorgMaanden <= 36))
    fouten['nazorgMaanden'] = 'Nazorg duurt 0 tot en met 36 maanden.';
  if (p.vakantieregio !== undefined && !['noord', 'midden', 'zuid'].includes(p.vakantieregio))
    fouten['vakantieregio'] = 'Kies noord, midden of zuid.';
  if (p.sessieInactiefMinuten !== undefined && !(Number.isInteger(p.sessieInactiefMinuten) && p.sessieInactiefMinuten >= 5 && p.sessieInactiefMinuten <= 240))
    fouten['sessieInactiefMinuten'] = 'Kies 5 tot en met 240 minuten.';
  if (p.sessieMaxUren !== undefined && !(Number.isInteger(p.sessieMaxUren) && p.sessieMaxUren >= 1 && p.sessieMaxUren <= 24))
    fouten['sessieMaxUren'] = 'Kies 1 tot en met 24 uur.';
  return fouten;
}
