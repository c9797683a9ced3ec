import { Queue, Worker, createPostgresBackend, type ConnectionOptions, type Processor, type WorkerOptions } from 'bullmq';
import type { AppConfig } from '../config/config';

/** Queue names and job names: one place, so the worker can check every job has exactly one handler. */
export const QUEUE_MAIL = 'mail';
export const JOB_MAIL_VERZEND = 'mail-verzend';
export const QUEUE_IMPORT = 'import';
export const JOB_IMPORT_VERWERK = 'import-verwerk';
/** Background scans (ADR 0013): one job scheduler per active region, and one for the platform-wide work. */
export const QUEUE_SCAN = 'scan';
export const JOB_SCAN_REGIO = 'scan-regio';
export const JOB_SCAN_PLATFORM = 'scan-platform';
/** Sealing the audit log into its hash chains (ADR 0015): one job scheduler for all workers. */
export const QUEUE_AUDIT = 'audit';
export const JOB_AUDIT_VERZEGEL = 'audit-verzegel';
export const AUDIT_VERZEGEL_SCHEDULER_ID = 'audit-verzegel';

export const ALLE_JOBS: Record<string, readonly string[]> = {
  [QUEUE_MAIL]: [JOB_MAIL_VERZEND],
  [QUEUE_IMPORT]: [JOB_IMPORT_VERWERK],
  [QUEUE_SCAN]: [JOB_SCAN_REGIO, JOB_SCAN_PLATFORM],
  [QUEUE_AUDIT]: [JOB_AUDIT_VERZEGEL],
};

/** Deterministic job id for an outbox row (no ':' allowed, must not look like an integer). */
export const mailJobId = (outboxId: string) => `outbox-${outboxId}`;
export const importJobId = (batchId: string) => `import-${batchId}`;
/** Job scheduler ids of the scan queue (no ':', never integer-like). */
export const scanRegioSchedulerId = (regioId: string) => `scan-regio-${regioId}`;
export const SCAN_PLATFORM_SCHEDULER_ID = 'scan-platform';

function redisOptions(url: string, forWorker: boolean): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // Workers wait for Redis; producers in the API fail fast and leave the outbox to the reconciler.
    maxRetriesPerRequest: forWorker ? null : 1,
    enableOfflineQueue: forWorker,
    connectTimeout: 3_000,
  };
}

/** BullMQ on Redis, or on PostgreSQL where no Redis exists (demo on a bare machine). */
export function createQueue(config: AppConfig, name: string): Queue {
  if (config.queueBackend === 'postgres') {
    const QueueCtor = Queue as unknown as new (n: string, o: object, f: unknown) => Queue;
    return new QueueCtor(
      name,
      {
        connection: { connectionString: config.databaseUrl ?? config.appDatabaseUrl, migrate: true },
        prefix: config.queuePrefix,
      },
      createPostgresBackend,
    );
  }
  return new Queue(name, { connection: redisOptions(config.redisUrl, false), prefix: config.queuePrefix });
}

export function createWorker(config: AppConfig, name: string, processor: Processor, opts: Partial<WorkerOptions> = {}): Worker {
  if (config.queueBackend === 'postgres') {
    const WorkerCtor = Worker as unknown as new (n: string, p: Processor, o: object, f: unknown) => Worker;
    return new WorkerCtor(
      name,
      processor,
      {
        connection: { connectionString: config.databaseUrl ?? config.appDatabaseUrl, migrate: true },
        prefix: config.queuePrefix,
        ...opts,
      },
      createPostgresBackend,
    );
  }
  return new Worker(name, processor, { connection: redisOptions(config.redisUrl, true), prefix: config.queuePrefix, ...opts });
}

export const DEFAULT_JOB_OPTS = {
  attempts: 8,
  backoff: { type: 'exponential' as const, delay: 2_000 },
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
};
