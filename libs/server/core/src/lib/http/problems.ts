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

export const NietGevonden = (wat = 'Het gevraagde item') => new Problem(HttpStatus.NOT_FOUND, 'niet-gevonden', `${wat} bestaat niet of u heeft er geen toegang toe.`);
export const Verboden = () => new Problem(HttpStatus.FORBIDDEN, 'verboden', 'U heeft geen toestemming voor deze actie.');
export const NietIngelogd = (detail = 'U bent niet (meer) ingelogd.') => new Problem(HttpStatus.UNAUTHORIZED, 'niet-ingelogd', detail);
export const Ongeldig = (errors: FieldError[]) =>
  new Problem(HttpStatus.BAD_REQUEST, 'ongeldige-invoer', errors.map((e) => `${e.field}: ${e.message}`).join(' '), errors);
export const Conflict = (code: string, detail: string, errors?: FieldError[]) => new Problem(HttpStatus.CONFLICT, code, detail, errors);
