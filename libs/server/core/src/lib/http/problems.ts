import { HttpException } from '@nestjs/common';
import { PROBLEMEN, type ProblemCode } from '@rmc/shared-api-types';

export type { ProblemCode };

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A coded domain error that becomes RFC 9457 problem+json. Its status (and title) come from the
 * registry PROBLEMEN in @rmc/shared-api-types. Messages are Dutch (shown in the portal).
 */
export class Problem extends HttpException {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super({ code, detail, errors }, PROBLEMEN[code].status);
  }
}

export const NietGevonden = (wat = 'Het gevraagde item') =>
  new Problem('niet-gevonden', `${wat} bestaat niet of u heeft er geen toegang toe.`);
export const Verboden = () => new Problem('verboden', 'U heeft geen toestemming voor deze actie.');
export const NietIngelogd = (detail = 'U bent niet (meer) ingelogd.') => new Problem('niet-ingelogd', detail);
export const Ongeldig = (errors: FieldError[]) =>
  new Problem('ongeldige-invoer', errors.map((e) => `${e.field}: ${e.message}`).join(' '), errors);
/** A 409 conflict; the code must be one the registry lists with status 409. */
export const Conflict = (code: ConflictCode, detail: string, errors?: FieldError[]) => new Problem(code, detail, errors);

/** The registry's codes with a given status. */
export type ProblemCodeMetStatus<S extends number> = {
  [C in ProblemCode]: (typeof PROBLEMEN)[C]['status'] extends S ? C : never;
}[ProblemCode];
export type ConflictCode = ProblemCodeMetStatus<409>;

/**
 * The service is saturated for this request (an export slot, the render queue, the database pool): 503
 * with Retry-After, so a client or proxy backs off instead of retrying at once. Never a 500.
 */
export class Overbelast extends Problem {
  constructor(
    detail: string,
    readonly retryAfterSeconden: number,
    code: ProblemCodeMetStatus<503> = 'overbelast',
  ) {
    super(code, detail);
  }
}
