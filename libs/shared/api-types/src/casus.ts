/** Casus: the case through the routekaart phases, shared with ketenpartners. */
import type { Doelgroep } from '@rmc/shared-domain';

type CasusFase = import('@rmc/shared-domain').Fase;
type CasusLeefgebied = import('@rmc/shared-domain').Leefgebied;

/** Where the signal came from (CasusCreateDto.bron). */
export type CasusBron = 'melding' | 'duo-lijst' | 'partner' | 'loket' | 'eigen-onderzoek';

/** POST /api/v1/casussen → 201 CasusDto (409 casus-open when the young person already has an open case). */
export interface CasusCreate {
  persoonId: string;
  doelgroep: Doelgroep;
  bron: CasusBron;
  bronToelichting?: string;
}

/** GET /api/v1/casussen — every visible case (region: own region; partner: cases shared with its organisation). */
export interface CasusSamenvatting {
  id: string;
  fase: CasusFase;
  doelgroep: Doelgroep;
  voornaam: string;
  achternaam: string;
  /** Absent for partners. */
  consulentNaam?: string | null;
  /** Open plan actions past their deadline. */
  openActies: number;
  teLaatActies: number;
  /** Date (yyyy-mm-dd) of the last contact moment with outcome "contact"; null when there was none. Absent for partners. */
  laatsteContact?: string | null;
}

/**
 * GET /api/v1/casussen query parameters (all optional; a bad value is 400 naming the parameter).
 * teLaat, geenContactDagen and consulentId are for RMC roles only (400 for a partner).
 */
export interface CasussenFilter {
  fase?: CasusFase;
  doelgroep?: Doelgroep;
  /** true: only cases with open actions past their deadline; false: only cases without. */
  teLaat?: boolean;
  /** 1–365: no contact moment with outcome "contact" in the last N days (counted from the case's creation when there was none). */
  geenContactDagen?: number;
  consulentId?: string;
  /**
   * Organisation ids (comma-separated in the query): only cases with an active share (with a grondslag)
   * with every one of them — the cases a meeting with these participants may put on its agenda. RMC roles only.
   */
  gedeeldMet?: string[];
}

/** One line of a case's (or person's) timeline, newest first. `op` is an ISO timestamp or a date (yyyy-mm-dd). */
export type TijdlijnItem = import('@rmc/shared-domain').TijdlijnItem;

/** PUT /api/v1/casussen/:id/signalering — the oordeel signalering (waarnemen). */
export interface SignaleringInput {
  actieNodig: boolean;
  toelichting: string;
}

/** PUT /api/v1/casussen/:id/intake — question → answer (routekaart intake questions). */
export interface IntakeInput {
  datum: string;
  antwoorden: Record<string, string>;
}

/** PUT /api/v1/casussen/:id/big5 — per routekaart principle: how it stands, with a factual note. */
export interface Big5Input {
  principes: import('@rmc/shared-domain').Big5;
}

/**
 * PUT /api/v1/casussen/:id/plan — the plan van aanpak's goals and agreed contact moments (replaces both
 * lists; empty lists allowed, at most 20 each). Error fields `doelen.N.omschrijving|status`,
 * `contactafspraken.N.met|organisatieId|afspraak|volgendeDatum`. RMC only: a partner never gets `plan`.
 */
export type PlanInput = import('@rmc/shared-domain').PlanVanAanpak;

export interface LeefgebiedScore {
  /** 1–5 */
  score: number;
  /** Facts and support needs, no diagnoses. */
  notitie?: string;
}

/** POST /api/v1/casussen/:id/scans — a scan of (some of) the 13 life domains; error fields `scores.<domein>[.score|.notitie]`. */
export interface ScanInput {
  datum: string;
  scores: Partial<Record<CasusLeefgebied, LeefgebiedScore>>;
}

export type PlanActieStatus = 'open' | 'gedaan' | 'niet-gedaan' | 'niet-mogelijk';

/** POST /api/v1/casussen/:id/acties — no eigenaarOrganisatieId: the consulent (RMC) owns the action. */
export interface PlanActieInput {
  omschrijving: string;
  eigenaarOrganisatieId?: string;
  eigenaarGebruikerId?: string;
  deadline?: string;
  /** The young person does this themselves: they see it in /jongere and may mark it done there. */
  eigenaarJongere?: boolean;
}

/** POST /api/v1/casussen/:id/acties/:actieId/status — RMC any action, a partner only its own; a reason for niet-gedaan / niet-mogelijk. */
export interface PlanActieStatusInput {
  status: PlanActieStatus;
  toelichting?: string;
}

