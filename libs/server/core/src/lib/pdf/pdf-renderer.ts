import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Overbelast } from '../http/problems';
import { PDF_WORKER_MAP, renderPdfTaak, type PdfSjabloon, type PdfTaak } from '@rmc/server-pdf';

/** The render thread's young generation (MB): V8's default on a large host is 64 MB and more. */
export const PDF_JONG_MB = 16;

/**
 * The compiled worker of `@rmc/server-pdf` (dist/), or, when the API runs from TypeScript sources
 * (ts-jest), a CommonJS entry that registers a transpile-only loader first.
 */
export function pdfWorkerBestand(dir = PDF_WORKER_MAP): string {
  const js = join(dir, 'pdf-worker.js');
  return existsSync(js) ? js : join(dir, 'pdf-worker-ts.cjs');
}

/**
 * Renders PDFs off the event loop: a small piscina pool of worker threads (PDF_THREADS, default 1)
 * with a bounded queue (PDF_QUEUE) and a deadline per render (PDF_RENDER_TIMEOUT_S). A full queue or a
 * passed deadline is a 503, never a wait without end. The renderer gets
 * plain data that was read (and audited) in a transaction that has already committed.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly log = new Logger('PdfRenderer');
  private pool: Piscina | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Renders that may be running or waiting at once. */
  get capaciteit(): number {
    return Math.max(1, this.config.exports.pdfThreads) + this.config.exports.pdfQueue;
  }

  async render<T>(sjabloon: PdfSjabloon<T>, data: T): Promise<Buffer> {
    const taak: PdfTaak = { module: sjabloon.module, functie: sjabloon.functie, data };
    // PDF_THREADS=0: on the main thread (tests and tools only; it blocks the event loop while rendering).
    if (this.config.exports.pdfThreads === 0) return renderPdfTaak(taak);
    // A deadline for waiting and rendering together: a render that never ends (a document pdfkit cannot
    // lay out in reasonable time) would otherwise hold its export slots and the thread for good, and its
    // request would never be answered. Piscina stops the thread of a running task that is aborted.
    const { pdfTimeoutSeconden } = this.config.exports;
    const signal = AbortSignal.timeout(pdfTimeoutSeconden * 1000);
    let uit: Uint8Array;
    try {
      uit = (await this.werkers().run(taak, { signal })) as Uint8Array;
    } catch (err) {
      // A thread that passed its memory limit (resourceLimits) is gone too: the same answer, never a 500.
      const geheugen = (err as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (signal.aborted || geheugen) {
        // The template's name only: no data of the document.
        this.log.warn({
          msg: geheugen ? 'pdf render stopped: thread memory limit' : 'pdf render stopped: deadline passed',
          sjabloon: sjabloon.functie,
          ...(geheugen ? { heapMb: this.config.exports.pdfHeapMb } : { seconden: pdfTimeoutSeconden }),
        });
        throw new Overbelast(
          'Het document kon nu niet worden gemaakt. Probeer het later opnieuw; lukt het dan nog niet, meld het dan bij de beheerder.',
          this.config.exports.retryAfterSeconden,
          'export-te-traag',
        );
      }
      if (err instanceof Error && /queue is at limit/i.test(err.message))
        throw new Overbelast(
          'Er worden nu te veel documenten tegelijk gemaakt. Probeer het over enkele seconden opnieuw.',
          this.config.exports.retryAfterSeconden,
          'export-bezet',
        );
      throw err;
    }
    return Buffer.from(uit.buffer, uit.byteOffset, uit.byteLength);
  }

  private werkers(): Piscina {
    if (!this.pool) {
      const filename = pdfWorkerBestand();
      this.pool = new Piscina({
        filename,
        // Threads stay warm while exports come (loading pdfkit and its fonts costs more than one render)
        // and leave after a minute without any: a thread keeps the heap of the largest document it made,
        // which would otherwise stay resident for the life of the process (docs/operations.md, Memory).
        minThreads: 0,
        maxThreads: this.config.exports.pdfThreads,
        maxQueue: this.config.exports.pdfQueue,
        idleTimeout: 60_000,
        // A runaway document kills its thread, not the API: the thread's heap is bounded (PDF_THREAD_HEAP_MB
        // old space, 16 MB young generation). Its native memory (pdfkit's buffers) is not; the pod's limit
        // is sized from the measured peak of the largest document the length limits allow (docs/operations.md, Memory).
        resourceLimits: { maxOldGenerationSizeMb: this.config.exports.pdfHeapMb, maxYoungGenerationSizeMb: PDF_JONG_MB },
      });
      this.log.log({
        msg: 'pdf worker pool started',
        threads: this.config.exports.pdfThreads,
        queue: this.config.exports.pdfQueue,
        entry: filename.endsWith('.cjs') ? 'typescript' : 'compiled',
      });
    }
    return this.pool;
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }
}
