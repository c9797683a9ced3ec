import type { MeldingDto, OordeelInput, TerugkoppelingInput } from '@rmc/shared-api-types';
import {
  MELDING_SOORT_LABELS,
  OPTIONELE_VELDEN,
  REDEN_AFGESLOTEN_LABELS,
  STANDAARD_NORMEN,
  VELD_LABELS,
  ZORG_LABELS,
  type MeldingNorm,
  type MeldingStatus as DomeinMeldingStatus,
  type Oordeel,
  type RedenAfgesloten,
  type Zorg,
} from '@rmc/shared-domain';
import type { BadgeSoort, CelBadge } from '@rmc/portal-ui';

export type MeldingStatus = MeldingDto['status'];

/** Keyed by the domain's MELDING_STATUSSEN too: a new status there fails the build here instead of showing a code. */
export const STATUS_LABELS: Record<MeldingStatus | DomeinMeldingStatus, string> = {
  ontvangen: 'Ontvangen',
  'aanvulling-gevraagd': 'Aanvulling gevraagd',
  'in-behandeling': 'In behandeling',
  afgesloten: 'Afgesloten',
  'ter-kennisneming': 'Ter kennisneming',
  'regio-niet-aangesloten': 'Regio niet aangesloten',
};

const STATUS_BADGE: Record<MeldingStatus, BadgeSoort> = {
  ontvangen: 'info',
  'aanvulling-gevraagd': 'waarschuwing',
  'in-behandeling': 'info',
  afgesloten: 'ok',
  'ter-kennisneming': 'neutraal',
  'regio-niet-aangesloten': 'fout',
};

export function statusBadge(status: MeldingStatus): CelBadge {
  return { tekst: STATUS_LABELS[status] ?? status, soort: STATUS_BADGE[status] ?? 'neutraal' };
}

/** Besluit Verzuimmelding: vermoedelijke soort verzuim (VERMOEDELIJKE_SOORTEN). */
export const VERMOEDELIJKE_SOORT_LABELS: Record<string, string> = {
  luxe: 'Luxeverzuim',
  beginnend: 'Beginnend verzuim',
  signaal: 'Signaalverzuim',
  '16-uur-in-4-weken': '16 uur in 4 weken',
  '1-maand-of-langer': '1 maand of langer',
};

export const TERUGMELD_STATUS_LABELS: Record<TerugkoppelingInput['status'], string> = {
  'in-behandeling': 'In behandeling',
  afgesloten: 'Afgesloten',
  'ter-kennisneming': 'Ter kennisneming',
};

export const OORDEEL_LABELS: Record<OordeelInput['oordeel'] | Oordeel, string> = {
  'actie-vereist': 'Actie vereist',
  'geen-actie': 'Geen actie',
  'ter-kennisneming': 'Ter kennisneming',
};

export const DOELGROEP_LABELS: Record<NonNullable<OordeelInput['doelgroep']>, string> = {
  'verzuim-18plus': 'Verzuim 18+ (nog ingeschreven)',
  'dreigend-vsv': 'Dreigend voortijdig schoolverlater',
  'nieuw-vsv': 'Nieuwe voortijdig schoolverlater',
  'oud-vsv': 'Oud-vsv’er',
  'jikp-onderwijs': 'JIKP – perspectief onderwijs',
  'jikp-arbeid': 'JIKP – perspectief arbeid',
  'jikp-dagbesteding': 'JIKP – perspectief dagbesteding',
  '23-27': 'Jongere van 23 tot 27 jaar',
};

export const GEBEURTENIS_LABELS: Record<string, string> = {
  ingediend: 'Melding ingediend',
  'aanvulling-gevraagd': 'Aanvulling gevraagd',
  'aanvulling-gegeven': 'Aanvulling gegeven',
  toegewezen: 'Toegewezen aan consulent',
  oordeel: 'Oordeel vastgelegd',
  terugkoppeling: 'Terugkoppeling aan school',
};

/**
 * The server writes some history lines with codes: a terugkoppeling as "Status: in-behandeling. …"
 * (or "Status: afgesloten (reden). …"), an oordeel as "actie-vereist" or "geen-actie: reden". Only
 * those known prefixes are translated into the labels the portal shows elsewhere; the free text
 * after them (written by a person) is left exactly as it is.
 */
export function historieTekst(soort: string, tekst: string | null | undefined): string {
  if (!tekst) return '';
  const status = /^Status: ([a-z]+(?:-[a-z]+)*)(?: \(([^)]*)\))?(?=[.:;,]|\s|$)/.exec(tekst);
  if (status) {
    const [heel, code, reden] = status;
    const statusTekst = (STATUS_LABELS as Record<string, string>)[code] ?? code;
    const redenTekst = reden === undefined ? '' : ` (${redenAfgeslotenLabel(reden)})`;
    return `Status: ${statusTekst}${redenTekst}${tekst.slice(heel.length)}`;
  }
  if (soort === 'oordeel') {
    const oordeel = /^([a-z]+(?:-[a-z]+)*)(?=:|$)/.exec(tekst);
    const label = oordeel ? (OORDEEL_LABELS as Record<string, string>)[oordeel[1]] : undefined;
    if (oordeel && label) return `${label}${tekst.slice(oordeel[1].length)}`;
  }
  return tekst;
}

export const soortLabel = (soort: string | undefined | null) =>
  soort ? (MELDING_SOORT_LABELS[soort] ?? normVan(soort)?.label ?? soort) : '';
export const vermoedelijkeSoortLabel = (soort: string | undefined | null) =>
  soort ? (VERMOEDELIJKE_SOORT_LABELS[soort] ?? soort) : '';
export const zorgLabel = (zorg: string) => ZORG_LABELS[zorg as Zorg] ?? zorg;
export const redenAfgeslotenLabel = (reden: string | null | undefined) =>
  reden ? (REDEN_AFGESLOTEN_LABELS[reden as RedenAfgesloten] ?? reden) : '';
export const veldLabel = (veld: string) => VELD_LABELS[veld] ?? EXTRA_VELD_LABELS[veld] ?? veld;

/**
 * The missing fields worth naming: never one the form marks "(niet verplicht)" (OPTIONELE_VELDEN),
 * even on a melding judged under an older agenda that counted it.
 */
export const ontbrekendeVelden = (ontbrekend: readonly string[] | null | undefined): string[] =>
  (ontbrekend ?? []).filter((v) => !OPTIONELE_VELDEN.includes(v));

/** Fields of MeldingCreate that VELD_LABELS (which names the agenda's fields) does not cover. */
export const EXTRA_VELD_LABELS: Record<string, string> = {
  soort: 'Soort melding',
  einddatum: 'Einddatum verzuim',
  afwijkendVerblijfadres: 'Afwijkend verblijfadres',
  melderTelefoon: 'Telefoon melder',
  melderEmail: 'E-mailadres melder',
};

export function normVan(soort: string | null | undefined): MeldingNorm | null {
  return STANDAARD_NORMEN.find((n) => n.soort === soort) ?? null;
}

export function studentNaam(m: Pick<MeldingDto, 'voornaam' | 'achternaam'>): string {
  return [m.voornaam, m.achternaam].filter(Boolean).join(' ') || 'Naam niet zichtbaar';
}

/** "ja" / "nee" / empty for a yes-no field. */
export const jaNee = (waarde: boolean | null | undefined) => (waarde === true ? 'Ja' : waarde === false ? 'Nee' : '');
