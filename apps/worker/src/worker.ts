import { NestFactory } from '@nestjs/core';
import { createLogger, PinoNestLogger, type AppConfig } from '@rmc/server-core';
import { MailRelay } from '@rmc/server-notificaties';
import { Werk, WorkerModule } from './worker.module';
import type { WorkerOptions } from './tokens';

export type { WorkerOptions } from './tokens';

/**
 * The worker: a Nest standalone application context (no HTTP) with BullMQ processors and schedulers.
 * Connects as the app role; at-least-once delivery, so every handler is idempotent (claim by row lock /
 * unique key before the side effect).
 */
export async function startWorker(config: AppConfig, opts: WorkerOptions = {}) {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, opts), {
    logger: new PinoNestLogger(createLogger(config.logLevel)),
    // A wiring error is thrown to main (which logs and exits 1), not process.abort().
    abortOnError: false,
  });
  const werk = app.get(Werk);
  return {
    app,
    relay: app.get(MailRelay),
    async close() {
      // The processors first: the container closes the mail queue and the pools they use.
      await werk.stop();
      await app.close();
    },
  };
}
