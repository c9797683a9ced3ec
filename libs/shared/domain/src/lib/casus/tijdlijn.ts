import { REDEN_AFGESLOTEN_LABELS, MELDING_SOORT_LABELS, type RedenAfgesloten } from '../verzuim/melding';
import { CONTACTVORM_LABELS, UITKOMST_LABELS, type Contactvorm, type Uitkomst } from './contact';
import { FASE_LABELS, type Fase } from './fasen';

/**
 * The timeline of a case (or of a person across cases and meldingen): what happened, newest first.
 * The database gives raw events; the Dutch text and the order are decided here.
 */

/** What the portal groups and labels an item by. */
export const TIJDLIJN_SOORTEN = [
  'melding',
  'casus',
  'fase',
  'signalering',
  'scan',
  'actie',
  'contact',
  'deling',
  'overleg',
  'nazorg',
  'overdracht',
] as const;
export type TijdlijnSoort = (typeof TIJDLIJN_SOORTEN)[number];

export const TIJDLIJN_SOORT_LABELS: Record<TijdlijnSoort, string> = {
  melding: 'Verzuimmelding',
  casus: 'Casus',
  fase: 'Fase',
  signalering: 'Signalering',
  scan: 'Leefgebieden',
  actie: 'Plan van aanpak',
  contact: 'Contact',
  deling: 'Delen',
  overleg: 'Casusoverleg',
  nazorg: 'Nazorg',
  overdracht: 'Overdracht',
};

/** The "geen contact sinds" filter of the caseload accepts 1 to this many days. */
export const GEEN_CONTACT_MAX_DAGEN = 365;

export interface TijdlijnItem {
  /** ISO timestamp, or a date (yyyy-mm-dd) for what is recorded by date only (contacts, scans). */
  op: string;
  soort: TijdlijnSoort;
  /** Short Dutch text. */
  tekst: string;
  /** Portal path, when there is a page for it. */
  link?: string;
}

/**
 * One raw event. `sorteer` is a UTC timestamp in a fixed-width format (yyyy-mm-ddThh:mm:ss.uuuuuuZ),
 * so it orders as text; `g` holds the event's details.
 */
export interface TijdlijnGebeurtenis {
  gebeurtenis: string;
  op: string;
  sorteer: string;
  casusId: string | null;
  refId: string | null;
  g: Record<string, string | number | boolean | null>;
}

/**
 * Order inside one instant: one transaction writes several events with the same now() (a judgement
 * opens a case; closing reports back to the school). Higher = later in the story.
 */
const RANG: Record<string, number> = {
  'melding-gemeld': 1,
  'melding-opgepakt': 2,
  'melding-oordeel': 3,
  'casus-aangemaakt': 4,
  overgenomen: 4,
  signalering: 5,
  scan: 6,
  actie: 7,
  'actie-status': 8,
  contact: 9,
  deling: 10,
  'deling-ingetrokken': 11,
  'deling-verlopen': 11,
  overleg: 12,
  nazorg: 13,
  overdracht: 14,
  fase: 15,
  'melding-teruggemeld': 16,
  'overdracht-geaccepteerd': 17,
};

const SOORT: Record<string, TijdlijnSoort> = {
  'melding-gemeld': 'melding',
  'melding-opgepakt': 'melding',
  'melding-oordeel': 'melding',
  'melding-teruggemeld': 'melding',
  'casus-aangemaakt': 'casus',
  overgenomen: 'overdracht',
  signalering: 'signalering',
  scan: 'scan',
  actie: 'actie',
  'actie-status': 'actie',
  contact: 'contact',
  deling: 'deling',
  'deling-ingetrokken': 'deling',
  'deling-verlopen': 'deling',
  overleg: 'overleg',
  nazorg: 'nazorg',
  overdracht: 'overdracht',
  'overdracht-geaccepteerd': 'overdracht',
  fase: 'fase',
};

const BRON: Record<string, string> = {
  melding: 'verzuimmelding',
  'duo-lijst': 'DUO-lijst',
  partner: 'ketenpartner',
  loket: 'jongere zelf (loket)',
  'eigen-onderzoek': 'eigen onderzoek',
};
const OORDEEL: Record<string, string> = {
  'actie-vereist': 'actie vereist',
  'geen-actie': 'geen actie',
  'ter-kennisneming': 'ter kennisneming',
};
const TERUGMELDING: Record<string, string> = {
  'in-behandeling': 'in behandeling',
  afgesloten: 'afgesloten',
  'ter-kennisneming': 'ter kennisneming',
};
const ACTIE_STATUS: Record<string, string> = {
  open: 'weer open',
  gedaan: 'gedaan',
  'niet-gedaan': 'niet gedaan',
  'niet-mogelijk': 'niet mogelijk',
};
const NAZORG_UITKOMST: Record<string, string> = {
  school: 'op school',
  werk: 'aan het werk',
  dagbesteding: 'dagbesteding',
  zorg: 'in zorg',
  geen: 'geen school of werk',
  'geen-contact': 'geen contact',
};
const NAZORG_SOORT: Record<string, string> = {
  nazorg: 'Nazorgcontact',
  jaarcontact: 'Jaarcontact',
  kwint: 'Kwartaalcontact (Kwint)',
};