/** PUT /api/v1/casussen/:id/regie — procesregie always a consulent of the region; casusregie a partner organisation or (empty) the consulent. */
export interface RegieInput {
  procesregieId: string;
  casusregieOrganisatieId?: string;
}

/**
 * PUT /api/v1/casussen/:id/toewijzing — coördinator only: another consulent (an active consulent, coördinator or
 * leerplichtambtenaar of the region) and optionally a corrected doelgroep; 409 on a beëindigde casus.
 */
export interface ToewijzingInput {
  consulentId: string;
  doelgroep?: Doelgroep;
}

/** POST /api/v1/casussen/:id/contacten */
export interface ContactmomentInput {
  datum: string;
  vorm: import('@rmc/shared-domain').Contactvorm;
  uitkomst: import('@rmc/shared-domain').Uitkomst;
  notitie?: string;
}

/** POST /api/v1/casussen/:id/fase — 409 with the reason when the step is not allowed; 422 minimale-inspanning when closing without contact. */
export interface FaseInput {
  naar: CasusFase;
  sluitreden?: import('@rmc/shared-domain').Sluitreden;
  onderbouwing?: string;
  /** The routekaart's evaluation questions (question → answer), required before closing from evalueren. */
  evaluatie?: Record<string, string>;
}

export interface ToestemmingInput {
  datum: string;
  reikwijdte: string;
  verlooptOp: string;
  /** Reference to the signed machtiging (attachment). */
  machtiging?: string;
}

/** The four-step check before sharing under a legal task; every step at least 10 characters. */
export interface VierstappenInput {
  grondslag: string;
  doel: string;
  proportionaliteit: string;
  subsidiariteit: string;
}

/** POST /api/v1/casussen/:id/delingen — secties within toegestaneSecties(soort); error fields e.g. `vierstappen.doel`, `toestemming`, `secties`. */
export interface DelingInput {
  organisatieId: string;
  grondslag: import('@rmc/shared-domain').Grondslag;
  toestemming?: ToestemmingInput;
  vierstappen?: VierstappenInput;
  doel: string;
  secties: string[];
  eindDatum: string;
}

/** POST /api/v1/casussen/:id/notities (partner) */
export interface NotitieInput {
  tekst: string;
}

export interface PlanActieDto {
  id: string;
  omschrijving: string;
  eigenaarOrganisatieId: string | null;
  /** Organisation name, or "RMC-consulent". */
  eigenaar: string | null;
  deadline: string | null;
  status: PlanActieStatus;
  toelichting: string | null;
}

export interface ContactmomentDto {
  datum: string;
  vorm: import('@rmc/shared-domain').Contactvorm;
  uitkomst: import('@rmc/shared-domain').Uitkomst;
  notitie: string | null;
}

export interface LeefgebiedenScanDto {
  datum: string;
  scores: Partial<Record<CasusLeefgebied, LeefgebiedScore>>;
}

/** The meldingen of this young person in the region (absence detail). */
export interface CasusVerzuimDto {
  id: string;
  soort: string;
  begindatum: string;
  verzuimDagen: number | null;
  verzuimUren: number | null;
}

export interface CasusDelingDto {
  id: string;
  organisatieId: string;
  organisatie: string;
  grondslag: import('@rmc/shared-domain').Grondslag;
  doel: string;
  secties: string[];
  eindDatum: string;
  ingetrokken: boolean;
  /** The signed machtiging (consent form), when one was added: metadata only; the file is downloaded apart. */
  machtiging?: { bestandsnaam: string; grootte: number; op: string } | null;
}

/** PUT /api/v1/casussen/:id/delingen/:delingId/machtiging — the file, base64 (pdf, png or jpg, at most 5 MB). */
export interface MachtigingInput {
  bestandsnaam: string;
  mime: 'application/pdf' | 'image/png' | 'image/jpeg';
  inhoud: string;
}

export interface PartnerNotitieDto {
  tekst: string;
  op: string;
  organisatie: string;
}

/**
 * GET /api/v1/casussen/:id (and the answer of every change). The server omits what the caller may not
 * see: a partner gets only the keys of its shared sections (always id, notities, mijnActies), its own
 * domains in `leefgebieden` and its own actions in `mijnActies`. Render only what is present.
 */
