import type { CasusBron, CasusDto, PlanActieStatus } from '@rmc/shared-api-types';
import {
  CONTACTVORM_LABELS,
  FASE_LABELS,
  LEEFGEBIED_LABELS,
  UITKOMST_LABELS,
  type Fase,
  type Grondslag,
  type Leefgebied,
  type Sluitreden,
} from '@rmc/shared-domain';
import type { BadgeSoort, CelBadge } from '@rmc/portal-ui';
import { DOELGROEP_LABELS } from '../meldingen/melding-teksten';

export { CONTACTVORM_LABELS, DOELGROEP_LABELS, FASE_LABELS, LEEFGEBIED_LABELS, UITKOMST_LABELS };

/** Keyed by the domain's lists: a new code there fails the build here instead of showing a code. */
export const BRON_LABELS: Record<CasusBron, string> = {
  melding: 'Verzuimmelding van school',
  'duo-lijst': 'DUO-lijst',
  partner: 'Ketenpartner',
  loket: 'Jongere zelf (loket)',
  'eigen-onderzoek': 'Eigen onderzoek',
};

export const SLUITREDEN_LABELS: Record<Sluitreden, string> = {
  'terug-naar-school': 'Terug naar school (DUO)',
  'inschrijving-beeindigd-andere-opleiding': 'Inschrijving beëindigd: andere opleiding (DUO)',
  'inschrijving-beeindigd-werk': 'Inschrijving beëindigd: werk (DUO)',
  'inschrijving-beeindigd-overige': 'Inschrijving beëindigd: overige reden (DUO)',
  'inschrijving-beeindigd-overleden': 'Inschrijving beëindigd: overleden (DUO)',
  'geen-verzuim-langdurig-ziek': 'Geen verzuim: langdurig ziek (DUO)',
  'geen-verzuim-legitiem-afwezig': 'Geen verzuim: legitiem afwezig (DUO)',
  onderwijs: 'Onderwijs',
  werk: 'Werk',
  combinatie: 'Combinatie van leren en werken',
  dagbesteding: 'Dagbesteding',
  zorg: 'Zorg',
  verhuisd: 'Verhuisd',
  overgedragen: 'Overgedragen (23+/27+ of andere regio)',
  'geen-contact': 'Geen contact',
};

export const ACTIE_STATUS_LABELS: Record<PlanActieStatus, string> = {
  open: 'Open',
  gedaan: 'Gedaan',
  'niet-gedaan': 'Niet gedaan',
  'niet-mogelijk': 'Niet mogelijk',
};

const ACTIE_STATUS_BADGE: Record<PlanActieStatus, BadgeSoort> = {
  open: 'info',
  gedaan: 'ok',
  'niet-gedaan': 'waarschuwing',
  'niet-mogelijk': 'fout',
};

export function actieStatusBadge(status: PlanActieStatus): CelBadge {
  return { tekst: ACTIE_STATUS_LABELS[status] ?? status, soort: ACTIE_STATUS_BADGE[status] ?? 'neutraal' };
}

export const GRONDSLAG_LABELS: Record<Grondslag, string> = {
  toestemming: 'Toestemming van de jongere',
  'wettelijke-taak': 'Wettelijke taak',
};

const FASE_BADGE: Record<Fase, BadgeSoort> = {
  waarnemen: 'info',
  analyseren: 'info',
  plannen: 'info',
  handelen: 'info',
  evalueren: 'waarschuwing',
  afgesloten: 'ok',
  nazorg: 'neutraal',
  beeindigd: 'neutraal',
};

export function faseBadge(fase: Fase): CelBadge {
  return { tekst: FASE_LABELS[fase] ?? fase, soort: FASE_BADGE[fase] ?? 'neutraal' };
}

/** The routekaart's intake conversation: the questions the consulent asks the young person. */
export const INTAKE_VRAGEN: readonly string[] = [
  'Wat is je huidige situatie (school, werk, dagbesteding)?',
  'Hoe is het op school gegaan, en waarom ben je gestopt?',
  'Wat wil je bereiken?',
  'Wie zijn belangrijk voor je?',
  'Welke hulp heb je nu?',
  'Wat heb je nodig?',
];

/** The routekaart's evaluation before closing. */
export { EVALUATIE_VRAGEN } from '@rmc/shared-domain';

/** A share's sections in words. */
export function sectieLabel(sectie: string): string {
  if (sectie.startsWith('domein:')) return `Leefgebied ${LEEFGEBIED_LABELS[sectie.slice(7) as Leefgebied] ?? sectie.slice(7)}`;
  return SECTIE_LABELS[sectie] ?? sectie;
}

/** Short form for lists and tables ("Gezin" instead of "Leefgebied Gezin"). */
export function sectieKort(sectie: string): string {
  if (sectie.startsWith('domein:')) return LEEFGEBIED_LABELS[sectie.slice(7) as Leefgebied] ?? sectie.slice(7);
  return SECTIE_KORT[sectie] ?? sectie;
}

const SECTIE_KORT: Record<string, string> = {
  basis: 'Basisgegevens',
  contact: 'Contactgegevens',
  acties: 'Eigen acties',
  verzuim: 'Verzuimdetails',
};

const SECTIE_LABELS: Record<string, string> = {
  basis: 'Basisgegevens (naam, geboortedatum, fase, doelgroep, regie)',
  contact: 'Contactgegevens (telefoon, e-mail, postcode)',
  acties: 'De acties van deze organisatie',
  verzuim: 'Verzuimdetails (alleen als dat nodig is)',
};

export function casusNaam(c: Pick<CasusDto, 'persoon'> | { voornaam?: string; achternaam?: string }): string {
  const p = 'persoon' in c ? c.persoon : (c as { voornaam?: string; achternaam?: string });
  return [p?.voornaam, p?.achternaam].filter(Boolean).join(' ');
}

/** yyyy-mm-dd, `dagen` days from today in the Netherlands. */
export function overDagen(dagen: number, nu = new Date()): string {
  const d = new Date(nu.getTime() + dagen * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

/** The parts of the case page; each is shown only when the server sent its data. */
export type Onderdeel =
  | 'overzicht'
  | 'signalering'
  | 'intake'
  | 'leefgebieden'
  | 'plan'
  | 'mijn-acties'
  | 'contact'
  | 'delen'
  | 'notities'
  | 'verzuim'
  | 'tijdlijn';

/** What a section reports after a change: the case as the API answered it, and the message to announce. */
export interface CasusWijziging {
  casus: CasusDto;
  bericht: string;
}
