/** Overleg: multidisciplinary meetings, their agenda, decisions, actions and the verslag. */
import type { OrganisatieSoort } from '@rmc/shared-domain';
import type { CasusDto, PlanActieStatus } from './casus';

export type OverlegStatus = 'gepland' | 'vastgesteld';

/** GET /api/v1/overleggen — one row of the list. */
export interface OverlegSamenvatting {
  id: string;
  reeksId: string | null;
  soort: string;
  titel: string;
  start: string;
  plaats: string | null;
  onlineLink: string | null;
  voorzitterId: string;
  voorzitter: string;
  deelnemerOrganisaties: string[];
  status: OverlegStatus;
}

export interface ActieHistorie {
  status: PlanActieStatus;
  toelichting: string | null;
  op: string;
}

/** An action item of a meeting (a partner sees only its own organisation's). */
export interface OverlegActie {
  id: string;
  agendapuntId: string | null;
  omschrijving: string;
  eigenaarOrganisatieId: string;
  eigenaar: string | null;
  deadline: string | null;
  status: PlanActieStatus;
  historie: ActieHistorie[];
}

export interface Agendapunt {
  id: string;
  casusId: string;
  /** Null (with `nietMeerGedeeld`) for a partner whose share of this case has ended. */
  vraag: string | null;
  notities: string | null;
  nietMeerGedeeld?: boolean;
  besluiten: string[];
  volgorde: number;
  acties: OverlegActie[];
}

export interface OverlegDeelnemer {
  gebruikerId: string;
  naam: string;
  aanwezig: boolean | null;
}

/** GET /api/v1/overleggen/:id (and the answer of every change). */
export interface OverlegDto extends OverlegSamenvatting {
  isVoorzitter: boolean;
  organisaties: { id: string; naam: string; soort: OrganisatieSoort }[];
  deelnemers: OverlegDeelnemer[];
  agenda: Agendapunt[];
  meegenomenActies: OverlegActie[];
}

/** POST /api/v1/overleggen */
export interface OverlegCreate {
  soort: string;
  titel: string;
  start: string;
  plaats?: string;
  onlineLink?: string;
  deelnemerOrganisaties: string[];
  reeksId?: string;
  nieuweReeks?: string;
}

/** POST /api/v1/overleggen/:id/agendapunten */
export interface AgendapuntInput {
  casusId: string;
  vraag: string;
}
/** PUT /api/v1/overleggen/:id/agendapunten/:puntId/notities */
export interface NotitiesInput {
  notities: string;
}
/** POST /api/v1/overleggen/:id/agendapunten/:puntId/besluiten */
export interface BesluitInput {
  tekst: string;
}
/** PUT /api/v1/overleggen/:id/aanwezigheid — the ids of the participants who were present. */
export interface AanwezigheidInput {
  aanwezig: string[];
}

/** POST /api/v1/overleggen/:id/agendapunten/:puntId/acties */
export interface OverlegActieInput {
  omschrijving: string;
  eigenaarOrganisatieId: string;
  eigenaarGebruikerId?: string;
  deadline: string;
}

/** GET /api/v1/overleggen/:id/verslag — per participant: only what that participant may see. */
export interface VerslagDto {
  titel: string;
  soort: string;
  start: string;
  status: OverlegStatus;
  deelnemers: OverlegDeelnemer[];
  /** `nietMeerGedeeld`: the reader's share of this case ended; only its own actions remain. */
  punten: {
    vraag: string | null;
    notities: string | null;
    besluiten: string[];
    acties: OverlegActie[];
    casus: CasusDto | null;
    nietMeerGedeeld: boolean;
  }[];
}

/** GET /api/v1/acties/mijn — the user's own open actions (partner: its organisation's), overdue first. */
export interface MijnActie {
  id: string;
  casusId: string;
  /**
   * The young person of the case ("Voornaam Achternaam"); null for a partner whose share of the case
   * does not include the basis section (the portal then shows "Naam niet gedeeld").
   */
  jongere: string | null;
  omschrijving: string;
  deadline: string | null;
  status: PlanActieStatus;
  overlegId: string | null;
  teLaat: boolean;
}

/** GET /api/v1/acties/mijn query parameters (a bad value is 400 naming the parameter). */
export interface MijnActiesFilter {
  /** true: only actions past their deadline (overdue come first anyway). */
  teLaat?: boolean;
}
