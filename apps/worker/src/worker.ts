import {
  ALLE_JOBS,
  createLogger,
  createQueue,
  createWorker,
  JOB_IMPORT_VERWERK,
  QUEUE_IMPORT,
  QUEUE_MAIL,
  QUEUE_SCAN,
  type AppConfig,
} from '@rmc/server-core';
import { dataSourceOptions } from '@rmc/server-database';
import { importDataSource, verwerkImport, type ImportJob } from '@rmc/server-meldingen';
import { MailRelay } from '@rmc/server-notificaties';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { checkHandlers, dispatcher, mailHandlers, reconcile } from './mail.processor';
import { startScans } from './scan.processor';
import { startAuditZegel } from './audit.processor';

export interface WorkerOptions {
  reconcileEveryMs?: number;
  /** The interval of the per-region scan schedulers: one tick per region per interval across all workers. */
  scanEveryMs?: number;
  /** Local time (Europe/Amsterdam) after which the daily digest goes out. */
  digestTijd?: string;
  reconcileOlderThanMs?: number;
  lockDurationMs?: number;
  /** The interval of the one audit-sealing scheduler (ADR 0015), default 10 s. */
  auditEveryMs?: number;
}

/**
 * The worker: BullMQ processors + schedulers, no HTTP. Connects as the app role; at-least-once
 * delivery, so every handler is idempotent (claim by row lock / unique key before the side effect).
 */
export async function startWorker(config: AppConfig, opts: WorkerOptions = {}) {
  const log = createLogger(config.logLevel);
  const ds = new DataSource(dataSourceOptions(config.appDatabaseUrl, 5));
  await ds.initialize();
  const transport = createTransport(config.smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  // The claim's lease equals the job lock: a killed sender's row is offered again once both expire.
  const relay = new MailRelay(ds, transport, config.mailFrom, {}, log, opts.lockDurationMs ?? 30_000);
  const queue = createQueue(config, QUEUE_MAIL);
  const handlers = mailHandlers(relay);
  checkHandlers(ALLE_JOBS[QUEUE_MAIL], handlers);

  const worker = createWorker(config, QUEUE_MAIL, dispatcher(handlers), {
    concurrency: 4,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: Math.max(1_000, Math.floor((opts.lockDurationMs ?? 30_000) / 2)),
  });
  // CSV imports: long jobs, one at a time per worker; every row is idempotent by its import key. Their own
  // small pool: an import never waits for, nor takes, the connections of the reminder scan and the mail relay.
  const importDs = importDataSource(config.appDatabaseUrl);
  await importDs.initialize();
  const importHandlers = { [JOB_IMPORT_VERWERK]: (job: { data: unknown }) => verwerkImport(importDs, job.data as ImportJob) };
  checkHandlers(ALLE_JOBS[QUEUE_IMPORT], importHandlers);
  const importWorker = createWorker(config, QUEUE_IMPORT, dispatcher(importHandlers), { concurrency: 1, lockDuration: 120_000 });
  for (const [naam, w] of [
    [QUEUE_MAIL, worker],
    [QUEUE_IMPORT, importWorker],
  ] as const) {
    w.on('failed', (job, err) =>
      log.warn({ msg: 'job failed', queue: naam, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }),
    );
    w.on('error', (err) => log.error({ msg: 'worker error', queue: naam, err: err.message }));
  }
  const timer = setInterval(() => {
    reconcile(relay, queue, opts.reconcileOlderThanMs ?? 5_000).then(
      (n) => n && log.info({ msg: 'outbox reconciled', heraangeboden: n }),
      (err: unknown) => log.warn({ msg: 'outbox reconcile failed; next tick retries', err: String(err) }),
    );
  }, opts.reconcileEveryMs ?? 10_000);
  // Reminders, retention and the digest: BullMQ job schedulers per region on the scan queue, shared by
  // all workers; the database decides what is due and claims by key, so a lost Redis only delays (ADR 0009, 0011).
  const scans = await startScans(
    config,
    { scanEveryMs: opts.scanEveryMs, digestTijd: opts.digestTijd, lockDurationMs: opts.lockDurationMs },
    log,
    queue,
  );
  // Seals the audit log into its hash chains: one scheduler shared by all workers (ADR 0015).
  const audit = await startAuditZegel(config, { everyMs: opts.auditEveryMs }, log);
  log.info({ msg: 'worker started', queues: [QUEUE_MAIL, QUEUE_IMPORT, QUEUE_SCAN] });

  return {
    relay,
    queue,
    async close() {
      clearInterval(timer);
      await scans.close();
      await audit.close();
      await worker.close();
      await importWorker.close();
      await importDs.destroy();
      await queue.close();
      transport.close();
      await ds.destroy();
    },
  };
}
