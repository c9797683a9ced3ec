import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/** A coded domain error that becomes RFC 9457 problem+json. Messages are Dutch (shown in the portal). */
export class Problem extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super({ code, detail, errors }, status);
  }
}

export const NietGevonden = (wat = 'Het gevraagde item') =>
  new Problem(HttpStatus.NOT_FOUND, 'niet-gevonden', `${wat} bestaat niet of u heeft er geen toegang toe.`);
export const Verboden = () => new Problem(HttpStatus.FORBIDDEN, 'verboden', 'U heeft geen toestemming voor deze actie.');
export const NietIngelogd = (detail = 'U bent niet (meer) ingelogd.') =>
  new Problem(HttpStatus.UNAUTHORIZED, 'niet-ingelogd', detail);
export const Ongeldig = (errors: FieldError[]) =>
  new Problem(HttpStatus.BAD_REQUEST, 'ongeldige-invoer', errors.map((e) => `${e.field}: ${e.message}`).join(' '), errors);
export const Conflict = (code: string, detail: string, errors?: FieldError[]) =>
  new Problem(HttpStatus.CONFLICT, code, detail, errors);

/**
 * The service is saturated for this request (an export slot, the render queue, the database pool): 503
 * with Retry-After, so a client or proxy backs off instead of retrying at once. Never a 500.
 */
export class Overbelast extends Problem {
  constructor(
    detail: string,
    readonly retryAfterSeconden: number,
    code = 'overbelast',
  ) {
    super(HttpStatus.SERVICE_UNAVAILABLE, code, detail);
  }
}
