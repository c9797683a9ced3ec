import type { LoggerService } from '@nestjs/common';
import pino from 'pino';
import { ClsServiceManager } from 'nestjs-cls';

/**
 * Structured JSON logs. Messages are objects with ids only: never names, BSNs, emails or tokens.
 * The redact list is a safety net for mistakes, not the policy.
 */
/** `q` (and `body.q`): the search term of `POST /zoeken`, which may be a BSN, a name or a date of birth. */
export const REDACT_PATHS = ['*.bsn', '*.email', '*.wachtwoord', '*.token', '*.authorization', '*.cookie', '*.q', '*.body.q'];

export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      base: { service: process.env['RMC_SERVICE'] ?? 'rmc' },
      redact: { paths: REDACT_PATHS, censor: '[verwijderd]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: ReturnType<typeof createLogger>) {}

  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, context?: string) {
    const cls = ClsServiceManager.getClsService();
    const traceId = cls.isActive() ? cls.get('traceId') : undefined;
    const fields =
      typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : { msg: String(message) };
    this.pino[level]({ context, traceId, ...fields });
  }

  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  error(message: unknown, ...rest: unknown[]) {
    const last = rest[rest.length - 1];
    this.write('error', message, typeof last === 'string' ? last : undefined);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }
}
