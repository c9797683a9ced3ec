import {
  ALLE_JOBS,
  AUDIT_VERZEGEL_SCHEDULER_ID,
  createQueue,
  createWorker,
  JOB_AUDIT_VERZEGEL,
  QUEUE_AUDIT,
  type AppConfig,
  type createLogger,
} from '@rmc/server-core';
import { dataSourceOptions } from '@rmc/server-database';
import { DataSource } from 'typeorm';
import { checkHandlers, dispatcher, type Handler } from './mail.processor';

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

interface Kop {
  keten: string;
  verzegeld: number;
  volgnr: string;
  hash: string;
}

/**
 * Seals the audit log into its hash chains (ADR 0015): one BullMQ job scheduler (`audit-verzegel`,
 * every 10 s) on its own queue, so any number of workers share it and one tick runs in one of them.
 * The work is `audit_verzegel()` in the database (SECURITY DEFINER; the app role may only EXECUTE
 * it): idempotent, and a chain another sealer holds is skipped, so an overlapping run is harmless.
 * The chain heads are logged once a minute: the logs, kept outside the database, are the anchor
 * against rows cut off at the end of a chain. Only region ids, positions and hashes are logged.
 */
export async function startAuditZegel(config: AppConfig, opts: AuditZegelOptions, log: ReturnType<typeof createLogger>) {
  const every = opts.everyMs ?? 10_000;
  const batch = opts.batch ?? 5_000;
  const budget = opts.budgetMs ?? 8_000;
  const ds = new DataSource(dataSourceOptions(config.appDatabaseUrl, 1));
  await ds.initialize();
  const queue = createQueue(config, QUEUE_AUDIT);
  const koppen = new Map<string, { volgnr: number; hash: string }>();
  let gelogd = 0;

  const handlers: Record<string, Handler> = {
    [JOB_AUDIT_VERZEGEL]: async () => {
      const start = Date.now();
      let verzegeld = 0;
      const ketens = new Set<string>();
      for (;;) {
        const rijen: Kop[] = await ds.query(
          `SELECT keten::text AS keten, verzegeld, volgnr::text AS volgnr, hash FROM audit_verzegel($1)`,
          [batch],
        );
        let dezeRonde = 0;
        for (const r of rijen) {
          dezeRonde += r.verzegeld;
          ketens.add(r.keten);
          koppen.set(r.keten, { volgnr: Number(r.volgnr), hash: r.hash });
        }
        verzegeld += dezeRonde;
        // A call that used its whole budget may have left rows: call again, within the run's budget.
        if (dezeRonde < batch || Date.now() - start > budget) break;
      }
      if (koppen.size && Date.now() - gelogd >= (opts.koppenLogMs ?? 60_000)) {
        gelogd = Date.now();
        log.info({ msg: 'audit chain heads', koppen: Object.fromEntries(koppen) });
      }
      return { verzegeld, ketens: ketens.size, ms: Date.now() - start };
    },
  };
  checkHandlers(ALLE_JOBS[QUEUE_AUDIT], handlers);

  const worker = createWorker(config, QUEUE_AUDIT, dispatcher(handlers), {
    name: `audit-${process.pid}`,
    concurrency: 1,
    lockDuration: 30_000,
  });
  worker.on('failed', (job, err) =>
    log.warn({ msg: 'job failed', queue: QUEUE_AUDIT, job: job?.name, jobId: job?.id, err: err.message }),
  );
  worker.on('error', (err) => log.error({ msg: 'worker error', queue: QUEUE_AUDIT, err: err.message }));

  // Every worker upserts the same scheduler (idempotent); an emptied Redis gets it back at the next start
  // or the next reconcile round.
  const zorgVoorScheduler = async () => {
    const bestaand = await queue.getJobScheduler(AUDIT_VERZEGEL_SCHEDULER_ID).catch(() => undefined);
    if (bestaand?.every === every) return;
    await queue.upsertJobScheduler(
      AUDIT_VERZEGEL_SCHEDULER_ID,
      { every },
      {
        name: JOB_AUDIT_VERZEGEL,
        data: {},
        opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 200, age: 24 * 3_600 } },
      },
    );
  };
  const onderhoud = () =>
    zorgVoorScheduler().catch((err: unknown) =>
      log.warn({ msg: 'audit scheduler not reconciled; next round retries', err: String(err) }),
    );
  await onderhoud();
  const timer = setInterval(onderhoud, 30_000);

  return {
    queue,
    async close() {
      clearInterval(timer);
      await worker.close();
      await queue.close();
      await ds.destroy();
    },
  };
}
