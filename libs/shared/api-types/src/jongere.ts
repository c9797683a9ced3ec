/** The young person's channel (/jongere, issue 15 part 2; docs/jongere-kanaal.md). */

/** POST /api/v1/casussen/:id/jongere-uitnodiging — the consulent invites the young person (address typed or the person's own). */
export interface JongereUitnodigingInput {
  email?: string;
}
export interface JongereUitnodigingDto {
  verstuurdNaar: string;
  geldigTot: string;
}

/** POST /api/v1/jongere/link — the one-time link from the invitation (token from the URL fragment). */
export interface JongereLinkInput {
  token: string;
}
/** POST /api/v1/jongere/code — ask for a login code; the same answer for every address. */
export interface JongereCodeAanvraagInput {
  email: string;
}
/** POST /api/v1/jongere/inloggen — e-mail address and the 6-digit code from the mail. */
export interface JongereCodeInlogInput {
  email: string;
  code: string;
}
export interface JongereSessieDto {
  ingelogd: true;
  /** When the session ends at the latest (2 hours after login); idle sessions end after 15 minutes. */
  verlooptOp: string;
  /** Without the portal header: the token, for API clients and tests. */
  accessToken?: string;
}

export interface JongereActieDto {
  id: string;
  omschrijving: string;
  deadline: string | null;
  status: string;
  /** True: the young person does this; false: `wie` took it on for them. */
  zelf: boolean;
  wie: string | null;
}
export interface JongereAfspraakDto {
  /** Stable key of the appointment (the plan's contact agreement), for the answer. */
  sleutel: string;
  casusId: string;
  datum: string | null;
  wat: string;
  met: string;
  reactie: 'bevestigd' | 'verzetten' | null;
}
export interface JongereOverlegDto {
  start: string;
  soort: string;
  organisaties: string[];
}
export interface JongereOverzichtDto {
  voornaam: string;
  casusId: string | null;
  consulent: { naam: string | null; email: string | null } | null;
  doelen: Array<{ omschrijving: string; status: string }>;
  acties: JongereActieDto[];
  afspraken: JongereAfspraakDto[];
  overleggen: JongereOverlegDto[];
}

export interface JongereOntvangerDto {
  delingId: string;
  organisatie: string;
  grondslag: string;
  doel: string;
  secties: string[];
  sinds: string;
  tot: string;
  ingetrokkenOp: string | null;
  actief: boolean;
  /** A share on the young person's consent, still running: they may withdraw it. */
  kanIntrekken: boolean;
}
export interface JongereInzageRegelDto {
  op: string;
  wie: string;
  organisatie: string | null;
  wat: string;
}
export interface JongereInzageDto {
  ontvangers: JongereOntvangerDto[];
  inzagen: JongereInzageRegelDto[];
}

/** POST /api/v1/jongere/afspraken/:sleutel/reactie */
export interface JongereAfspraakReactieInput {
  reactie: 'bevestigd' | 'verzetten';
  toelichting?: string;
}
/**
 * GET /api/v1/casussen/:id/jongere-reacties — the young person's answers to the plan's contact agreements,
 * for the consulent: `index` is the agreement's place in `plan.contactafspraken`.
 */
export interface JongereReactieVoorConsulentDto {
  index: number;
  reactie: 'bevestigd' | 'verzetten';
  /** What the young person wrote with it (asking to move: e.g. which day suits them). */
  toelichting: string | null;
  op: string;
}
/** POST /api/v1/jongere/berichten — a short message to the consulent. */
export interface JongereBerichtInput {
  tekst: string;
}
