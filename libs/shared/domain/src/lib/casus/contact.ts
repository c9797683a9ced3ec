import { dagenTussen, type IsoDate } from '../verzuim/werkdagen';

export const CONTACTVORMEN = [
  'brief',
  'telefoon',
  'app',
  'e-mail',
  'huisbezoek-aangekondigd',
  'huisbezoek-onaangekondigd',
  'gesprek-op-school',
  'driegesprek',
] as const;
export type Contactvorm = (typeof CONTACTVORMEN)[number];
export const UITKOMSTEN = ['contact', 'geen-gehoor', 'niet-thuis', 'brief-achtergelaten'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

export const CONTACTVORM_LABELS: Record<Contactvorm, string> = {
  brief: 'Brief',
  telefoon: 'Telefoon',
  app: 'App',
  'e-mail': 'E-mail',
  'huisbezoek-aangekondigd': 'Huisbezoek (aangekondigd)',
  'huisbezoek-onaangekondigd': 'Huisbezoek (onaangekondigd)',
  'gesprek-op-school': 'Gesprek op school',
  driegesprek: 'Driegesprek',
};

export const UITKOMST_LABELS: Record<Uitkomst, string> = {
  contact: 'Contact',
  'geen-gehoor': 'Geen gehoor',
  'niet-thuis': 'Niet thuis',
  'brief-achtergelaten': 'Brief achtergelaten',
};

export interface Contactpoging {
  datum: IsoDate;
  vorm: Contactvorm;
  uitkomst: Uitkomst;
}

/** Minimum effort before closing without contact (region setting; default Utrecht's rule). */
export interface MinimumInspanning {
  brieven: number;
  huisbezoeken: number;
  binnenDagen: number;
}
export const STANDAARD_MINIMUM_INSPANNING: MinimumInspanning = { brieven: 1, huisbezoeken: 3, binnenDagen: 28 };

const HUISBEZOEK: Contactvorm[] = ['huisbezoek-aangekondigd', 'huisbezoek-onaangekondigd'];

/**
 * The routekaart's outreach ladder: letter → call/app/mail (and involve the wijkteam) → announced home
 * visit → unannounced visit / leave a letter. Returns the next suggested step, or null once there is contact.
 */
export function volgendeStapLadder(pogingen: Contactpoging[]): { vorm: Contactvorm; uitleg: string } | null {
  const sinds = pogingen.slice().sort((a, b) => a.datum.localeCompare(b.datum));
  if (sinds.some((p) => p.uitkomst === 'contact')) return null;
  const gedaan = (v: Contactvorm[]) => sinds.some((p) => v.includes(p.vorm));
  if (!gedaan(['brief']))
    return {
      vorm: 'brief',
      uitleg: 'Nodig de jongere per brief uit (en bij thuiswonenden een algemene brief aan ouders, zonder persoonsgegevens).',
    };
  if (!gedaan(['telefoon', 'app', 'e-mail']))
    return { vorm: 'app', uitleg: 'Geen reactie: bel, app of mail, en betrek zo nodig het wijkteam.' };
  if (!gedaan(['huisbezoek-aangekondigd']))
    return { vorm: 'huisbezoek-aangekondigd', uitleg: 'Kondig een huisbezoek aan (ook ’s avonds of in het weekend).' };
  return { vorm: 'huisbezoek-onaangekondigd', uitleg: 'Niet thuis: onaangekondigd huisbezoek en laat een brief achter.' };
}

/**
 * Closing without contact needs the region's minimum effort within its window (counted back from the
 * last attempt) — or a written professional justification.
 */
export function sluitenZonderContactToegestaan(
  pogingen: Contactpoging[],
  min: MinimumInspanning,
  onderbouwing?: string | null,
): string | null {
  if (onderbouwing && onderbouwing.trim().length >= 20) return null;
  const laatste = pogingen
    .map((p) => p.datum)
    .sort()
    .at(-1);
  if (!laatste)
    return `Zonder contact afsluiten vraagt minstens ${min.brieven} brief en ${min.huisbezoeken} huisbezoeken binnen ${min.binnenDagen / 7} weken, of een professionele onderbouwing.`;
  const binnen = pogingen.filter((p) => dagenTussen(p.datum, laatste) <= min.binnenDagen);
  const brieven = binnen.filter((p) => p.vorm === 'brief').length;
  const bezoeken = binnen.filter((p) => HUISBEZOEK.includes(p.vorm)).length;
  if (brieven >= min.brieven && bezoeken >= min.huisbezoeken) return null;
  return `Zonder contact afsluiten vraagt minstens ${min.brieven} brief en ${min.huisbezoeken} huisbezoeken binnen ${min.binnenDagen / 7} weken (nu ${brieven} en ${bezoeken}), of een professionele onderbouwing van minstens 20 tekens.`;
}
