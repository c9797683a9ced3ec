import type { Db } from '@rmc/server-core';
import type { Queue } from 'bullmq';

/** The scan queue (per-region reminder and retention schedulers, ADR 0013), provided by the API's app module. */
export const SCAN_QUEUE = Symbol('SCAN_QUEUE');

export const JOB_TOESTANDEN = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type JobToestand = (typeof JOB_TOESTANDEN)[number];

export interface WachtrijStand {
  tellingen: Record<JobToestand, number>;
  /** Queue lag: age of the oldest job still waiting, in seconds (null when none waits). */
  oudsteWachtSeconden: number | null;
}

/** Counts and lag of one queue, the same figures for readiness, the platform overview and metrics. */
export async function wachtrijStand(q: Queue, nu = Date.now()): Promise<WachtrijStand> {
  const tellingen = (await q.getJobCounts(...JOB_TOESTANDEN)) as Record<JobToestand, number>;
  // Not every backend can list jobs cheaply; then the lag is unknown rather than the probe failing.
  // asc=true reads from the tail of the wait list, where the oldest job is (BullMQ adds with LPUSH).
  const [oudste] = await q.getJobs(['waiting'], 0, 0, true).catch(() => []);
  return { tellingen, oudsteWachtSeconden: oudste?.timestamp ? Math.max(0, Math.round((nu - oudste.timestamp) / 1000)) : null };
}

/** Resolves within `ms` or rejects: a probe must answer even when Redis hangs. */
export function binnen<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/** The reminder scan's heartbeat (worker_hartslag): seconds since the last tick, its duration and failed regions; null before the first tick. */
export async function scanHartslag(
  db: Db,
): Promise<{ secondenGeleden: number; duurMs: number; regios: number; mislukt: number } | null> {
  const [r] = await db.inContext({ platform: true }, (em) =>
    em.query(
      `SELECT extract(epoch FROM now() - laatst)::int AS "secondenGeleden", duur_ms AS "duurMs", regios, mislukt FROM worker_hartslag WHERE taak = 'herinneringen'`,
    ),
  );
  return r ?? null;
}

/** The scan queue's job schedulers: how many exist (one per active region plus the platform one) and the next run. */
export async function scanSchedulers(q: Queue): Promise<{ aantal: number; volgendeOp: string | null }> {
  const lijst = await q.getJobSchedulers(0, -1);
  const volgende = lijst
    .map((s) => s.next)
    .filter((n): n is number => typeof n === 'number')
    .sort((a, b) => a - b)[0];
  return { aantal: lijst.length, volgendeOp: volgende ? new Date(volgende).toISOString() : null };
}
