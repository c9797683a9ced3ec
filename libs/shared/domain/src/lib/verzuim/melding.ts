import { dagenTussen, type IsoDate } from './werkdagen';

/** Kinds of verzuimmelding agreed with schools; regions may add their own kinds in the agenda. */
export const STANDAARD_MELDING_SOORTEN = [
  'aaneengesloten-4-weken',
  '16-uur-in-4-weken',
  'vervolgmelding',
  'zorgwekkend',
] as const;
export type MeldingSoort = string;

export const MELDING_SOORT_LABELS: Record<string, string> = {
  'aaneengesloten-4-weken': '4 aaneengesloten schoolweken',
  '16-uur-in-4-weken': '16 uur in 4 weken',
  vervolgmelding: 'Vervolgmelding',
  zorgwekkend: 'Zorgwekkend verzuim',
};

/** Besluit Verzuimmelding: vermoedelijke soort verzuim. */
export const VERMOEDELIJKE_SOORTEN = ['luxe', 'beginnend', 'signaal', '16-uur-in-4-weken', '1-maand-of-langer'] as const;

/** The richtlijn's concerns: any one of them means the region picks the melding up. */
export const ZORGEN = [
  'onderwijs-overstijgende-problematiek',
  'startkwalificatie-in-gevaar',
  'dreigt-voortijdig-te-verlaten',
] as const;
export type Zorg = (typeof ZORGEN)[number];
export const ZORG_LABELS: Record<Zorg, string> = {
  'onderwijs-overstijgende-problematiek': 'Onderwijs-overstijgende problematiek',
  'startkwalificatie-in-gevaar': 'Startkwalificatie in gevaar',
  'dreigt-voortijdig-te-verlaten': 'Dreigt voortijdig te verlaten',
};

/** What the region returns to the school (DUO terugkoppeling). */
export const TERUGMELD_STATUSSEN = ['in-behandeling', 'afgesloten', 'ter-kennisneming'] as const;
export type TerugmeldStatus = (typeof TERUGMELD_STATUSSEN)[number];

/** The 7 DUO closing reasons. */
export const REDENEN_AFGESLOTEN = [
  'terug-naar-school',
  'inschrijving-beeindigd-andere-opleiding',
  'inschrijving-beeindigd-werk',
  'inschrijving-beeindigd-overige',
  'inschrijving-beeindigd-overleden',
  'geen-verzuim-langdurig-ziek',
  'geen-verzuim-legitiem-afwezig',
] as const;
export type RedenAfgesloten = (typeof REDENEN_AFGESLOTEN)[number];
export const REDEN_AFGESLOTEN_LABELS: Record<RedenAfgesloten, string> = {
  'terug-naar-school': 'Terug naar school',
  'inschrijving-beeindigd-andere-opleiding': 'Inschrijving beëindigd – andere opleiding',
  'inschrijving-beeindigd-werk': 'Inschrijving beëindigd – werk',
  'inschrijving-beeindigd-overige': 'Inschrijving beëindigd – overige',
  'inschrijving-beeindigd-overleden': 'Inschrijving beëindigd – overleden',
  'geen-verzuim-langdurig-ziek': 'Geen verzuim – langdurig ziek',
  'geen-verzuim-legitiem-afwezig': 'Geen verzuim – legitiem afwezig',
};

/** Workflow of a melding inside the platform. */
export const MELDING_STATUSSEN = [
  'ontvangen',
  'aanvulling-gevraagd',
  'in-behandeling',
  'afgesloten',
  'ter-kennisneming',
  'regio-niet-aangesloten',
] as const;
export type MeldingStatus = (typeof MELDING_STATUSSEN)[number];

export const OORDELEN = ['actie-vereist', 'geen-actie', 'ter-kennisneming'] as const;
export type Oordeel = (typeof OORDELEN)[number];

