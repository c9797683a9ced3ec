import type { createLogger } from '@rmc/server-core';

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

export type WorkerLog = ReturnType<typeof createLogger>;

/** The worker's options (from the environment, `main.ts`). */
export const WORKER_OPTIES = Symbol('WORKER_OPTIES');
/** The worker's structured logger (ids and counts only). */
export const WORKER_LOG = Symbol('WORKER_LOG');
/** The tenancy service on the scan's own pool of 3: a long tick never takes the relay's or an import's connections. */
export const SCAN_DB = Symbol('SCAN_DB');
/** The tenancy service on the audit sealer's own connection. */
export const AUDIT_DB = Symbol('AUDIT_DB');
/** The CSV import's own pool of 2 (`importDataSource`): one connection holds a job's session from start to end. */
export const IMPORT_BRON = Symbol('IMPORT_BRON');
/** The nodemailer transport of the mail relay. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