export interface CasusDto {
  id: string;
  fase?: CasusFase;
  doelgroep?: Doelgroep;
  bron?: CasusBron;
  /** `id` (the person record) for RMC roles only: a share's `basis` section opens name and date of birth. */
  persoon?: { id?: string; voornaam: string; achternaam: string; geboortedatum: string };
  contact?: { telefoon: string | null; email: string | null; postcode: string };
  consulentNaam?: string | null;
  regie?: { procesregie: string | null; casusregie: string | null };
  oordeelSignalering?: SignaleringInput | null;
  intake?: IntakeInput | null;
  big5?: import('@rmc/shared-domain').Big5 | null;
  /** Goals and agreed contact moments of the plan van aanpak (RMC only; null until first saved). */
  plan?: import('@rmc/shared-domain').PlanVanAanpak | null;
  evaluatie?: Record<string, string> | null;
  sluitreden?: import('@rmc/shared-domain').Sluitreden | null;
  leefgebieden?: LeefgebiedenScanDto[];
  acties?: PlanActieDto[];
  mijnActies?: PlanActieDto[];
  contactmomenten?: ContactmomentDto[];
  /** The outreach ladder's next suggested step; null once there is contact. */
  volgendeStap?: { vorm: import('@rmc/shared-domain').Contactvorm; uitleg: string } | null;
  verzuim?: CasusVerzuimDto[];
  delingen?: CasusDelingDto[];
  notities?: PartnerNotitieDto[];
  /** Every step from the current phase, with whether it is allowed now and why not. */
  stappen?: import('@rmc/shared-domain').Stap[];
  /** RMC roles only: meldingen, phases, signalering, scans, actions, contacts, shares, meetings, nazorg, handover; newest first. */
  tijdlijn?: TijdlijnItem[];
}

/**
 * GET /api/v1/casussen as every caller may receive it: region staff get every CasusSamenvatting field;
 * a partner gets id, fase, doelgroep and the name only for shares that include the "basis" section,
 * otherwise just the id (no consulent, no action counts).
 */
export type CasusLijstItem = Pick<CasusSamenvatting, 'id'> & Partial<Omit<CasusSamenvatting, 'id'>>;

// ─── Warm handover (overdracht) ───────────────────────────────────────────────────────────────────

/** POST /api/v1/casussen/:id/overdracht — error fields are these property names. */
export interface OverdrachtInput {
  soort: 'regio' | 'organisatie';
  naarRegioId?: string;
  /** The young person's new postcode; it must lie in the receiving region. */
  nieuwePostcode?: string;
  /** Leerplicht or Werk & Inkomen of the own region. */
  naarOrganisatieId?: string;
  /** 10 to 1000 characters; recorded with the handover. */
  grondslag: string;
  toelichting?: string;
}

export interface OverdrachtResultaat {
  casusId: string;
  fase: 'afgesloten';
  sluitreden: 'overgedragen';
}

/** What the receiver gets: the person, the case's kind and phase, the latest scan and the open actions. */
export interface OverdrachtPakket {
  persoon: {
    bsn: string;
    voornaam: string;
    achternaam: string;
    geboortedatum: string;
    postcode: string;
    telefoon: string | null;
    email: string | null;
  };
  doelgroep: string;
  fase: string;
  laatsteScan: { datum: string; scores: Partial<Record<CasusLeefgebied, LeefgebiedScore>> } | null;
  openActies: { omschrijving: string; deadline: string | null }[];
  contacten: number;
  /** Name of the user who handed the case over. */
  overgedragenDoor: string;
}

/** GET /api/v1/overdrachten — offered to my region or organisation (inkomend) and sent by my region (uitgaand). */
export interface OverdrachtDto {
  id: string;
  richting: 'inkomend' | 'uitgaand';
  /** To another region (accepted into a case there) or to an organisation of the own region (read only). */
  soort?: 'regio' | 'organisatie';
  status: 'aangeboden' | 'geaccepteerd';
  aangebodenOp: string;
  pakket: OverdrachtPakket;
  grondslag: string;
  toelichting?: string | null;
  /** Name of the sending region. */
  van: string;
  /** Name of the receiving region or organisation. */
  naar: string | null;
  /** The case the receiving region opened (only for the receiving region). */
  nieuweCasusId?: string | null;
}

/** POST /api/v1/overdrachten/:id/accepteren */
export interface AcceptatieResultaat {
  casusId: string;
  /** The person already had an open case in this region: the package joined that case. */
  bestaandeCasus?: boolean;
}

/** POST /api/v1/overdrachten/:id/ontvangen */
export interface OntvangstResultaat {
  id: string;
  status: 'geaccepteerd';
}

/** The answer to PUT /api/v1/casussen/:id/delingen/:delingId/machtiging: the stored file's metadata. */
export interface MachtigingOpgeslagen {
  delingId: string;
  bestandsnaam: string;
  mime: MachtigingInput['mime'];
  grootte: number;
}
