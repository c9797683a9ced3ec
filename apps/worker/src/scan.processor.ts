import {
  ALLE_JOBS,
  createQueue,
  createWorker,
  DEFAULT_JOB_OPTS,
  JOB_MAIL_VERZEND,
  JOB_SCAN_PLATFORM,
  JOB_SCAN_REGIO,
  mailJobId,
  QUEUE_SCAN,
  SCAN_PLATFORM_SCHEDULER_ID,
  scanRegioSchedulerId,
  type AppConfig,
  type createLogger,
} from '@rmc/server-core';
import { dataSourceOptions } from '@rmc/server-database';
import { platformTick, regioTick } from '@rmc/server-nazorg';
import type { Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { checkHandlers, dispatcher, type Handler } from './mail.processor';

export interface ScanOptions {
  /** The interval of every scheduler: one tick per region per interval across all workers. */
  scanEveryMs?: number;
  /** Local time (Europe/Amsterdam) after which the daily digest goes out. */
  digestTijd?: string;
  lockDurationMs?: number;
  /** How often this process checks the schedulers against the active regions (default: 5 intervals, 5–30 s). */
  reconcileSchedulersMs?: number;
}

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
 * database (a second run returns at once).
 */
export async function startScans(config: AppConfig, opts: ScanOptions, log: ReturnType<typeof createLogger>, mailQueue: Queue) {
  const every = opts.scanEveryMs ?? 60_000;
  const lockDuration = opts.lockDurationMs ?? 30_000;
  // Its own small pool: a long tick never takes the connections of the mail relay or an import.
  const ds = new DataSource(dataSourceOptions(config.appDatabaseUrl, 3));
  await ds.initialize();
  const queue = createQueue(config, QUEUE_SCAN);
  const lopend = new Set<string>();
  let bezig = 0;

  const eenmalig = async <T>(sleutel: string, werk: () => Promise<T>): Promise<T | { overgeslagen: true }> => {
    // The same region's previous tick still runs in this process: this one is not started twice.
    if (lopend.has(sleutel)) return { overgeslagen: true };
    lopend.add(sleutel);
    bezig++;
    try {
      return await werk();
    } finally {
      lopend.delete(sleutel);
      bezig--;
    }
  };

  const zetInWachtrij = async (mailIds: string[]) => {
    for (const id of mailIds)
      await mailQueue
        .add(JOB_MAIL_VERZEND, { outboxId: id }, { ...DEFAULT_JOB_OPTS, jobId: mailJobId(id) })
        .catch(() => undefined);
  };

  /** Per-region heartbeat rows, folded into the one row readiness, metrics and the Wachtrijen page read. */
  const hartslag = async (regioId: string, duurMs: number, mislukt: boolean) => {
    await ds
      .query(
        `WITH regio_rij AS (
           INSERT INTO worker_hartslag (taak, laatst, duur_ms, regios, mislukt) VALUES ('scan-regio-' || $1, now(), $2, 1, $3)
           ON CONFLICT (taak) DO UPDATE SET laatst = EXCLUDED.laatst, duur_ms = EXCLUDED.duur_ms, mislukt = EXCLUDED.mislukt
           RETURNING taak, duur_ms, mislukt)
         INSERT INTO worker_hartslag (taak, laatst, duur_ms, regios, mislukt)
         SELECT 'herinneringen', now(), coalesce(max(coalesce(n.duur_ms, h.duur_ms)), 0), count(*),
                count(*) FILTER (WHERE coalesce(n.mislukt, h.mislukt) > 0)
           FROM regio r LEFT JOIN worker_hartslag h ON h.taak = 'scan-regio-' || r.id LEFT JOIN regio_rij n ON n.taak = 'scan-regio-' || r.id
          WHERE r.actief
         ON CONFLICT (taak) DO UPDATE SET laatst = EXCLUDED.laatst, duur_ms = EXCLUDED.duur_ms, regios = EXCLUDED.regios, mislukt = EXCLUDED.mislukt`,
        [regioId, duurMs, mislukt ? 1 : 0],
      )
      .catch((err: unknown) => log.warn({ msg: 'heartbeat not recorded', err: String(err) }));
  };

  const handlers: Record<string, Handler> = {
    [JOB_SCAN_REGIO]: async (job: Job) => {
      const regioId = (job.data as { regioId?: unknown }).regioId;
      if (typeof regioId !== 'string') throw new Error('job without regioId');
      return eenmalig(regioId, async () => {
        const [regio] = await ds.query(`SELECT actief FROM regio WHERE id = $1`, [regioId]);
        if (!regio?.actief) return { inactief: true };
        const start = Date.now();
        try {
          const t = await regioTick(ds, regioId, new Date(), config.publicUrl, config.pseudonymKey);
          await zetInWachtrij(t.scan.mailIds);
          if (t.scan.nieuw || t.scan.taken || t.scan.beeindigd)
            log.info({
              msg: 'reminders created',
              regioId,
              nieuw: t.scan.nieuw,
              taken: t.scan.taken,
              nazorgBeeindigd: t.scan.beeindigd,
            });
          if (t.gewist) log.info({ msg: 'retention: persons erased', regioId, aantal: t.gewist });
          if (!t.scan.overgeslagen) await hartslag(regioId, Date.now() - start, false);
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
          await hartslag(regioId, Date.now() - start, true);
          log.warn({ msg: 'reminder scan failed for a region; next tick retries', regioId, err: String(err) });
          throw err;
        }
      });
    },
    [JOB_SCAN_PLATFORM]: async () =>
      eenmalig(SCAN_PLATFORM_SCHEDULER_ID, async () => {
        const t = await platformTick(ds, new Date(), config.publicUrl, config.pseudonymKey, opts.digestTijd);
        await zetInWachtrij(t.mailIds);
        if (t.imports || t.meldingen)
          log.info({ msg: 'retention: school-side data erased', imports: t.imports, meldingen: t.meldingen });
        if (t.mislukt)
          log.warn({ msg: 'school-side retention failed for some vestigingen; next tick retries', vestigingen: t.mislukt });
        return { imports: t.imports, meldingen: t.meldingen, mislukt: t.mislukt, digests: t.mailIds.length };
      }),
  };
  checkHandlers(ALLE_JOBS[QUEUE_SCAN], handlers);

  const maakWorker = () => {
    const w = createWorker(config, QUEUE_SCAN, dispatcher(handlers), {
      name: `scan-${process.pid}`,
      concurrency: 2,
      lockDuration,
      stalledInterval: Math.max(1_000, Math.floor(lockDuration / 2)),
    });
    w.on('failed', (job, err) =>
      log.warn({ msg: 'job failed', queue: QUEUE_SCAN, job: job?.name, jobId: job?.id, err: err.message }),
    );
    w.on('error', (err) => log.error({ msg: 'worker error', queue: QUEUE_SCAN, err: err.message }));
    return w;
  };
  let worker: Worker = maakWorker();

  /** One scheduler per active region plus the platform one; others (deactivated regions) are removed. */
  const reconcileSchedulers = async () => {
    const regios: Array<{ id: string }> = await ds.query(`SELECT id FROM regio WHERE actief ORDER BY id`);
    const bestaand = (await queue.getJobSchedulers(0, -1)).map((s) => ({ id: s.id ?? s.key, every: s.every }));
    const plan = schedulerPlan(
      regios.map((r) => r.id),
      bestaand,
      every,
    );
    for (const id of plan.verwijder) await queue.removeJobScheduler(id);
    for (const u of plan.upsert)
      await queue.upsertJobScheduler(u.id, { every }, { name: u.name, data: u.data, opts: SCAN_JOB_OPTS });
    if (plan.upsert.length || plan.verwijder.length)
      log.info({
        msg: 'scan schedulers reconciled',
        schedulers: regios.length + 1,
        bijgewerkt: plan.upsert.length,
        verwijderd: plan.verwijder.length,
      });
  };

  /**
   * Watchdog for a worker that stopped taking jobs (e.g. BullMQ #4585, fixed in 6.3.3; kept as a
   * guard): when a scan job has waited far longer than an interval and this process runs none, the
   * worker is replaced. Jobs are idempotent and region runs exclusive, so a replacement is harmless.
   */
  const waakhond = async () => {
    if (bezig > 0) return;
    const [oudste] = await queue.getJobs(['waiting'], 0, 0, true).catch(() => []);
    if (!oudste?.timestamp || Date.now() - oudste.timestamp < Math.max(30_000, 10 * every)) return;
    log.warn({
      msg: 'scan worker idle while jobs wait; replacing it',
      wachtSeconden: Math.round((Date.now() - oudste.timestamp) / 1000),
    });
    const oud = worker;
    worker = maakWorker();
    await oud.close(true).catch(() => undefined);
  };

  const onderhoud = () =>
    reconcileSchedulers()
      .then(waakhond)
      .catch((err: unknown) => log.warn({ msg: 'scan schedulers not reconciled; next round retries', err: String(err) }));
  await onderhoud();
  const timer = setInterval(onderhoud, opts.reconcileSchedulersMs ?? Math.min(30_000, Math.max(5_000, 5 * every)));

  return {
    queue,
    reconcileSchedulers,
    async close() {
      clearInterval(timer);
      await worker.close();
      await queue.close();
      await ds.destroy();
    },
  };
}
