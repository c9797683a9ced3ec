/**
 * Request/response shapes of the REST API under /api/v1 (shared by api and portal).
 * Errors are RFC 9457 problem+json: { type, title, status, detail, errors?: [{ field, message }] }.
 */
import type { Doelgroep, OrganisatieSoort, RegioInstellingen, Rol } from '@rmc/shared-domain';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  traceId?: string;
  errors?: { field: string; message: string }[];
}

/** POST /api/v1/auth/login */
export interface LoginRequest {
  email: string;
  wachtwoord: string;
  /** 6-digit TOTP code; required when the previous answer said totpVereist. */
  totp?: string;
}
/** 200: logged in (cookie set; accessToken only for API clients, `ingelogd` for the portal) or asked for the TOTP step. */
export type LoginResponse =
  { accessToken: string; totpVereist?: false } | { ingelogd: true; totpVereist?: false } | { totpVereist: true };

/** GET /api/v1/auth/me */
export interface MeResponse {
  gebruiker: { id: string; naam: string; email: string; totpActief: boolean };
  regio: { id: string; naam: string } | null;
  organisatie: { id: string; naam: string; soort: string } | null;
  rollen: Rol[];
  /** CASL rules packed with packRules(); unpack in the portal. */
  rules: unknown[];
  /** TOTP is required for this user but not yet set up: portal must show the setup step. */
  totpInstellenVereist: boolean;
}

/** POST /api/v1/auth/totp/instellen -> secret for the authenticator app */
export interface TotpInstellenResponse {
  secret: string;
  otpauthUrl: string;
}
/** POST /api/v1/auth/totp/activeren */
export interface TotpActiverenRequest {
  code: string;
}
/** POST /api/v1/auth/wachtwoord-instellen (public; token from the invitation mail link) */
export interface WachtwoordInstellenRequest {
  token: string;
  wachtwoord: string;
}

export interface RegioDto {
  id: string;
  naam: string;
  contactgemeente: { code: string; naam: string };
  gemeenten: { code: string; naam: string }[];
  instellingen: RegioInstellingen;
  actief: boolean;
}
/** PATCH /api/v1/regio/instellingen */
export type RegioInstellingenUpdate = Partial<RegioInstellingen>;

export interface OrganisatieDto {
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  gemeenteCode: string | null;
  actief: boolean;
}
/** POST /api/v1/organisaties ; PATCH /api/v1/organisaties/:id (naam, actief) */
export interface OrganisatieCreate {
  naam: string;
  soort: OrganisatieSoort;
  gemeenteCode?: string;
}

export interface GebruikerDto {
  id: string;
  naam: string;
  email: string;
  actief: boolean;
  /** 'uitgenodigd' until the password is set. */
  status: 'uitgenodigd' | 'actief' | 'geblokkeerd';
  lidmaatschappen: { id: string; rol: Rol; organisatieId: string | null; organisatieNaam: string | null }[];
}
/** POST /api/v1/gebruikers/uitnodigingen -> 201 GebruikerDto */
export interface UitnodigingCreate {
  email: string;
  naam: string;
  rol: Rol;
  organisatieId: string;
}
/** PATCH /api/v1/gebruikers/:id */
export interface GebruikerUpdate {
  actief?: boolean;
  naam?: string;
}

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

export interface InstellingDto {
  id: string;
  naam: string;
  brin: string;
  vestigingen: { id: string; naam: string; plaats: string; postcode: string }[];
}

/** Platform administration: GET/POST /api/v1/platform/regios, PATCH /api/v1/platform/regios/:id */
export interface PlatformRegioCreate {
  naam: string;
  contactgemeenteCode: string;
  gemeenteCodes: string[];
}
export interface PlatformRegioDto {
  id: string;
  naam: string;
  contactgemeenteCode: string;
  gemeenteCodes: string[];
  actief: boolean;
  aantalGebruikers: number;
}
/** POST /api/v1/platform/regios/:id/coordinatoren -> invites the region's first coördinator */
export interface PlatformCoordinatorUitnodiging {
  email: string;
  naam: string;
}