/** One norm of the verzuimagenda, per melding kind. */
export interface MeldingNorm {
  soort: MeldingSoort;
  label: string;
  /** Threshold: at least this many absent hours / days before the kind applies. */
  minUren?: number;
  minDagen?: number;
  /** Fields the school must fill: a melding without them is refused (400). */
  verplichteVelden: string[];
  /** Quality fields (richtlijn): missing ones make the melding "onvolledig". */
  aanbevolenVelden: string[];
  actieGewenstWanneer: string;
  voorafDoorSchool: string;
  actieRegio: string;
  oppakTermijnWerkdagen: number;
  terugkoppeling: string;
  /** Continuous absence: at most one melding per 7 calendar days (Besluit Verzuimmelding). */
  aaneengesloten: boolean;
}

const BASIS_VERPLICHT = [
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'begindatum',
  'vermoedelijkeSoort',
  'leslocatieVestigingId',
  'melderNaam',
  'melderFunctie',
];
const BASIS_AANBEVOLEN = [
  'zorgen',
  'doorSchoolOndernomen',
  'afsprakenMetStudent',
  'betrokkenContacten',
  'lopendeHulp',
  'verwachtingVanRegio',
  'vermoedelijkeReden',
  'verzuimUren',
  'telefoon',
];

export const STANDAARD_NORMEN: MeldingNorm[] = [
  {
    soort: 'aaneengesloten-4-weken',
    label: MELDING_SOORT_LABELS['aaneengesloten-4-weken'],
    minDagen: 20,
    verplichteVelden: [...BASIS_VERPLICHT, 'verzuimDagen', 'allesGemist'],
    aanbevolenVelden: BASIS_AANBEVOLEN,
    actieGewenstWanneer: 'Altijd bij 4 weken aaneengesloten verzuim.',
    voorafDoorSchool: 'Contact gezocht met student (en ouders) en het verzuimgesprek gevoerd of geprobeerd.',
    actieRegio: 'Contact met de jongere en de school; oordeel signalering.',
    oppakTermijnWerkdagen: 5,
    terugkoppeling: 'Binnen 10 werkdagen status en afspraken aan de verzuimcoördinator.',
    aaneengesloten: true,
  },
  {
    soort: '16-uur-in-4-weken',
    label: MELDING_SOORT_LABELS['16-uur-in-4-weken'],
    minUren: 16,
    verplichteVelden: [...BASIS_VERPLICHT, 'verzuimUren', 'actieGewenst'],
    aanbevolenVelden: BASIS_AANBEVOLEN,
    actieGewenstWanneer: 'Als de school het verzuim niet zelf kan keren of er zorgen zijn.',
    voorafDoorSchool: 'Verzuimgesprek met de student; afspraken vastgelegd.',
    actieRegio: 'Bij actie gewenst of een zorg: contact met de jongere; anders ter kennisneming.',
    oppakTermijnWerkdagen: 5,
    terugkoppeling: 'Status binnen 10 werkdagen.',
    aaneengesloten: false,
  },
  {
    soort: 'vervolgmelding',
    label: MELDING_SOORT_LABELS['vervolgmelding'],
    minUren: 16,
    verplichteVelden: [...BASIS_VERPLICHT, 'vorigeMeldingId', 'verzuimUren'],
    aanbevolenVelden: BASIS_AANBEVOLEN,
    actieGewenstWanneer: 'Bij aanhoudend verzuim na een eerdere melding.',
    voorafDoorSchool: 'Afspraken uit de vorige melding geëvalueerd.',
    actieRegio: 'Lopende aanpak bijstellen; zo nodig huisbezoek.',
    oppakTermijnWerkdagen: 10,
    terugkoppeling: 'Status binnen 10 werkdagen.',
    aaneengesloten: true,
  },
  {
    soort: 'zorgwekkend',
    label: MELDING_SOORT_LABELS['zorgwekkend'],
    verplichteVelden: [...BASIS_VERPLICHT, 'zorgen', 'toelichtingActieGewenst'],
    aanbevolenVelden: BASIS_AANBEVOLEN,
    actieGewenstWanneer: 'Vanaf het eerste uur bij risico op uitval (ziekte, patronen, thuissituatie).',
    voorafDoorSchool: 'Zorg besproken in het zorgteam van de school.',
    actieRegio: 'Binnen 3 werkdagen contact; zo nodig wijkteam betrekken.',
    oppakTermijnWerkdagen: 3,
    terugkoppeling: 'Status binnen 5 werkdagen.',
    aaneengesloten: false,
  },
];

