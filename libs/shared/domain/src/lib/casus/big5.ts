import { TEKST_MAX } from '../tekstlimieten';

/**
 * The "Big 5" of the routekaart (gemeentelijke jongerenaanpak): five leading principles for a stable
 * base, recorded at the analysis next to the 13 life domains — whether each is in place, as observed
 * fact with a short note, never a diagnosis.
 */
export const BIG5 = ['support', 'wonen', 'school-werk', 'inkomen', 'welzijn'] as const;
export type Big5Principe = (typeof BIG5)[number];

/** Dutch labels (the routekaart's English "Support" is not shown in the Dutch UI). */
export const BIG5_LABELS: Record<Big5Principe, string> = {
  support: 'Steunfiguur',
  wonen: 'Wonen',
  'school-werk': 'School & werk',
  inkomen: 'Inkomen',
  welzijn: 'Welzijn en gezondheid',
};

/** The routekaart's wording of each principle: what "in place" means. */
export const BIG5_UITLEG: Record<Big5Principe, string> = {
  support: 'Er is in ieder geval één volwassen persoon duurzaam beschikbaar voor de jongere.',
  wonen: 'De jongere heeft een passende, betaalbare en stabiele woonplek.',
  'school-werk': 'De jongere gaat naar school en/of heeft duurzaam werk.',
  inkomen: 'De jongere heeft voldoende inkomen en een plan om schulden te voorkomen of op te lossen.',
  welzijn: 'De jongere is fysiek, emotioneel en mentaal in balans; er is passende ondersteuning en zorg.',
};

export const BIG5_STANDEN = ['op-orde', 'deels', 'niet-op-orde', 'onbekend'] as const;
export type Big5Stand = (typeof BIG5_STANDEN)[number];

export const BIG5_STAND_LABELS: Record<Big5Stand, string> = {
  'op-orde': 'Op orde',
  deels: 'Deels op orde',
  'niet-op-orde': 'Niet op orde',
  onbekend: 'Nog onbekend',
};

export type Big5 = Partial<Record<Big5Principe, { stand: Big5Stand; toelichting?: string }>>;

/** Field errors (Dutch) for a Big 5 record: known principles, a known state, short factual notes. */
export function controleerBig5(invoer: Record<string, unknown>): Array<{ field: string; message: string }> {
  const fouten: Array<{ field: string; message: string }> = [];
  const principes = Object.keys(invoer);
  if (!principes.length)
    fouten.push({ field: 'principes', message: 'Geef voor minstens één basisvoorwaarde aan hoe het ervoor staat.' });
  for (const p of principes) {
    if (!(BIG5 as readonly string[]).includes(p)) {
      fouten.push({ field: `principes.${p}`, message: 'Onbekende basisvoorwaarde.' });
      continue;
    }
    const w = invoer[p] as { stand?: unknown; toelichting?: unknown } | null;
    if (!w || typeof w !== 'object' || !(BIG5_STANDEN as readonly unknown[]).includes(w.stand))
      fouten.push({ field: `principes.${p}.stand`, message: 'Kies op orde, deels, niet op orde of nog onbekend.' });
    if (w && w.toelichting !== undefined && (typeof w.toelichting !== 'string' || w.toelichting.length > TEKST_MAX.toelichting))
      fouten.push({
        field: `principes.${p}.toelichting`,
        message: `Houd de toelichting kort (feiten, geen diagnoses; hoogstens ${TEKST_MAX.toelichting} tekens).`,
      });
  }
  return fouten;
}
