import { Controller, Get, Inject, type OnModuleDestroy, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiAntwoord, APP_CONFIG, contextStatement, Public, type AppConfig } from '@rmc/server-core';
import { IMPORT_QUEUE } from '@rmc/server-meldingen';
import { MAIL_QUEUE } from '@rmc/server-notificaties';
import type { Queue } from 'bullmq';
import { Pool } from 'pg';
import { GezondheidDto } from './responses.dto';
import { binnen, scanHartslag, wachtrijStand } from './wachtrij-stand';

/** How long a probe waits for the running check before it takes the previous answer (at most READY_MAX_OUD_MS old). */
const READY_WACHT_MS = 150;
const READY_MAX_OUD_MS = 10_000;

interface Gereedheid {
  ok: boolean;
  detail: Record<string, unknown>;
}

@ApiTags('health')
@SkipThrottle()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  /**
   * Readiness pings over its own single connection, never through the request pool: a flood of exports
   * or slow requests that holds every pooled connection must not make the probe wait or fail.
   */
  private readonly pingPool: Pool;
  private laatste: { op: number; uitslag: Gereedheid } | null = null;
  private bezig: Promise<Gereedheid> | null = null;

  constructor(
    @Inject(MAIL_QUEUE) private readonly mailQueue: Queue,
    @Inject(IMPORT_QUEUE) private readonly importQueue: Queue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pingPool = new Pool({
      connectionString: config.appDatabaseUrl,
      max: 1,
      connectionTimeoutMillis: 1_500,
      idleTimeoutMillis: 60_000,
      application_name: 'rmc-platform-health',
    });
    // An idle connection dropped by the server is not a crash; the next ping reconnects.
    this.pingPool.on('error', () => undefined);
  }

  /** Liveness: the process answers. */
  @Public()
  @Get()
  @ApiAntwoord(GezondheidDto)
  live() {
    return { status: 'ok' };
  }

  /**
   * Readiness: database and queue reachable; queue lag in the detail. One check runs at a time (probes
   * arriving meanwhile share it) over connections of its own; a probe waits at most 150 ms for it and
   * otherwise gets the previous answer (up to 10 s old), so probes stay fast under any load.
   */
  @Public()
  @Get('ready')
  @ApiAntwoord(GezondheidDto)
  async ready(@Res({ passthrough: true }) res: Response) {
    this.bezig ??= this.controleer().finally(() => (this.bezig = null));
    if (!this.laatste || Date.now() - this.laatste.op > READY_MAX_OUD_MS) await this.bezig;
    else await Promise.race([this.bezig, new Promise((r) => setTimeout(r, READY_WACHT_MS).unref())]);
    const { ok, detail } = this.laatste!.uitslag;
    // 503 names the dependency that failed, so an operator sees it in the probe output.
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'niet-gereed', ...detail };
  }

  private async controleer(): Promise<Gereedheid> {
    const detail: Record<string, unknown> = {};
    let ok = true;
    try {
      await binnen(2_000, this.pingPool.query('SELECT 1'));
      detail['database'] = 'ok';
    } catch {
      ok = false;
      detail['database'] = 'onbereikbaar';
    }
    try {
      // Lag (age of the oldest waiting job) and failures per queue: what an operator alerts on.
      const [mail, imp] = await binnen(2_000, Promise.all([wachtrijStand(this.mailQueue), wachtrijStand(this.importQueue)]));
      detail['queue'] = 'ok';
      detail['mail'] = { ...mail.tellingen, oudsteWachtSeconden: mail.oudsteWachtSeconden };
      detail['import'] = { ...imp.tellingen, oudsteWachtSeconden: imp.oudsteWachtSeconden };
    } catch {
      ok = false;
      detail['queue'] = 'onbereikbaar';
    }
    // The reminder scan belongs to the workers: shown for the operator, never a reason to take this API
    // out of rotation (a stopped worker is alerted on through the metric rmc_reminder_scan_age_seconds).
    if (ok) detail['herinneringen'] = await binnen(2_000, this.hartslag()).catch(() => 'onbekend');
    const uitslag = { ok, detail };
    this.laatste = { op: Date.now(), uitslag };
    return uitslag;
  }

  /** scanHartslag's query in a platform-context transaction on the probe's own connection. */
  private async hartslag(): Promise<Awaited<ReturnType<typeof scanHartslag>>> {
    const client = await this.pingPool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      const ctx = contextStatement({ platform: true });
      await client.query(ctx.sql, ctx.params);
      const { rows } = await client.query(
        `SELECT extract(epoch FROM now() - laatst)::int AS "secondenGeleden", duur_ms AS "duurMs", regios, mislukt FROM worker_hartslag WHERE taak = 'herinneringen'`,
      );
      await client.query('COMMIT');
      return rows[0] ?? null;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pingPool.end().catch(() => undefined);
  }
}