export const VELD_LABELS: Record<string, string> = {
  bsn: 'BSN',
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  postcode: 'Postcode',
  begindatum: 'Begindatum verzuim',
  vermoedelijkeSoort: 'Vermoedelijke soort verzuim',
  leslocatieVestigingId: 'Leslocatie',
  melderNaam: 'Naam melder',
  melderFunctie: 'Functie melder',
  verzuimDagen: 'Verzuimdagen',
  verzuimUren: 'Verzuimuren',
  allesGemist: 'Alle lessen gemist',
  actieGewenst: 'Actie door gemeente gewenst',
  toelichtingActieGewenst: 'Toelichting actie gewenst',
  vorigeMeldingId: 'Vorige melding',
  zorgen: 'Zorgen van de school',
  doorSchoolOndernomen: 'Door school ondernomen actie',
  afsprakenMetStudent: 'Afspraken met de student',
  betrokkenContacten: 'Betrokken contactpersonen',
  lopendeHulp: 'Lopende hulp',
  verwachtingVanRegio: 'Verwachting van de regio',
  vermoedelijkeReden: 'Vermoedelijke reden',
  telefoon: 'Telefoon student/ouder',
};

const leeg = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Fields the agenda requires that are missing: each becomes a 400 field error. */
export function ontbrekendeVerplichteVelden(melding: Record<string, unknown>, norm: MeldingNorm): string[] {
  return norm.verplichteVelden.filter((v) => leeg(melding[v]));
}

/** Every field of a melding as the school fills it in (MeldingCreate), in the order of the form. */
export const MELDING_VELDEN = [
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'telefoon',
  'afwijkendVerblijfadres',
  'soort',
  'leslocatieVestigingId',
  'begindatum',
  'einddatum',
  'vermoedelijkeSoort',
  'vermoedelijkeReden',
  'allesGemist',
  'verzuimDagen',
  'verzuimUren',
  'vorigeMeldingId',
  'zorgen',
  'doorSchoolOndernomen',
  'afsprakenMetStudent',
  'betrokkenContacten',
  'lopendeHulp',
  'verwachtingVanRegio',
  'actieGewenst',
  'toelichtingActieGewenst',
  'melderNaam',
  'melderFunctie',
  'melderTelefoon',
  'melderEmail',
] as const;
export type MeldingVeld = (typeof MELDING_VELDEN)[number];

/**
 * Fields that are optional for every soort: the form marks them "(niet verplicht)", so the
 * completeness judgement never lists them as missing, even when a region's agenda names them.
 */
export const OPTIONELE_VELDEN: readonly string[] = ['afwijkendVerblijfadres', 'einddatum', 'melderTelefoon', 'melderEmail'];

/**
 * How the form presents a field for this norm (no norm yet: the basic rules): `verplicht` blocks
 * sending, `aanbevolen` counts for completeness ("onvolledig" when empty), `optioneel` is marked
 * "(niet verplicht)" and is never listed as missing.
 */
export function veldEis(norm: MeldingNorm | null, veld: string): 'verplicht' | 'aanbevolen' | 'optioneel' {
  if (veld === 'soort') return 'verplicht';
  if (OPTIONELE_VELDEN.includes(veld)) return 'optioneel';
  if ((norm?.verplichteVelden ?? BASIS_VERPLICHT).includes(veld)) return 'verplicht';
  if ((norm?.aanbevolenVelden ?? BASIS_AANBEVOLEN).includes(veld)) return 'aanbevolen';
  return 'optioneel';
}

