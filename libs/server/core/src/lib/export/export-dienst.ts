import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Overbelast } from '../http/problems';
import type { PdfSjabloon } from '../pdf/pdf-sjabloon';
import { PdfRenderer } from '../pdf/pdf-renderer';
import { Db } from '../tenancy/db.service';
import type { Actor } from '../tenancy/request-context';
import { dbContextOf } from '../tenancy/tenant-tx.interceptor';

type Soort = 'pdf' | 'csv';

/** The region an export counts against; school users (no region) count against their instelling. */
export function exportRegioSleutel(actor: Pick<Actor, 'regioId' | 'instellingId' | 'vestigingId'>): string {
  return actor.regioId ?? (actor.instellingId ? `instelling:${actor.instellingId}` : actor.vestigingId ? `vestiging:${actor.vestigingId}` : 'zonder-regio');
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
      throw new Overbelast(
        reden === 'gebruiker'
          ? 'U heeft al het maximale aantal exports tegelijk lopen. Wacht tot die klaar zijn en probeer het dan opnieuw.'
          : 'Er worden nu te veel exports tegelijk gemaakt. Probeer het over enkele seconden opnieuw.',
        retryAfterSeconden,
        'export-bezet',
      );
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
