/** The routekaart's five phases plus closing and nazorg (DOMAIN.md "The case"). */
export const FASEN = [
  'waarnemen',
  'analyseren',
  'plannen',
  'handelen',
  'evalueren',
  'afgesloten',
  'nazorg',
  'beeindigd',
] as const;
export type Fase = (typeof FASEN)[number];

export const FASE_LABELS: Record<Fase, string> = {
  waarnemen: 'Waarnemen',
  analyseren: 'Analyseren',
  plannen: 'Plannen',
  handelen: 'Handelen',
  evalueren: 'Evalueren',
  afgesloten: 'Afgesloten',
  nazorg: 'Nazorg',
  beeindigd: 'Beëindigd',
};

export const DOELGROEPEN = [
  'verzuim-18plus',
  'dreigend-vsv',
  'nieuw-vsv',
  'oud-vsv',
  'jikp-onderwijs',
  'jikp-arbeid',
  'jikp-dagbesteding',
  '23-27',
] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/** Closing reasons: the 7 DUO values plus the routekaart outcomes. */
export const SLUITREDENEN = [
  'terug-naar-school',
  'inschrijving-beeindigd-andere-opleiding',
  'inschrijving-beeindigd-werk',
  'inschrijving-beeindigd-overige',
  'inschrijving-beeindigd-overleden',
  'geen-verzuim-langdurig-ziek',
  'geen-verzuim-legitiem-afwezig',
  'onderwijs',
  'werk',
  'combinatie',
  'dagbesteding',
  'zorg',
  'verhuisd',
  'overgedragen',
  'geen-contact',
] as const;
export type Sluitreden = (typeof SLUITREDENEN)[number];

/** What is known about a case; the guards below read only this. */
export interface CasusFeiten {
  oordeelSignalering?: { actieNodig: boolean } | null;
  intakeVastgelegd: boolean;
  aantalScans: number;
  aantalPlanacties: number;
  procesregieGezet: boolean;
  evaluatieVastgelegd: boolean;
  nazorgMaanden: number;
  /** Closed by a warm handover: nazorg is the receiver's, this case can only end. */
  overgedragen?: boolean;
}

export interface Stap {
  naar: Fase;
  toegestaan: boolean;
  /** Dutch reason when not allowed. */
  reden?: string;
}

const KAN: Record<Fase, Fase[]> = {
  waarnemen: ['analyseren', 'afgesloten'],
  analyseren: ['plannen', 'afgesloten'],
  plannen: ['handelen', 'afgesloten'],
  handelen: ['evalueren', 'plannen', 'afgesloten'],
  evalueren: ['afgesloten', 'handelen'],
  afgesloten: ['nazorg', 'beeindigd'],
  nazorg: ['beeindigd', 'analyseren'],
  beeindigd: [],
};

function voorwaarde(van: Fase, naar: Fase, f: CasusFeiten): string | undefined {
  if (van === 'waarnemen' && naar === 'analyseren' && !f.oordeelSignalering?.actieNodig)
    return 'Leg eerst het oordeel signalering vast (directe actie nodig).';
  if (van === 'waarnemen' && naar === 'afgesloten' && !f.oordeelSignalering) return 'Leg eerst het oordeel signalering vast.';
  if (van === 'analyseren' && naar === 'plannen') {
    if (!f.intakeVastgelegd) return 'Leg eerst het intakegesprek vast.';
    if (f.aantalScans < 1) return 'Maak eerst een scan van de leefgebieden.';
  }
  if (van === 'plannen' && naar === 'handelen') {
    if (f.aantalPlanacties < 1) return 'Het plan van aanpak heeft nog geen acties.';
    if (!f.procesregieGezet) return 'Leg vast wie de procesregie heeft.';
  }
  if (van === 'evalueren' && naar === 'afgesloten' && !f.evaluatieVastgelegd) return 'Beantwoord eerst de evaluatievragen.';
  if (van === 'afgesloten' && naar === 'nazorg' && f.overgedragen)
    return 'Deze casus is overgedragen: de nazorg ligt bij de ontvanger.';
  if (van === 'afgesloten' && naar === 'nazorg' && f.nazorgMaanden <= 0) return 'De regio heeft geen nazorgperiode ingesteld.';
  if (van === 'afgesloten' && naar === 'beeindigd' && f.nazorgMaanden > 0 && !f.overgedragen)
    return 'Na afsluiten volgt eerst nazorg.';
  return undefined;
}

/** Every step from this phase, with whether it is allowed now and why not (the portal offers only allowed ones). */
export function mogelijkeStappen(fase: Fase, feiten: CasusFeiten): Stap[] {
  return KAN[fase].map((naar) => {
    const reden = voorwaarde(fase, naar, feiten);
    return reden ? { naar, toegestaan: false, reden } : { naar, toegestaan: true };
  });
}

/** Validates one transition: null when allowed, else the Dutch reason. */
export function controleerOvergang(van: Fase, naar: Fase, feiten: CasusFeiten): string | null {
  if (!KAN[van].includes(naar)) return `Van ${FASE_LABELS[van]} kan een casus niet naar ${FASE_LABELS[naar]}.`;
  return voorwaarde(van, naar, feiten) ?? null;
}
