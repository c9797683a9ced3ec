/** Verzuimmeldingen: filing, import, triage, feedback. */
import type { Doelgroep } from '@rmc/shared-domain';
import type { Paged } from './paging';

/** POST /api/v1/meldingen (school). Field names are the error `field` names. */
export interface MeldingCreate {
  soort: string;
  leslocatieVestigingId: string;
  bsn: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  telefoon?: string;
  afwijkendVerblijfadres?: string;
  begindatum: string;
  einddatum?: string;
  vermoedelijkeSoort: string;
  vermoedelijkeReden?: string;
  allesGemist?: boolean;
  doorSchoolOndernomen?: string;
  actieGewenst?: boolean;
  toelichtingActieGewenst?: string;
  melderNaam: string;
  melderFunctie: string;
  melderTelefoon?: string;
  melderEmail?: string;
  verzuimDagen?: number;
  verzuimUren?: number;
  zorgen?: string[];
  afsprakenMetStudent?: string;
  betrokkenContacten?: string;
  lopendeHulp?: string;
  verwachtingVanRegio?: string;
  vorigeMeldingId?: string;
}

export interface MeldingGebeurtenisDto {
  soort: 'ingediend' | 'aanvulling-gevraagd' | 'aanvulling-gegeven' | 'toegewezen' | 'oordeel' | 'terugkoppeling';
  tekst: string | null;
  op: string;
  doorNaam: string | null;
}

/**
 * GET /api/v1/meldingen/:id. The server omits the fields the caller may not see: a school gets
 * MELDING_SCHOOL_VELDEN (no consulent, oordeel, case link, urgency); a region gets all.
 */
export interface MeldingDto extends Partial<MeldingCreate> {
  id: string;
  status: 'ontvangen' | 'aanvulling-gevraagd' | 'in-behandeling' | 'afgesloten' | 'ter-kennisneming' | 'regio-niet-aangesloten';
  soort: string;
  regioNaam?: string | null;
  regioAangesloten?: boolean;
  vestigingNaam?: string;
  instellingNaam?: string;
  gemeldOp?: string;
  gemeldDoorNaam?: string | null;
  volledig?: boolean;
  ontbrekend?: string[];
  openVraag?: string | null;
  terugmeldStatus?: 'in-behandeling' | 'afgesloten' | 'ter-kennisneming' | null;
  redenAfgesloten?: string | null;
  terugmeldToelichting?: string | null;
  regioContactpersoon?: string | null;
  teruggemeldOp?: string | null;
  historie?: MeldingGebeurtenisDto[];
  // region only
  oppakDeadline?: string | null;
  teLaat?: boolean;
  urgentie?: number;
  consulentId?: string | null;
  consulentNaam?: string | null;
  oordeel?: 'actie-vereist' | 'geen-actie' | 'ter-kennisneming' | null;
  oordeelReden?: string | null;
  casusId?: string | null;
  eerdereMeldingen?: number;
}

/** GET /api/v1/meldingen?status=&weergave=triage&volgorde= — school: own vestiging; region: its meldingen. */
export type MeldingLijst = Paged<MeldingDto>;

/** The orders of the meldingen list, on the date of reporting. */
export const MELDING_VOLGORDES = ['nieuwste', 'oudste'] as const;
export type MeldingVolgorde = (typeof MELDING_VOLGORDES)[number];

/** GET /api/v1/meldingen query parameters (a bad value is 400 naming the parameter). */
export interface MeldingenFilter {
  status?: import('@rmc/shared-domain').MeldingStatus;
  weergave?: 'triage';
  volgorde?: MeldingVolgorde;
}

/** POST /api/v1/meldingen/:id/aanvulling-vragen (region) */
export interface AanvullingVraag {
  vraag: string;
}
/** POST /api/v1/meldingen/:id/aanvulling (school): answer plus optionally corrected/added fields. */
export interface AanvullingAntwoord {
  antwoord: string;
  velden?: Partial<MeldingCreate>;
}
/** POST /api/v1/meldingen/:id/toewijzing (coördinator) */
export interface Toewijzing {
  consulentId: string;
}
/** POST /api/v1/meldingen/:id/oordeel (region). actie-vereist opens (or attaches to) a case. */
export interface OordeelInput {
  oordeel: 'actie-vereist' | 'geen-actie' | 'ter-kennisneming';
  reden?: string;
  doelgroep?: Doelgroep;
}
/** POST /api/v1/meldingen/:id/terugkoppeling (region → school; richtlijn: always) */
export interface TerugkoppelingInput {
  status: 'in-behandeling' | 'afgesloten' | 'ter-kennisneming';
  redenAfgesloten?: string;
  toelichting: string;
  contactpersoon: string;
}
/** GET /api/v1/meldingen/consulenten (region): who can be assigned. */
export interface ConsulentDto {
  id: string;
  naam: string;
}

/** POST /api/v1/meldingen/import (school) → 202 ImportStatus; GET /api/v1/meldingen/import/:id */
export interface ImportStart {
  /** CSV text (UTF-8, ; or , separated, header row). */
  csv: string;
  /** CSV column header → MeldingCreate field. */
  kolommen: Record<string, string>;
  /** Dry run: validate and report, save nothing. */
  proefrun: boolean;
  leslocatieVestigingId: string;
}
export interface ImportStatus {
  id: string;
  status: 'wacht' | 'bezig' | 'klaar' | 'mislukt';
  proefrun: boolean;
  totaal: number;
  verwerkt: number;
  goed: number;
  alAanwezig: number;
  fout: number;
  fouten: { rij: number; veld: string; melding: string }[];
}
