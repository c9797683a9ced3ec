import { Inject, Injectable } from '@nestjs/common';
import {
  ALLE_JOBS,
  APP_CONFIG,
  createWorker,
  DEFAULT_JOB_OPTS,
  JOB_MAIL_VERZEND,
  mailJobId,
  QUEUE_MAIL,
  type AppConfig,
} from '@rmc/server-core';
import { MAIL_QUEUE, MailRelay } from '@rmc/server-notificaties';
import type { Job, Queue, Worker } from 'bullmq';
import { WORKER_LOG, WORKER_OPTIES, type WorkerLog, type WorkerOptions } from './tokens';

export type Handler = (job: Job) => Promise<unknown>;

/** Job handlers of the mail queue, by job name. */
export function mailHandlers(relay: MailRelay): Record<string, Handler> {
  return {
    [JOB_MAIL_VERZEND]: async (job) => {
      const outboxId = (job.data as { outboxId?: unknown }).outboxId;
      if (typeof outboxId !== 'string') throw new Error('job without outboxId');
      return relay.relay(outboxId);
    },
  };
}

/**
 * Re-offers rows whose job Redis lost (or the API never managed to add), with the same deterministic
 * job id: a job that still exists is not duplicated, a finished one is skipped by the relay, and a
 * job that used up its attempts is retried. Runs on a timer in every worker, not as a Redis-held
 * schedule, so it survives a Redis that comes back empty.
 */
export async function reconcile(relay: MailRelay, queue: Queue, olderThanMs: number): Promise<number> {
  const ids = await relay.wachtend(olderThanMs);
  for (const id of ids) {
    const bestaand = await queue.getJob(mailJobId(id));
    if (bestaand && (await bestaand.isFailed())) await bestaand.retry();
    else if (!bestaand) await queue.add(JOB_MAIL_VERZEND, { outboxId: id }, { ...DEFAULT_JOB_OPTS, jobId: mailJobId(id) });
  }
  return ids.length;
}

/** Refuses to start when a job name has no handler, or a handler has no declared job name. */
export function checkHandlers(declared: readonly string[], handlers: Record<string, Handler>): void {
  const missing = declared.filter((n) => !handlers[n]);
  const extra = Object.keys(handlers).filter((n) => !declared.includes(n));
  if (missing.length || extra.length)
    throw new Error(`job handler mismatch: missing [${missing.join(', ')}], undeclared [${extra.join(', ')}]`);
}

export function dispatcher(handlers: Record<string, Handler>) {
  return async (job: Job) => {
    const handler = handlers[job.name];
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler(job);
  };
}

/** Logs a BullMQ worker's failed jobs and errors: names, ids and counts only. */
export function volg(worker: Worker, queue: string, log: WorkerLog): Worker {
  worker.on('failed', (job, err) =>
    log.warn({ msg: 'job failed', queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }),
  );
  worker.on('error', (err) => log.error({ msg: 'worker error', queue, err: err.message }));
  return worker;
}

/**
 * Queue `mail` (ADR 0005): the notificaties context's MailRelay sends one outbox row per job (concurrency
 * 4, lock `WORKER_LOCK_MS`), and the outbox reconciler re-offers rows Redis lost, on a timer in every process.
 */
@Injectable()
export class MailProcessor {
  private worker?: Worker;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly relay: MailRelay,
    @Inject(MAIL_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_OPTIES) private readonly opts: WorkerOptions,
    @Inject(WORKER_LOG) private readonly log: WorkerLog,
  ) {}

  start(): void {
    const handlers = mailHandlers(this.relay);
    checkHandlers(ALLE_JOBS[QUEUE_MAIL], handlers);
    const lock = this.opts.lockDurationMs ?? 30_000;
    this.worker = volg(
      createWorker(this.config, QUEUE_MAIL, dispatcher(handlers), {
        concurrency: 4,
        lockDuration: lock,
        stalledInterval: Math.max(1_000, Math.floor(lock / 2)),
      }),
      QUEUE_MAIL,
      this.log,
    );
    this.timer = setInterval(() => {
      reconcile(this.relay, this.queue, this.opts.reconcileOlderThanMs ?? 5_000).then(
        (n) => n && this.log.info({ msg: 'outbox reconciled', heraangeboden: n }),
        (err: unknown) => this.log.warn({ msg: 'outbox reconcile failed; next tick retries', err: String(err) }),
      );
    }, this.opts.reconcileEveryMs ?? 10_000);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
  }
}
