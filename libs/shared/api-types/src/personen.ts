/** Young persons (the dossier's subject). */

export interface PersoonDto {
  id: string;
  bsn?: string;
  voornaam?: string;
  achternaam?: string;
  geboortedatum?: string;
  postcode?: string;
  gemeenteCode?: string;
  telefoon?: string;
  email?: string;
}
export interface PersoonCreate {
  bsn: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  telefoon?: string;
  email?: string;
}

/** One row of "who viewed the dossier": the audit of this person in the region (SQL function audit_inzage). */
export interface InzageRegel {
  tijdstip: string;
  /** Name of the user; null for jobs and removed accounts. */
  actor: string | null;
  rol: string | null;
  actie: string;
  subject_type: string;
  doel: string | null;
  resultaat: string;
  /** The reader's organisation (null for jobs). */
  organisatie: string | null;
}

/** A share of one of the person's cases with a partner organisation. */
export interface InzageOntvanger {
  organisatie: string;
  grondslag: string;
  doel: string;
  secties: string[];
  gedeeldOp: string;
  eindDatum: string | null;
  ingetrokkenOp: string | null;
}

/**
 * GET /api/v1/personen/:id/inzage — everything held on one person (AVG art. 15): the data, the cases
 * and what is in them, who received it and who viewed the dossier.
 */
export interface InzageBundel {
  gegenereerdOp: string;
  persoon: Record<string, unknown> | null;
  casussen: Record<string, unknown>[];
  leefgebieden: Record<string, unknown>[];
  acties: Record<string, unknown>[];
  contactmomenten: Record<string, unknown>[];
  meldingen: Record<string, unknown>[];
  ontvangers: InzageOntvanger[];
  overdrachten: Record<string, unknown>[];
  inzagen: InzageRegel[];
  /** Further sections (e.g. partner notes, meeting items, nazorg): lists of records. */
  [sectie: string]: unknown;
}

/** POST /api/v1/personen/:id/wissen */
export interface WisVerzoek {
  reden: string;
}
export interface WisResultaat {
  gewist: boolean;
  /** Partner users who received a notice to delete their copies. */
  partnersGeinformeerd: number;
}