/** Completeness judgement against the agenda (quality loop): the empty `aanbevolen` fields (veldEis). */
export function beoordeelVolledigheid(
  melding: Record<string, unknown>,
  norm: MeldingNorm,
): { volledig: boolean; ontbrekend: string[] } {
  const ontbrekend = norm.aanbevolenVelden.filter((v) => veldEis(norm, v) !== 'optioneel' && leeg(melding[v]));
  return { volledig: ontbrekend.length === 0, ontbrekend };
}

/** Threshold of the kind: returns the field and a Dutch reason when the melding is below it. */
export function controleerDrempel(
  melding: { verzuimUren?: number | null; verzuimDagen?: number | null },
  norm: MeldingNorm,
): { veld: string; reden: string } | null {
  if (norm.minUren !== undefined && (melding.verzuimUren ?? 0) < norm.minUren)
    return {
      veld: 'verzuimUren',
      reden: `Voor "${norm.label}" geldt volgens de verzuimagenda minstens ${norm.minUren} verzuimuren.`,
    };
  if (norm.minDagen !== undefined && (melding.verzuimDagen ?? 0) < norm.minDagen)
    return {
      veld: 'verzuimDagen',
      reden: `Voor "${norm.label}" geldt volgens de verzuimagenda minstens ${norm.minDagen} verzuimdagen.`,
    };
  return null;
}

export interface EerdereMelding {
  id: string;
  soort: MeldingSoort;
  gemeldOp: IsoDate;
}

/**
 * Besluit Verzuimmelding: for continuous absence at most one melding per 7 calendar days per
 * student. Returns a Dutch reason when the new melding is too soon.
 */
export function zevenDagenRegel(
  nieuw: { gemeldOp: IsoDate; norm: MeldingNorm },
  eerdere: EerdereMelding[],
  normen: MeldingNorm[],
): string | null {
  if (!nieuw.norm.aaneengesloten) return null;
  const aaneengesloten = new Set(normen.filter((n) => n.aaneengesloten).map((n) => n.soort));
  const te = eerdere.filter((e) => aaneengesloten.has(e.soort)).find((e) => dagenTussen(e.gemeldOp, nieuw.gemeldOp) < 7);
  if (!te) return null;
  const [j, m, d] = te.gemeldOp.split('-');
  return `Bij aaneengesloten verzuim mag u hoogstens één melding per 7 kalenderdagen doen; de vorige melding is van ${d}-${m}-${j}.`;
}

export interface UrgentieInput {
  zorgen: number;
  actieGewenst: boolean;
  eerdereMeldingen: number;
  openCasus: boolean;
  teLaat: boolean;
}

/** Triage order: higher first. Overdue beats everything, then concerns and "actie gewenst". */
export function urgentie(u: UrgentieInput): number {
  return (
    (u.teLaat ? 100 : 0) + u.zorgen * 10 + (u.actieGewenst ? 15 : 0) + Math.min(u.eerdereMeldingen, 5) * 4 + (u.openCasus ? 8 : 0)
  );
}

/** The highest score `urgentie` can give (past the term, every concern, actie gewenst, 5+ earlier meldingen, an open case). */
export const URGENTIE_MAXIMUM = urgentie({
  teLaat: true,
  zorgen: ZORGEN.length,
  actieGewenst: true,
  eerdereMeldingen: 5,
  openCasus: true,
});

/** The urgency in words, so a bare score ("25") is never shown without a scale. */
export type UrgentieNiveau = 'laag' | 'middel' | 'hoog' | 'te-laat';
export const URGENTIE_NIVEAU_LABELS: Record<UrgentieNiveau, string> = {
  laag: 'Laag',
  middel: 'Middel',
  hoog: 'Hoog',
  'te-laat': 'Zeer hoog (termijn verstreken)',
};
export function urgentieNiveau(score: number): UrgentieNiveau {
  if (score >= 100) return 'te-laat';
  if (score >= 30) return 'hoog';
  if (score >= 15) return 'middel';
  return 'laag';
}

/** "Middel (25 van 173 punten)". */
export function urgentieTekst(score: number): string {
  return `${URGENTIE_NIVEAU_LABELS[urgentieNiveau(score)]} (${score} van ${URGENTIE_MAXIMUM} punten)`;
}
