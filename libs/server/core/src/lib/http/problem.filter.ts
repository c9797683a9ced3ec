import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';
import { PROBLEEM_TITELS, PROBLEEM_TYPE_BASIS, type ProblemCode } from '@rmc/shared-api-types';
import { Overbelast, Problem } from './problems';

/** Title per status, from the registry in @rmc/shared-api-types. */
const TITLES: Record<number, string> = PROBLEEM_TITELS;

/** Every error leaves as application/problem+json; unknown errors become a generic 500 with the trace id. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const traceId = ClsServiceManager.getClsService().isActive() ? ClsServiceManager.getClsService().get('traceId') : undefined;
    let status = 500;
    let code: ProblemCode | `http-${number}` = 'interne-fout';
    let detail = 'Er ging iets mis. Vermeld bij een melding het trace-id.';
    let errors: { field: string; message: string }[] | undefined;
    let retryAfter: number | undefined;

    if (isPoolUitputting(exception)) {
      // The database pool had no connection within its acquire timeout: saturation, not a fault.
      exception = new Overbelast(
        'De server is op dit moment te druk. Probeer het over enkele seconden opnieuw.',
        POOL_RETRY_AFTER_S,
        'database-bezet',
      );
      this.log.warn({ msg: 'database pool exhausted', traceId, route: req.route?.path });
    }
    if (exception instanceof Overbelast) retryAfter = exception.retryAfterSeconden;
    if (exception instanceof Problem) {
      status = exception.getStatus();
      code = exception.code;
      detail = exception.detail;
      errors = exception.errors;
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      code = `http-${status}`;
      const body = exception.getResponse();
      detail =
        status === 404
          ? 'Deze route bestaat niet.'
          : status === 400
            ? 'Het verzoek is ongeldig (bijvoorbeeld geen geldige JSON).'
            : status === 429
              ? 'Te veel verzoeken. Probeer het later opnieuw.'
              : typeof body === 'string'
                ? body
                : (TITLES[status] ?? 'Fout');
    } else if (isBodyParserError(exception)) {
      // The body parser's errors (http-errors): some carry a `type`, a failed decompression does not.
      status = exception.status;
      code = status === 413 ? 'te-groot' : status === 415 ? 'niet-ondersteund' : 'ongeldige-json';
      detail =
        status === 413
          ? 'Het verzoek is te groot.'
          : status === 415
            ? 'Dit formaat wordt niet ondersteund: stuur JSON in UTF-8 (Content-Type: application/json), zonder compressie of met gzip, deflate of br.'
            : exception.type === 'entity.parse.failed'
              ? 'De inhoud is geen geldige JSON.'
              : 'De inhoud van het verzoek kon niet worden gelezen (geen geldige JSON of een onjuiste compressie).';
    } else if (databaseInvoerFout(exception, req.body)) {
      // Input the validators let through but PostgreSQL refused (a reference that does not exist, a
      // value out of range) in a field the client sent: the client's mistake, so a 4xx naming it; the
      // transaction is rolled back, nothing saved before it is lost. Logged without values.
      const f = databaseInvoerFout(exception, req.body)!;
      status = f.status;
      code = f.code;
      detail = f.detail;
      errors = [{ field: f.field, message: f.message }];
      this.log.warn({ msg: 'database refused input', problem: f.code, field: f.field, traceId, route: req.route?.path });
    } else {
      // Message only: stack traces can carry data, and the trace id ties it to the request.
      this.log.error({
        msg: 'unhandled error',
        err: exception instanceof Error ? exception.message : String(exception),
        traceId,
        route: req.route?.path,
      });
    }
    if (res.headersSent) return;
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    res
      .status(status)
      .type('application/problem+json')
      .setHeader('Cache-Control', 'no-store')
      .json({
        type: `${PROBLEEM_TYPE_BASIS}${code}`,
        title: TITLES[status] ?? 'Fout',
        status,
        detail,
        code,
        traceId,
        ...(errors ? { errors } : {}),
      });
  }
}

const POOL_RETRY_AFTER_S = 2;

/** pg-pool's acquire timeout (and pg's own connect timeout): the pool is saturated. */
export function isPoolUitputting(e: unknown): boolean {
  const boodschap = e instanceof Error ? e.message : '';
  return /timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(boodschap);
}

