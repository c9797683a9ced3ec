import { Inject, Injectable } from '@nestjs/common';
import {
  ALLE_JOBS,
  APP_CONFIG,
  AUDIT_VERZEGEL_SCHEDULER_ID,
  createQueue,
  createWorker,
  Db,
  JOB_AUDIT_VERZEGEL,
  QUEUE_AUDIT,
  type AppConfig,
} from '@rmc/server-core';
import type { Queue, Worker } from 'bullmq';
import { verzegelAudit } from './data/audit.queries';
import { checkHandlers, dispatcher, type Handler } from './mail.processor';
import { AUDIT_DB, WORKER_LOG, WORKER_OPTIES, type WorkerLog, type WorkerOptions } from './tokens';

export interface AuditZegelOptions {
  /** Interval of the one `audit-verzegel` scheduler shared by all workers (default 10 s). */
  everyMs?: number;
  /** Rows per call of `audit_verzegel`, over all chains (default 5,000: about a second). */
  batch?: number;
  /** A run stops calling after this long and leaves the rest to the next tick (default 8 s). */
  budgetMs?: number;
  /** How often the chain heads are logged as an anchor outside the database (default 60 s). */
  koppenLogMs?: number;
}

/**
 * Seals the audit log into its hash chains (ADR 0015): one BullMQ job scheduler (`audit-verzegel`,
 * every 10 s) on its own queue, so any number of workers share it and one tick runs in one of them.
 * The work is `audit_verzegel()` in the database (SECURITY DEFINER; the app role may only EXECUTE
 * it): idempotent, and a chain another sealer holds is skipped, so an overlapping run is harmless.
 * The chain heads are logged once a minute: the logs, kept outside the database, are the anchor
 * against rows cut off at the end of a chain. Only region ids, positions and hashes are logged.
 * Runs through the tenancy service on its own connection (`AUDIT_DB`).
 */
@Injectable()
export class AuditProcessor {
  readonly queue: Queue;
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private readonly koppen = new Map<string, { volgnr: number; hash: string }>();
  private gelogd = 0;
  private readonly z: Required<AuditZegelOptions>;

  constructor(
    @Inject(AUDIT_DB) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_OPTIES) opts: WorkerOptions,
    @Inject(WORKER_LOG) private readonly log: WorkerLog,
  ) {
    this.z = { everyMs: opts.auditEveryMs ?? 10_000, batch: 5_000, budgetMs: 8_000, koppenLogMs: 60_000 };
    this.queue = createQueue(config, QUEUE_AUDIT);
  }

  readonly handlers: Record<string, Handler> = {
    [JOB_AUDIT_VERZEGEL]: async () => {
      const start = Date.now();
      let verzegeld = 0;
      const ketens = new Set<string>();
      for (;;) {
        const rijen = await verzegelAudit(this.db, this.z.batch);
        let dezeRonde = 0;
        for (const r of rijen) {
          dezeRonde += r.verzegeld;
          ketens.add(r.keten);
          this.koppen.set(r.keten, { volgnr: Number(r.volgnr), hash: r.hash });
        }
        verzegeld += dezeRonde;
        // A call that used its whole budget may have left rows: call again, within the run's budget.
        if (dezeRonde < this.z.batch || Date.now() - start > this.z.budgetMs) break;
      }
      if (this.koppen.size && Date.now() - this.gelogd >= this.z.koppenLogMs) {
        this.gelogd = Date.now();
        this.log.info({ msg: 'audit chain heads', koppen: Object.fromEntries(this.koppen) });
      }
      return { verzegeld, ketens: ketens.size, ms: Date.now() - start };
    },
  };

  /**
   * Every worker upserts the same scheduler (idempotent); an emptied Redis gets it back at the next start
   * or the next reconcile round.
   */
  private async zorgVoorScheduler(): Promise<void> {
    const bestaand = await this.queue.getJobScheduler(AUDIT_VERZEGEL_SCHEDULER_ID).catch(() => undefined);
    if (bestaand?.every === this.z.everyMs) return;
    await this.queue.upsertJobScheduler(
      AUDIT_VERZEGEL_SCHEDULER_ID,
      { every: this.z.everyMs },
      {
        name: JOB_AUDIT_VERZEGEL,
        data: {},
        opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 200, age: 24 * 3_600 } },
      },
    );
  }

  private onderhoud = () =>
    this.zorgVoorScheduler().catch((err: unknown) =>
      this.log.warn({ msg: 'audit scheduler not reconciled; next round retries', err: String(err) }),
    );

  async start(): Promise<void> {
    checkHandlers(ALLE_JOBS[QUEUE_AUDIT], this.handlers);
    this.worker = createWorker(this.config, QUEUE_AUDIT, dispatcher(this.handlers), {
      name: `audit-${process.pid}`,
      concurrency: 1,
      lockDuration: 30_000,
    });
    this.worker.on('failed', (job, err) =>
      this.log.warn({ msg: 'job failed', queue: QUEUE_AUDIT, job: job?.name, jobId: job?.id, err: err.message }),
    );
    this.worker.on('error', (err) => this.log.error({ msg: 'worker error', queue: QUEUE_AUDIT, err: err.message }));
    await this.onderhoud();
    this.timer = setInterval(this.onderhoud, 30_000);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
    await this.queue.close();
  }
}
