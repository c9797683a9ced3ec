import { ALLE_JOBS, createLogger, createQueue, createWorker, dataSourceOptions, DEFAULT_JOB_OPTS, JOB_IMPORT_VERWERK, JOB_MAIL_VERZEND, mailJobId, QUEUE_IMPORT, QUEUE_MAIL, type AppConfig } from '@rmc/server-core';
import { importDataSource, verwerkImport, type ImportJob } from '@rmc/server-meldingen';
import { ruimOp, ruimSchoolzijdeOp, scanRegio, verstuurDigests } from '@rmc/server-nazorg';
import { amsterdamDatum, amsterdamTijdstip } from '@rmc/shared-domain';
import { MailRelay } from '@rmc/server-notificaties';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { checkHandlers, dispatcher, mailHandlers, reconcile } from './mail.processor';

export interface WorkerOptions {
  reconcileEveryMs?: number;
  /** How often every region is scanned for due reminders (the database is the source of truth). */
  scanEveryMs?: number;
  /** Local time (Europe/Amsterdam) after which the daily digest goes out. */
  digestTijd?: string;
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
  const transport = createTransport(config.smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
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
  for (const [naam, w] of [[QUEUE_MAIL, worker], [QUEUE_IMPORT, importWorker]] as const) {
    w.on('failed', (job, err) => log.warn({ msg: 'job failed', queue: naam, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }));
    w.on('error', (err) => log.error({ msg: 'worker error', queue: naam, err: err.message }));
  }
  const timer = setInterval(() => {
    reconcile(relay, queue, opts.reconcileOlderThanMs ?? 5_000).then(
      (n) => n && log.info({ msg: 'outbox reconciled', heraangeboden: n }),
      (err: unknown) => log.warn({ msg: 'outbox reconcile failed; next tick retries', err: String(err) }),
    );
  }, opts.reconcileEveryMs ?? 10_000);
  // Reminders: scanned from the database on a timer in every worker, claimed by deterministic keys, so
  // a lost Redis, a killed worker or two workers at once change nothing about what is sent (ADR 0009).
  const scan = async () => {
    const nu = new Date();
    const vandaag = amsterdamDatum(nu);
    const regios: Array<{ id: string }> = await ds.query(`SELECT id FROM regio WHERE actief`);
    const mails: string[] = [];
    let mislukt = 0;
    for (const r of regios) {
      // One region's failure must not stop the others (it is retried on the next tick).
      try {
        const uit = await scanRegio(ds, r.id, vandaag, config.publicUrl);
        mails.push(...uit.mailIds);
        if (uit.nieuw || uit.taken || uit.beeindigd) log.info({ msg: 'reminders created', regioId: r.id, nieuw: uit.nieuw, taken: uit.taken, nazorgBeeindigd: uit.beeindigd });
        const gewist = await ruimOp(ds, r.id, vandaag, config.pseudonymKey);
        if (gewist) log.info({ msg: 'retention: persons erased', regioId: r.id, aantal: gewist });
      } catch (err) {
        mislukt++;
        log.warn({ msg: 'reminder scan failed for a region; next tick retries', regioId: r.id, err: String(err) });
      }
    }
    const school = await ruimSchoolzijdeOp(ds, vandaag, config.pseudonymKey).catch((err: unknown) => {
      log.warn({ msg: 'school-side retention failed; next tick retries', err: String(err) });
      return { imports: 0, meldingen: 0, mislukt: 1 };
    });
    if (school.imports || school.meldingen) log.info({ msg: 'retention: school-side data erased', imports: school.imports, meldingen: school.meldingen });
    if (school.mislukt) log.warn({ msg: 'school-side retention failed for some vestigingen; next tick retries', vestigingen: school.mislukt });
    mislukt += school.mislukt;
    if (nu >= amsterdamTijdstip(vandaag, opts.digestTijd ?? '07:00')) mails.push(...(await verstuurDigests(ds, vandaag, config.publicUrl)));
    for (const id of mails) await queue.add(JOB_MAIL_VERZEND, { outboxId: id }, { ...DEFAULT_JOB_OPTS, jobId: mailJobId(id) }).catch(() => undefined);
    // The heartbeat readiness and metrics read: the scan is a timer, not a queue, so lag cannot show it stopped.
    await ds
      .query(
        `INSERT INTO worker_hartslag (taak, laatst, duur_ms, regios, mislukt) VALUES ('herinneringen', now(), $1, $2, $3)
         ON CONFLICT (taak) DO UPDATE SET laatst = EXCLUDED.laatst, duur_ms = EXCLUDED.duur_ms, regios = EXCLUDED.regios, mislukt = EXCLUDED.mislukt`,
        [Date.now() - nu.getTime(), regios.length, mislukt],
      )
      .catch((err: unknown) => log.warn({ msg: 'heartbeat not recorded', err: String(err) }));
  };
  const scanTimer = setInterval(() => scan().catch((err: unknown) => log.warn({ msg: 'reminder scan failed; next tick retries', err: String(err) })), opts.scanEveryMs ?? 60_000);
  log.info({ msg: 'worker started', queues: [QUEUE_MAIL, QUEUE_IMPORT] });


  return {
    relay,
    queue,
    async close() {
      clearInterval(timer);
      clearInterval(scanTimer);
      await worker.close();
      await importWorker.close();
      await importDs.destroy();
      await queue.close();
      transport.close();
      await ds.destroy();
    },
  };
}