/** A client error from the body parser: http-errors with a 4xx status (`expose`), with or without a `type`. */
function isBodyParserError(e: unknown): e is { status: number; type?: string } {
  if (typeof e !== 'object' || e === null) return false;
  const { status, expose } = e as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && ('type' in e || expose === true);
}

const camel = (kolom: string) => kolom.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (veld: string) => veld.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The body field named in a constraint's name: `plan_actie_eigenaar_gebruiker_id_fkey` → `eigenaarGebruikerId`. */
function uitConstraint(constraint: string, table: string | undefined, body: object): string {
  let rest = table && constraint.startsWith(`${table}_`) ? constraint.slice(table.length + 1) : constraint;
  rest = `_${rest.replace(/_(key|fkey|check|idx|uq|excl)$/, '')}_`;
  return Object.keys(body).find((f) => rest.includes(`_${snake(f)}_`)) ?? '';
}

/**
 * PostgreSQL errors that mean "bad input" (pg error codes) in a field the request body carries, mapped to
 * a problem naming that field. Anything else (a missing NOT NULL the code should have filled, a row still
 * referenced during an erasure, an error in a column the client did not send) is a server fault and
 * stays a 500, so it is seen and fixed rather than blamed on the user.
 */
export function databaseInvoerFout(
  e: unknown,
  body: unknown,
): { status: number; code: ProblemCode; detail: string; field: string; message: string } | null {
  const pg = typeof e === 'object' && e !== null ? ((e as { driverError?: object }).driverError ?? e) : null;
  if (!pg || typeof (pg as { code?: unknown }).code !== 'string') return null;
  const { code, detail, column, constraint, table, message } = pg as {
    code: string;
    detail?: string;
    column?: string;
    constraint?: string;
    table?: string;
    message?: string;
  };
  if (typeof body !== 'object' || body === null) return null;
  // The key of a unique or foreign key violation may have several columns or expressions
  // ("Key (regio_id, naam)=…", "Key (lower(naam))=…"): the field is the first of them the body carries.
  // On a table with RLS PostgreSQL leaves the key out of the detail; then the constraint's name tells
  // (`organisatie_regio_id_naam_key`: table, columns, suffix).
  const sleutel = /Key \((.+?)\)=\(/.exec(detail ?? '')?.[1];
  const kandidaten = sleutel ? (sleutel.match(/[a-z_][a-z0-9_]*/g) ?? []) : column ? [column] : [];
  const field =
    kandidaten.map(camel).find((f) => Object.hasOwn(body, f)) ??
    (!sleutel && !column && constraint ? uitConstraint(constraint, table, body) : '');
  if (!field) return null;
  switch (code) {
    case '23503':
      return /still referenced/.test(detail ?? '') || /^update or delete on table/.test(message ?? '')
        ? null
        : {
            status: 400,
            code: 'ongeldige-invoer',
            detail: 'Een verwijzing in het verzoek bestaat niet.',
            field,
            message: 'Deze verwijzing bestaat niet (meer).',
          };
    case '23505':
      return { status: 409, code: 'bestaat-al', detail: 'Dit bestaat al.', field, message: 'Deze waarde is al in gebruik.' };
    case '23514':
      return {
        status: 400,
        code: 'ongeldige-invoer',
        detail: 'Een waarde voldoet niet aan de regels.',
        field,
        message: 'Deze waarde is niet toegestaan.',
      };
    case '22001':
      return { status: 400, code: 'ongeldige-invoer', detail: 'Een waarde is te lang.', field, message: 'De invoer is te lang.' };
    case '22003':
    case '22007':
    case '22008':
    case '22009':
    case '22P02':
      return {
        status: 400,
        code: 'ongeldige-invoer',
        detail: 'Een waarde heeft niet de juiste vorm (bijvoorbeeld een datum die niet bestaat).',
        field,
        message: 'De invoer heeft niet de juiste vorm.',
      };
    default:
      return null;
  }
}
