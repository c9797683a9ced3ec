import { Inject, Injectable } from '@nestjs/common';
import {
  ALLE_JOBS,
  APP_CONFIG,
  createQueue,
  createWorker,
  Db,
  DEFAULT_JOB_OPTS,
  PersoonWisser,
  JOB_MAIL_VERZEND,
  JOB_SCAN_PLATFORM,
  JOB_SCAN_REGIO,
  mailJobId,
  QUEUE_SCAN,
  SCAN_PLATFORM_SCHEDULER_ID,
  scanRegioSchedulerId,
  type AppConfig,
} from '@rmc/server-core';
import {
  NAZORG_CASUS_BRON,
  NAZORG_PERSOON_BRON,
  platformTick,
  regioTick,
  type NazorgCasusBron,
  type NazorgPersoonBron,
} from '@rmc/server-nazorg';
import { MAIL_QUEUE } from '@rmc/server-notificaties';
import type { Job, Queue, Worker } from 'bullmq';
import { actieveRegioIds, regioIsActief, schrijfHartslag } from './data/scan.queries';
import { checkHandlers, dispatcher, type Handler } from './mail.processor';
import { SCAN_DB, WORKER_LOG, WORKER_OPTIES, type WorkerLog, type WorkerOptions } from './tokens';

/** Scan jobs keep a short history for the Wachtrijen page; a tick is never retried (the next one comes). */
const SCAN_JOB_OPTS = { attempts: 1, removeOnComplete: { count: 200 }, removeOnFail: { count: 500, age: 24 * 3_600 } };

/**
 * Which scan schedulers to upsert and which to remove: one per active region (`scan-regio-<id>`, job
 * `scan-regio` with `{ regioId }`) and `scan-platform`, all at `every` ms. An existing scheduler with the
 * same interval is left alone (upserting would be harmless, but churns Redis on every round).
 */
export function schedulerPlan(
  actieveRegios: readonly string[],
  bestaand: ReadonlyArray<{ id: string; every?: number | null }>,
  every: number,
): { upsert: Array<{ id: string; name: string; data: Record<string, string> }>; verwijder: string[] } {
  const gewenst = new Map<string, { name: string; data: Record<string, string> }>(
    actieveRegios.map((id) => [scanRegioSchedulerId(id), { name: JOB_SCAN_REGIO, data: { regioId: id } }]),
  );
  gewenst.set(SCAN_PLATFORM_SCHEDULER_ID, { name: JOB_SCAN_PLATFORM, data: {} });
  const huidig = new Map(bestaand.map((s) => [s.id, s.every]));
  return {
    upsert: [...gewenst].filter(([id]) => huidig.get(id) !== every).map(([id, tpl]) => ({ id, ...tpl })),
    verwijder: [...huidig.keys()].filter((id) => !gewenst.has(id)),
  };
}

/**
 * Reminders, retention and the digest as BullMQ job schedulers (ADR 0013): one scheduler per active
 * region (`scan-regio-<id>`, job `scan-regio` with `{ regioId }`) and one for the platform-wide work
 * (`scan-platform`). Any number of workers share the jobs: each tick of a region runs once, in one of
 * them. The database stays the source of truth for what is due (ADR 0009): a lost Redis only delays
 * ticks; every process re-creates missing schedulers on a timer, so an emptied Redis fills itself again.
 * No two runs of one region overlap: the job lock, an in-process guard, and advisory locks in the
 * database (a second run returns at once). The work itself is the nazorg context's `regioTick` and
 * `platformTick`, through the tenancy service on the scan's own pool (`SCAN_DB`, 3 connections).
 */
@Injectable()
export class ScanProcessor {
  readonly queue: Queue;
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private readonly lopend = new Set<string>();
  private bezig = 0;
  private readonly every: number;
  private readonly lockDuration: number;