/** Cuts free text to a short line. */
export function kortTekst(tekst: string, max = 80): string {
  const t = tekst.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const fase = (v: unknown) => FASE_LABELS[s(v) as Fase] ?? s(v);
const datumNl = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : iso;

/** The Dutch line for one event. */
export function tijdlijnTekst(e: Pick<TijdlijnGebeurtenis, 'gebeurtenis' | 'g'>): string {
  const g = e.g;
  switch (e.gebeurtenis) {
    case 'melding-gemeld': {
      const soort = MELDING_SOORT_LABELS[s(g['soort'])] ?? s(g['soort']);
      return `Verzuimmelding ontvangen: ${soort}${g['vestiging'] ? ` (${s(g['vestiging'])})` : ''}`;
    }
    case 'melding-opgepakt':
      return 'Verzuimmelding opgepakt';
    case 'melding-oordeel':
      return `Oordeel op verzuimmelding: ${OORDEEL[s(g['oordeel'])] ?? s(g['oordeel'])}`;
    case 'melding-teruggemeld': {
      const status = /^Status: ([a-z-]+)/.exec(s(g['tekst']))?.[1] ?? '';
      const reden = REDEN_AFGESLOTEN_LABELS[s(g['reden']) as RedenAfgesloten];
      return `Teruggemeld aan school: ${TERUGMELDING[status] ?? 'terugkoppeling'}${status === 'afgesloten' && reden ? ` (${reden})` : ''}`;
    }
    case 'casus-aangemaakt':
      return `Casus aangemaakt (bron: ${BRON[s(g['bron'])] ?? s(g['bron'])})${g['fase'] && g['fase'] !== 'waarnemen' ? `, fase ${fase(g['fase'])}` : ''}`;
    case 'overgenomen':
      return `Casus overgenomen van regio ${s(g['van'])} (warme overdracht)`;
    case 'fase':
      return g['van'] ? `Fase ${fase(g['van'])} → ${fase(g['naar'])}` : `Fase ${fase(g['naar'])}`;
    case 'signalering':
      return g['actieNodig'] ? 'Oordeel signalering: directe actie nodig' : 'Oordeel signalering: geen directe actie nodig';
    case 'scan': {
      const n = Number(g['aantal'] ?? 0);
      return `Scan van de leefgebieden (${n} ${n === 1 ? 'leefgebied' : 'leefgebieden'})`;
    }
    case 'actie':
      return `Actie toegevoegd: ${kortTekst(s(g['omschrijving']), 60)} (${s(g['eigenaar']) || 'RMC-consulent'})`;
    case 'actie-status':
      return `Actie “${kortTekst(s(g['omschrijving']), 50)}”: ${ACTIE_STATUS[s(g['status'])] ?? s(g['status'])}`;
    case 'contact':
      return `${CONTACTVORM_LABELS[s(g['vorm']) as Contactvorm] ?? s(g['vorm'])}: ${(UITKOMST_LABELS[s(g['uitkomst']) as Uitkomst] ?? s(g['uitkomst'])).toLowerCase()}`;
    case 'deling':
      return `Gedeeld met ${s(g['organisatie'])}`;
    case 'deling-ingetrokken':
      return `Deling met ${s(g['organisatie'])} ingetrokken`;
    case 'deling-verlopen':
      return `Deling met ${s(g['organisatie'])} beëindigd (einddatum)`;
    case 'overleg':
      return `${g['voorbij'] ? 'Besproken in' : 'Geagendeerd voor'} ${kortTekst(s(g['titel']), 60)}`;
    case 'nazorg': {
      const soort = NAZORG_SOORT[s(g['soort']) || 'nazorg'] ?? 'Nazorgcontact';
      return `${soort} van ${datumNl(s(g['moment']))}: ${NAZORG_UITKOMST[s(g['uitkomst'])] ?? s(g['uitkomst'])}`;
    }
    case 'overdracht':
      return `Warm overgedragen aan ${s(g['naar'])}`;
    case 'overdracht-geaccepteerd':
      return `Overdracht geaccepteerd door ${s(g['naar'])}`;
    default:
      return e.gebeurtenis;
  }
}

function link(e: TijdlijnGebeurtenis, casusLinks: boolean): string | undefined {
  if (e.gebeurtenis.startsWith('melding-') && e.refId) return `/meldingen/${e.refId}`;
  if (e.gebeurtenis === 'overleg' && e.refId) return `/overleggen/${e.refId}`;
  if (casusLinks && e.casusId) return `/casussen/${e.casusId}`;
  return undefined;
}

/**
 * Newest first; within one instant, the later step of the story first. `casusLinks`: on a person's
 * timeline (several cases) a case event links to its case.
 */
export function bouwTijdlijn(
  gebeurtenissen: readonly TijdlijnGebeurtenis[],
  opties: { casusLinks?: boolean } = {},
): TijdlijnItem[] {
  return gebeurtenissen
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        b.e.sorteer.localeCompare(a.e.sorteer) || (RANG[b.e.gebeurtenis] ?? 0) - (RANG[a.e.gebeurtenis] ?? 0) || a.i - b.i,
    )
    .map(({ e }) => {
      const l = link(e, opties.casusLinks ?? false);
      return { op: e.op, soort: SOORT[e.gebeurtenis] ?? 'casus', tekst: tijdlijnTekst(e), ...(l ? { link: l } : {}) };
    });
}
