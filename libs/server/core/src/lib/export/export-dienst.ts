import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Overbelast } from '../http/problems';
import type { PdfSjabloon } from '@rmc/server-pdf';
import { PROBLEEM_TYPE_BASIS, PROBLEMEN, type ProblemDetails } from '@rmc/shared-api-types';
import { PdfRenderer } from '../pdf/pdf-renderer';
import { Db } from '../tenancy/db.service';
import type { Actor } from '../tenancy/request-context';
import { dbContextOf } from '../tenancy/tenant-tx.interceptor';

type Soort = 'pdf' | 'csv';

/** The export routes (GET): the three PDFs and the compliance CSV. Keep in step with the controllers. */
export const EXPORT_ROUTE =
  /^\/api\/v1\/(personen\/[^/]+\/inzage\/pdf|overleggen\/[^/]+\/verslag\/pdf|verzuimagendas\/[^/]+\/pdf|compliance\.csv)\/?$/;

const DETAIL_GEBRUIKER =
  'U heeft al het maximale aantal exports tegelijk lopen. Wacht tot die klaar zijn en probeer het dan opnieuw.';
const DETAIL_DRUK = 'Er worden nu te veel exports tegelijk gemaakt. Probeer het over enkele seconden opnieuw.';

/**
 * A cheap filter in front of authentication (Express middleware): at most EXPORT_PER_USER export
 * requests in flight per session token (bearer or cookie), counted from arrival. A flood from one
 * session is refused with the same 503 before it costs a session lookup, a database connection or
 * the main thread's time; ExportDienst still applies the per-user, per-region and render-pool limits
 * after authentication. Requests without a token pass (the guard answers 401).
 */
export function exportVoorfilter(config: Pick<AppConfig, 'exports'>) {
  const inVlucht = new Map<string, number>();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' || !EXPORT_ROUTE.test(req.originalUrl.split('?')[0])) return next();
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : (req.cookies as Record<string, string> | undefined)?.['rmc_sessie'];
    if (!token) return next();
    // Only a hash is kept as key: the token itself stays out of long-lived memory.
    const sleutel = createHash('sha256').update(token).digest('base64url');
    const n = inVlucht.get(sleutel) ?? 0;
    if (n >= config.exports.perGebruiker) {
      const incoming = req.headers['x-request-id'];
      const traceId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
      res
        .status(503)
        .setHeader('Retry-After', String(config.exports.retryAfterSeconden))
        .setHeader('Cache-Control', 'no-store')
        .type('application/problem+json')
        .json({
          type: `${PROBLEEM_TYPE_BASIS}export-bezet`,
          title: PROBLEMEN['export-bezet'].title,
          status: PROBLEMEN['export-bezet'].status,
          detail: DETAIL_GEBRUIKER,
          code: 'export-bezet',
          traceId,
        } satisfies ProblemDetails);
      return;
    }
    inVlucht.set(sleutel, n + 1);
    let klaar = false;
    res.once('close', () => {
      if (klaar) return;
      klaar = true;
      const rest = (inVlucht.get(sleutel) ?? 1) - 1;
      if (rest > 0) inVlucht.set(sleutel, rest);
      else inVlucht.delete(sleutel);
    });
    next();
  };
}

/** The region an export counts against; school users (no region) count against their instelling. */
export function exportRegioSleutel(actor: Pick<Actor, 'regioId' | 'instellingId' | 'vestigingId'>): string {
  return (
    actor.regioId ??
    (actor.instellingId
      ? `instelling:${actor.instellingId}`
      : actor.vestigingId
        ? `vestiging:${actor.vestigingId}`
        : 'zonder-regio')
  );
}

/**
 * Expensive routes (PDF and CSV exports) for the routes marked @ZonderTransactie: at most
 * EXPORT_PER_USER running per user and EXPORT_PER_REGION per region, and for PDFs no more than the
 * render pool holds (threads + queue). Over a limit the answer is 503 with Retry-After at once, before
 * any database work. The data is read (and the read audited) in a short transaction of its own that
 * commits before the rendering starts, so no pooled connection waits on a renderer.
 */
@Injectable()
export class ExportDienst {
  private readonly log = new Logger('ExportDienst');
  private readonly perGebruiker = new Map<string, number>();
  private readonly perRegio = new Map<string, number>();
  private pdfBezig = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly renderer: PdfRenderer,
  ) {}

  /** Read in a transaction as the actor, then render in a worker thread after the commit. */
  pdf<T>(actor: Actor, sjabloon: PdfSjabloon<T>, lees: () => Promise<T>): Promise<Buffer> {
    return this.metPlek(actor, 'pdf', async () => {
      const data = await this.db.inContext(dbContextOf(actor), lees);
      return this.renderer.render(sjabloon, data);
    });
  }

  /** Read in a transaction as the actor; the caller streams the result after the commit. */
  lees<T>(actor: Actor, lees: () => Promise<T>): Promise<T> {
    return this.metPlek(actor, 'csv', () => this.db.inContext(dbContextOf(actor), lees));
  }

  /** Current use (tests, metrics). */
  get stand(): { pdfBezig: number; gebruikers: number; regios: number } {
    return { pdfBezig: this.pdfBezig, gebruikers: this.perGebruiker.size, regios: this.perRegio.size };
  }

  private async metPlek<T>(actor: Actor, soort: Soort, werk: () => Promise<T>): Promise<T> {
    const { perGebruiker, perRegio, retryAfterSeconden } = this.config.exports;
    const gebruiker = actor.gebruikerId;
    const regio = exportRegioSleutel(actor);
    const reden =
      (this.perGebruiker.get(gebruiker) ?? 0) >= perGebruiker
        ? 'gebruiker'
        : (this.perRegio.get(regio) ?? 0) >= perRegio
          ? 'regio'
          : soort === 'pdf' && this.pdfBezig >= this.renderer.capaciteit
            ? 'pdf-wachtrij'
            : null;
    if (reden) {
      // No ids: which limit bit is what an operator needs.
      this.log.warn({ msg: 'export refused: saturated', soort, limiet: reden });
      throw new Overbelast(reden === 'gebruiker' ? DETAIL_GEBRUIKER : DETAIL_DRUK, retryAfterSeconden, 'export-bezet');
    }
    tel(this.perGebruiker, gebruiker, 1);
    tel(this.perRegio, regio, 1);
    if (soort === 'pdf') this.pdfBezig++;
    try {
      return await werk();
    } finally {
      tel(this.perGebruiker, gebruiker, -1);
      tel(this.perRegio, regio, -1);
      if (soort === 'pdf') this.pdfBezig--;
    }
  }
}

function tel(map: Map<string, number>, sleutel: string, d: number): void {
  const n = (map.get(sleutel) ?? 0) + d;
  if (n > 0) map.set(sleutel, n);
  else map.delete(sleutel);
}
