/**
 * Errors are RFC 9457 problem+json: `{ type, title, status, detail, code, traceId?, errors?: [{ field, message }] }`.
 * `type` is `https://rmc.example.nl/problemen/<code>`; `code` is that last part, one of PROBLEEM_CODES.
 * The registry below is the only place where a code gets its HTTP status and title: the server's
 * `Problem` (libs/server/core/src/lib/http/problems.ts) takes them from here, the portal switches on the
 * code, the OpenAPI document lists it as the enum schema `ProblemCode` and docs/problems.md as a table.
 */

/** The problem type URL of a code. */
export const PROBLEEM_TYPE_BASIS = 'https://rmc.example.nl/problemen/';

/** Title per HTTP status (the `title` of every problem with that status). */
export const PROBLEEM_TITELS = {
  400: 'Ongeldige invoer',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  408: 'Verzoek te traag',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Verkeerd formaat',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  431: 'Verzoek te groot',
  500: 'Interne fout',
  503: 'Tijdelijk niet beschikbaar',
} as const;
export type ProbleemStatus = keyof typeof PROBLEEM_TITELS;

const p = <S extends ProbleemStatus>(status: S, betekenis: string) => ({ status, title: PROBLEEM_TITELS[status], betekenis });

/** code → status, title and what it means (for docs/problems.md). */
export const PROBLEMEN = {
  // 400
  'ongeldige-invoer': p(400, 'Validation failed; `errors` names each field (also input PostgreSQL refused).'),
  'ongeldige-json': p(400, 'The body is not valid JSON (or its compression is broken).'),
  'http-400': p(400, 'Another bad request (e.g. a malformed HTTP request line).'),
  // 401
  'niet-ingelogd': p(401, 'No (valid) session or token; also a wrong password, unknown or locked address at login.'),
  // 403
  verboden: p(403, 'The permission of the route or of the record is missing.'),
  csrf: p(403, 'A cookie request without the portal header or from another origin.'),
  'totp-instellen-vereist': p(403, 'The role requires two-step verification and it is not set up yet.'),
  'wachtwoord-login-uit': p(403, 'The user’s organisation logs in through its identity provider only (single sign-on).'),
  // 404
  'niet-gevonden': p(404, 'The record does not exist or is not visible to the caller (never 403 for a foreign id).'),
  'http-404': p(404, 'The route does not exist.'),
  // 405, 408
  'http-405': p(405, 'The method is not allowed on this route.'),
  'http-408': p(408, 'The request did not arrive in time.'),
  // 409
  'bestaat-al': p(409, 'A unique value is already in use (the field is named).'),
  'naam-bestaat': p(409, 'A region or organisation with this name exists.'),
  'gemeente-bezet': p(409, 'A municipality belongs to another region already.'),
  'geen-regioteam': p(409, 'The region has no RMC team yet.'),
  'al-lid': p(409, 'The user has this role at this organisation already.'),
  'totp-al-actief': p(409, 'Two-step verification is set up already.'),
  'totp-niet-gestart': p(409, 'Activating two-step verification before starting its setup.'),
  'te-veel-koppelingen': p(409, 'The vestiging has the maximum number of school-system tokens.'),
  'persoon-bestaat': p(409, 'The young person is in the region already.'),
  'ongeldige-status': p(409, 'The step is not possible in the melding’s status.'),
  'casus-open': p(409, 'The young person already has an open case.'),
  'casus-beeindigd': p(409, 'The case has ended; the assignment cannot change.'),
  'casus-actief': p(409, 'Erasure refused: the young person has a running case.'),
  'casus-gesloten': p(409, 'A closed case cannot be handed over.'),
  'ongeldige-faseovergang': p(409, 'The phase step is not allowed now; `errors` gives the reason on `naar`.'),
  'geen-toestemming': p(409, 'A machtiging belongs to a share on the ground of consent.'),
  'pakket-gewist': p(409, 'The handover package was erased.'),
  'al-geaccepteerd': p(409, 'The handover was accepted (or its receipt confirmed) already.'),
  'geen-deling': p(409, 'The case cannot be put on the agenda: a participant has no running share.'),
  'al-vastgesteld': p(409, 'The meeting’s verslag is established already.'),
  'verslag-concept': p(409, 'The verslag is still a draft.'),
  'al-afgerond': p(409, 'The follow-up task is finished already.'),
  'agenda-status': p(409, 'The step is not possible in the agenda’s status.'),
  'agenda-bestaat': p(409, 'There is an agenda for this instelling and school year already.'),
  'nieuwere-versie': p(409, 'A newer version of the agenda was just made.'),
  'geen-partij': p(409, 'The caller is no party of the agenda.'),
  'al-goedgekeurd': p(409, 'The caller’s party approved this version already.'),
  'scan-niet-opnieuw': p(409, 'A scan tick is never retried by hand.'),
  'niet-mislukt': p(409, 'Only a failed job can be retried.'),
  // 413, 415
  'te-groot': p(413, 'The body is too large.'),
  'niet-ondersteund': p(415, 'Not JSON in UTF-8, or an unsupported compression.'),
  // 422
  'minimale-inspanning': p(422, 'Closing without contact before the minimum effort was made.'),
  'zeven-dagen-regel': p(422, 'A melding filed against the seven-day rule.'),
  // 429, 431
  'http-429': p(429, 'Rate limit reached.'),
  'http-431': p(431, 'The URL or the headers are too long.'),
  // 500
  'interne-fout': p(500, 'An unexpected server fault; quote the traceId.'),
  // 503
  overbelast: p(503, 'The server is saturated; retry after `Retry-After` seconds.'),
  'database-bezet': p(503, 'No database connection within the acquire timeout; retry after `Retry-After`.'),
  'export-bezet': p(503, 'Too many exports at once (per user or in total); retry after `Retry-After`.'),
  'export-te-traag': p(
    503,
    'The document was not rendered within `PDF_RENDER_TIMEOUT_S` or its thread passed its memory limit; the render was stopped. Retry after `Retry-After`.',
  ),
} as const;

export type ProblemCode = keyof typeof PROBLEMEN;
export const PROBLEEM_CODES = Object.keys(PROBLEMEN) as ProblemCode[];

export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && Object.hasOwn(PROBLEMEN, code);
}

/** The problem+json body of every error answer. */
export interface ProblemDetails {
  /** `https://rmc.example.nl/problemen/<code>` */
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** The last part of `type`, typed: switch on this, not on the URL. */
  code?: ProblemCode;
  traceId?: string;
  errors?: { field: string; message: string }[];
}

/** The typed code of an error body (its `code`, or the registry code its `type` URL names); null for anything else. */
export function probleemCode(body: unknown): ProblemCode | null {
  if (typeof body !== 'object' || body === null) return null;
  const { code, type } = body as { code?: unknown; type?: unknown };
  if (isProblemCode(code)) return code;
  const uitType =
    typeof type === 'string' && type.startsWith(PROBLEEM_TYPE_BASIS) ? type.slice(PROBLEEM_TYPE_BASIS.length) : null;
  return isProblemCode(uitType) ? uitType : null;
}