/**
 * Every list endpoint: one page of at most `limit` rows (default 50, max 100). `volgende` is the
 * opaque cursor of the next page (`?cursor=`), null on the last page. `total` is the number of rows
 * the filter matches where that count is cheap, null where it would cost a scan of the region's
 * history (then `volgende` says whether there is more).
 */
export interface Paged<T> {
  items: T[];
  total: number | null;
  volgende: string | null;
}

// ─── Verzuimmeldingen (issue: meldingen, agenda, triage, feedback) ───────────────────────────────

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

/** GET /api/v1/meldingen?status=&weergave=triage — school: own vestiging, newest first; region: triage order (urgency). */
export type MeldingLijst = Paged<MeldingDto>;

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

/** GET /api/v1/notificaties (own), POST /api/v1/notificaties/:id/gelezen */
export interface NotificatieDto {
  id: string;
  soort: string;
  tekst: string;
  link: string;
  gelezen: boolean;
  aangemaaktOp: string;
}
/** GET /api/v1/notificaties?limit=&cursor= — own notifications, newest first; `ongelezen` counts all unread ones. */
export interface NotificatieLijst extends Paged<NotificatieDto> {
  ongelezen: number;
}

// ─── Verzuimagenda (per MBO instelling per schooljaar, shared with the participating regions) ────

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

// ─── Compliance per vestiging (the "hotspot") ─────────────────────────────────────────────────────

/** GET /api/v1/compliance and /api/v1/compliance.csv (same figures; suppressed cells empty in CSV). */
export interface ComplianceQuery {
  instellingId?: string;
  regioId?: string;
  /** Default: the current school year. */
  schooljaar?: string;
}
/** A count; in cross-party figures 1–4 is suppressed: aantal null, onderdrukt true. */
export interface ComplianceTelling {
  aantal: number | null;
  onderdrukt: boolean;
}
export interface ComplianceCijfers {
  totaal: ComplianceTelling;
  /** yyyy-mm → count, every month of the school year (August–July). */
  perMaand: { maand: string; aantal: ComplianceTelling }[];
  perSoort: { soort: string; label: string; aantal: ComplianceTelling }[];
  /** Filed on time (4 weken: ≤ 5 werkdagen after the agenda threshold) AND complete at first filing. */
  binnenNorm: { aantal: ComplianceTelling; aandeel: number | null };
  /** Complete at first filing (melding.volledig). */
  volledig: { aantal: ComplianceTelling; aandeel: number | null };
  /** Region pick-up (opgepakt − gemeld, werkdagen) against the deadline of the agenda. */
  oppak: {
    opgepakt: ComplianceTelling;
    gemiddeldWerkdagen: number | null;
    opTijd: ComplianceTelling;
    teLaat: ComplianceTelling;
    open: ComplianceTelling;
    aandeelOpTijd: number | null;
  };
  /** Feedback to the school (teruggemeld − gemeld, werkdagen). */
  terugkoppeling: { teruggemeld: ComplianceTelling; gemiddeldWerkdagen: number | null; aandeel: number | null };
  /** Which regions the students come from (null = regio niet aangesloten). */
  herkomst: { regioId: string | null; regioNaam: string; aantal: ComplianceTelling }[];
}
export interface ComplianceVestiging extends ComplianceCijfers {
  vestigingId: string;
  vestigingNaam: string;
  instellingId: string;
  instellingNaam: string;
}
export interface ComplianceResponse {
  schooljaar: string;
  /** Whose rows: a region sees the meldingen routed to it, a school those of its own vestiging. */
  perspectief: 'regio' | 'school';
  instellingId: string | null;
  regioId: string | null;
  maanden: string[];
  /** Counts below this are suppressed in cross-party figures. */
  onderdrukDrempel: number;
  vestigingen: ComplianceVestiging[];
  totaal: ComplianceCijfers;
}

// ─── Casus (issue 4: the case through the routekaart phases, shared with ketenpartners) ─────────

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
  persoon?: { id: string; voornaam: string; achternaam: string; geboortedatum: string };
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