  constructor(
    @Inject(SCAN_DB) private readonly db: Db,
    @Inject(MAIL_QUEUE) private readonly mailQueue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_OPTIES) private readonly opts: WorkerOptions,
    @Inject(WORKER_LOG) private readonly log: WorkerLog,
    private readonly wisser: PersoonWisser,
    @Inject(NAZORG_CASUS_BRON) private readonly casus: NazorgCasusBron,
    @Inject(NAZORG_PERSOON_BRON) private readonly personen: NazorgPersoonBron,
  ) {
    this.every = opts.scanEveryMs ?? 60_000;
    this.lockDuration = opts.lockDurationMs ?? 30_000;
    this.queue = createQueue(config, QUEUE_SCAN);
  }

  private async eenmalig<T>(sleutel: string, werk: () => Promise<T>): Promise<T | { overgeslagen: true }> {
    // The same region's previous tick still runs in this process: this one is not started twice.
    if (this.lopend.has(sleutel)) return { overgeslagen: true };
    this.lopend.add(sleutel);
    this.bezig++;
    try {
      return await werk();
    } finally {
      this.lopend.delete(sleutel);
      this.bezig--;
    }
  }

  /** After the tick's commit: one mail job per fresh outbox row (the reconciler covers a lost add). */
  private async zetInWachtrij(mailIds: string[]) {
    for (const id of mailIds)
      await this.mailQueue
        .add(JOB_MAIL_VERZEND, { outboxId: id }, { ...DEFAULT_JOB_OPTS, jobId: mailJobId(id) })
        .catch(() => undefined);
  }

  /** Per-region heartbeat rows, folded into the one row readiness, metrics and the Wachtrijen page read. */
  private async hartslag(regioId: string, duurMs: number, mislukt: boolean) {
    await schrijfHartslag(this.db, regioId, duurMs, mislukt).catch((err: unknown) =>
      this.log.warn({ msg: 'heartbeat not recorded', err: String(err) }),
    );
  }

  readonly handlers: Record<string, Handler> = {
    [JOB_SCAN_REGIO]: async (job: Job) => {
      const regioId = (job.data as { regioId?: unknown }).regioId;
      if (typeof regioId !== 'string') throw new Error('job without regioId');
      return this.eenmalig(regioId, async () => {
        if (!(await regioIsActief(this.db, regioId))) return { inactief: true };
        const start = Date.now();
        try {
          const t = await regioTick(this.db, regioId, new Date(), this.config.publicUrl, this.config.pseudonymKey, this.wisser, {
            casus: this.casus,
            personen: this.personen,
          });
          await this.zetInWachtrij(t.scan.mailIds);
          if (t.scan.nieuw || t.scan.taken || t.scan.beeindigd)
            this.log.info({
              msg: 'reminders created',
              regioId,
              nieuw: t.scan.nieuw,
              taken: t.scan.taken,
              nazorgBeeindigd: t.scan.beeindigd,
            });
          if (t.gewist) this.log.info({ msg: 'retention: persons erased', regioId, aantal: t.gewist });
          if (!t.scan.overgeslagen) await this.hartslag(regioId, Date.now() - start, false);
          // The job's return value is what the Wachtrijen page can show: counts only.
          return {
            gelezen: t.scan.gelezen,
            nieuw: t.scan.nieuw,
            taken: t.scan.taken,
            gewist: t.gewist,
            overgeslagen: t.scan.overgeslagen,
            scanMs: t.scanMs,
            bewaarMs: t.bewaarMs,
          };
        } catch (err) {
          await this.hartslag(regioId, Date.now() - start, true);
          this.log.warn({ msg: 'reminder scan failed for a region; next tick retries', regioId, err: String(err) });
          throw err;
        }
      });
    },
    [JOB_SCAN_PLATFORM]: async () =>
      this.eenmalig(SCAN_PLATFORM_SCHEDULER_ID, async () => {
        const t = await platformTick(this.db, new Date(), this.config.publicUrl, this.config.pseudonymKey, this.opts.digestTijd);
        await this.zetInWachtrij(t.mailIds);
        if (t.imports || t.meldingen)
          this.log.info({ msg: 'retention: school-side data erased', imports: t.imports, meldingen: t.meldingen });
        if (t.mislukt)
          this.log.warn({ msg: 'school-side retention failed for some vestigingen; next tick retries', vestigingen: t.mislukt });
        return { imports: t.imports, meldingen: t.meldingen, mislukt: t.mislukt, digests: t.mailIds.length };
      }),
  };

  private maakWorker(): Worker {
    const w = createWorker(this.config, QUEUE_SCAN, dispatcher(this.handlers), {
      name: `scan-${process.pid}`,
      concurrency: 2,
      lockDuration: this.lockDuration,
      stalledInterval: Math.max(1_000, Math.floor(this.lockDuration / 2)),
    });
    w.on('failed', (job, err) =>
      this.log.warn({ msg: 'job failed', queue: QUEUE_SCAN, job: job?.name, jobId: job?.id, err: err.message }),
    );
    w.on('error', (err) => this.log.error({ msg: 'worker error', queue: QUEUE_SCAN, err: err.message }));
    return w;
  }

  /** One scheduler per active region plus the platform one; others (deactivated regions) are removed. */
  async reconcileSchedulers(): Promise<void> {
    const regios = await actieveRegioIds(this.db);
    const bestaand = (await this.queue.getJobSchedulers(0, -1)).map((s) => ({ id: s.id ?? s.key, every: s.every }));
    const plan = schedulerPlan(regios, bestaand, this.every);
    for (const id of plan.verwijder) await this.queue.removeJobScheduler(id);
    for (const u of plan.upsert)
      await this.queue.upsertJobScheduler(u.id, { every: this.every }, { name: u.name, data: u.data, opts: SCAN_JOB_OPTS });
    if (plan.upsert.length || plan.verwijder.length)
      this.log.info({
        msg: 'scan schedulers reconciled',
        schedulers: regios.length + 1,
        bijgewerkt: plan.upsert.length,
        verwijderd: plan.verwijder.length,
      });
  }

  /**
   * Watchdog for a worker that stopped taking jobs (e.g. BullMQ #4585, fixed in 6.3.3; kept as a
   * guard): when a scan job has waited far longer than an interval and this process runs none, the
   * worker is replaced. Jobs are idempotent and region runs exclusive, so a replacement is harmless.
   */
  private async waakhond(): Promise<void> {
    if (this.bezig > 0) return;
    const [oudste] = await this.queue.getJobs(['waiting'], 0, 0, true).catch(() => []);
    if (!oudste?.timestamp || Date.now() - oudste.timestamp < Math.max(30_000, 10 * this.every)) return;
    this.log.warn({
      msg: 'scan worker idle while jobs wait; replacing it',
      wachtSeconden: Math.round((Date.now() - oudste.timestamp) / 1000),
    });
    const oud = this.worker;
    this.worker = this.maakWorker();
    await oud?.close(true).catch(() => undefined);
  }

  private onderhoud = () =>
    this.reconcileSchedulers()
      .then(() => this.waakhond())
      .catch((err: unknown) => this.log.warn({ msg: 'scan schedulers not reconciled; next round retries', err: String(err) }));

  async start(): Promise<void> {
    checkHandlers(ALLE_JOBS[QUEUE_SCAN], this.handlers);
    this.worker = this.maakWorker();
    await this.onderhoud();
    this.timer = setInterval(this.onderhoud, Math.min(30_000, Math.max(5_000, 5 * this.every)));
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.worker?.close();
    await this.queue.close();
  }
}
