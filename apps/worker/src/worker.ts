import { ALLE_JOBS, createLogger, createQueue, createWorker, dataSourceOptions, JOB_MAIL_RECONCILE, QUEUE_MAIL, type AppConfig } from '@rmc/server-core';
import { MailRelay } from '@rmc/server-notificaties';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { checkHandlers, dispatcher, mailHandlers } from './mail.processor';

export interface WorkerOptions {
  reconcileEveryMs?: number;
  reconcileOlderThanMs?: number;
  lockDurationMs?: number;
}

/**
 * The worker: BullMQ processors + schedulers, no HTTP. Connects as the app role; at-least-once
 * delivery, so every handler is idempotent (claim by row lock / unique key before the side effect).
 */
export async function startWorker(config: AppConfig, opts: WorkerOptions = {}) {
  const log = createLogger(config.logLevel);
  const ds = new DataSource(dataSourceOptions(config.appDatabaseUrl, 5));
  await ds.initialize();
  const transport = createTransport(config.smtpUrl);
  const relay = new MailRelay(ds, transport, config.mailFrom);
  const queue = createQueue(config, QUEUE_MAIL);
  const handlers = mailHandlers(relay, queue, opts.reconcileOlderThanMs ?? 5_000);
  checkHandlers(ALLE_JOBS[QUEUE_MAIL], handlers);

  const worker = createWorker(config, QUEUE_MAIL, dispatcher(handlers), {
    concurrency: 4,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: Math.max(1_000, Math.floor((opts.lockDurationMs ?? 30_000) / 2)),
  });
  worker.on('failed', (job, err) => log.warn({ msg: 'job failed', queue: QUEUE_MAIL, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }));
  worker.on('error', (err) => log.error({ msg: 'worker error', err: err.message }));
  await queue.upsertJobScheduler('mail-reconcile', { every: opts.reconcileEveryMs ?? 10_000 }, { name: JOB_MAIL_RECONCILE, opts: { removeOnComplete: true, removeOnFail: 100 } });
  log.info({ msg: 'worker started', queues: [QUEUE_MAIL] });

  return {
    relay,
    queue,
    async close() {
      await worker.close();
      await queue.close();
      transport.close();
      await ds.destroy();
    },
  };
}
