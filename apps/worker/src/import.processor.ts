import { Inject, Injectable } from '@nestjs/common';
import { ALLE_JOBS, APP_CONFIG, createWorker, JOB_IMPORT_VERWERK, QUEUE_IMPORT, type AppConfig } from '@rmc/server-core';
import { verwerkImport, type ImportJob } from '@rmc/server-meldingen';
import type { Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { checkHandlers, dispatcher, volg, type Handler } from './mail.processor';
import { IMPORT_BRON, WORKER_LOG, type WorkerLog } from './tokens';

/**
 * Queue `import`: the meldingen context's CSV import (`verwerkImport`), long jobs, one at a time per
 * process (lock 120 s), on the import's own pool: an import never waits for, nor takes, the connections
 * of the reminder scan and the mail relay. Every row is idempotent by its import key.
 */
@Injectable()
export class ImportProcessor {
  private worker?: Worker;

  constructor(
    @Inject(IMPORT_BRON) private readonly bron: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_LOG) private readonly log: WorkerLog,
  ) {}

  start(): void {
    const handlers: Record<string, Handler> = {
      [JOB_IMPORT_VERWERK]: (job) => verwerkImport(this.bron, job.data as ImportJob),
    };
    checkHandlers(ALLE_JOBS[QUEUE_IMPORT], handlers);
    this.worker = volg(
      createWorker(this.config, QUEUE_IMPORT, dispatcher(handlers), { concurrency: 1, lockDuration: 120_000 }),
      QUEUE_IMPORT,
      this.log,
    );
  }

  async stop(): Promise<void> {
    await this.worker?.close();
  }
}
