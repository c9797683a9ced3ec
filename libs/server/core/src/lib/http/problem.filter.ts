import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';
import { Problem } from './problems';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Verkeerd formaat',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Tijdelijk niet beschikbaar',
};

/** Every error leaves as application/problem+json; unknown errors become a generic 500 with the trace id. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const traceId = ClsServiceManager.getClsService().isActive() ? ClsServiceManager.getClsService().get('traceId') : undefined;
    let status = 500;
    let code = 'interne-fout';
    let detail = 'Er ging iets mis. Vermeld bij een melding het trace-id.';
    let errors: { field: string; message: string }[] | undefined;

    if (exception instanceof Problem) {
      status = exception.getStatus();
      code = exception.code;
      detail = exception.detail;
      errors = exception.errors;
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      code = `http-${status}`;
      const body = exception.getResponse();
      detail = status === 404 ? 'Deze route bestaat niet.' : status === 400 ? 'Het verzoek is ongeldig (bijvoorbeeld geen geldige JSON).' : status === 429 ? 'Te veel verzoeken. Probeer het later opnieuw.' : typeof body === 'string' ? body : TITLES[status] ?? 'Fout';
    } else if (isBodyParserError(exception)) {
      status = exception.status;
      code = exception.type === 'entity.too.large' ? 'te-groot' : 'ongeldige-json';
      detail = status === 413 ? 'Het verzoek is te groot.' : 'De inhoud is geen geldige JSON.';
    } else {
      // Message only: stack traces can carry data, and the trace id ties it to the request.
      this.log.error({ msg: 'unhandled error', err: exception instanceof Error ? exception.message : String(exception), traceId, route: req.route?.path });
    }
    if (res.headersSent) return;
    res
      .status(status)
      .type('application/problem+json')
      .setHeader('Cache-Control', 'no-store')
      .json({ type: `https://rmc.example.nl/problemen/${code}`, title: TITLES[status] ?? 'Fout', status, detail, traceId, ...(errors ? { errors } : {}) });
  }
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return typeof e === 'object' && e !== null && 'type' in e && typeof (e as { status?: unknown }).status === 'number';
}
