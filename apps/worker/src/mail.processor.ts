import { DEFAULT_JOB_OPTS, JOB_MAIL_VERZEND, mailJobId } from '@rmc/server-core';
import type { MailRelay } from '@rmc/server-notificaties';
import type { Job, Queue } from 'bullmq';

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
