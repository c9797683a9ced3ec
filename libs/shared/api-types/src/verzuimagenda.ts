/** Verzuimagenda (per MBO instelling per schooljaar, shared with the participating regions). */

export type AgendaStatusDto = 'concept' | 'ter-accordering' | 'vastgesteld' | 'vervangen';
/** Content of an agenda: norms per melding kind, contact persons per vestiging, prevention, start meeting. */
export type AgendaInhoudDto = import('@rmc/shared-domain').AgendaInhoud;

/** POST /api/v1/verzuimagendas — starts a concept from the standard norms (school: own instelling; region: own region in regioIds). */
export interface VerzuimagendaCreate {
  instellingId: string;
  /** yyyy-yyyy, e.g. 2026-2027 (from 1 August). */
  schooljaar: string;
  /** The participating regions (at least one). */
  regioIds: string[];
}
/** PUT /api/v1/verzuimagendas/:id/inhoud — concept: edited in place; ter accordering: back to concept (approvals cleared); vastgesteld: a NEW version (answered). */
export interface VerzuimagendaInhoudUpdate {
  inhoud: AgendaInhoudDto;
}

/** One party of the agenda: the instelling (partij 'instelling') or a region (partij = regio id). */
export interface AgendaPartijDto {
  partij: string;
  soort: 'instelling' | 'regio';
  naam: string;
  goedgekeurd: boolean;
  goedgekeurdOp: string | null;
  goedgekeurdDoor: string | null;
}

/** GET /api/v1/verzuimagendas — every visible version (RLS + CASL), newest school year first. */
export interface VerzuimagendaSamenvatting {
  id: string;
  instellingId: string;
  instellingNaam: string;
  schooljaar: string;
  versie: number;
  status: AgendaStatusDto;
  /** In force today (vastgesteld and within its school year). */
  geldig: boolean;
  regioIds: string[];
  partijen: AgendaPartijDto[];
  vorigeVersieId: string | null;
  gewijzigdOp: string;
  vastgesteldOp: string | null;
}

export interface AgendaVersieDto {
  id: string;
  versie: number;
  status: AgendaStatusDto;
  vastgesteldOp: string | null;
  gewijzigdOp: string;
}

/** GET /api/v1/verzuimagendas/:id (and the answer of every change). */
export interface VerzuimagendaDto extends VerzuimagendaSamenvatting {
  inhoud: AgendaInhoudDto;
  aangemaaktOp: string;
  /** The caller's party ('instelling' or its regio id), null for readers that are no party. */
  eigenPartij: string | null;
  /** All versions of this instelling and school year, oldest first. */
  versies: AgendaVersieDto[];
  /** Names of the vestigingen of the instelling (for the contact persons). */
  vestigingen: { id: string; naam: string }[];
}

/** GET /api/v1/verzuimagendas/:id/verschillen — changes against the previous version (flat paths). */
export interface VerzuimagendaVerschillen {
  id: string;
  versie: number;
  vorigeVersieId: string | null;
  vorigeVersie: number | null;
  verschillen: { pad: string; oud: unknown; nieuw: unknown }[];
}
