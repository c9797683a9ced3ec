import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Db, Public } from '@rmc/server-core';
import { IMPORT_QUEUE } from '@rmc/server-meldingen';
import { MAIL_QUEUE } from '@rmc/server-notificaties';
import type { Queue } from 'bullmq';
import { binnen, scanHartslag, wachtrijStand } from './wachtrij-stand';


@ApiTags('health')
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Db,
    @Inject(MAIL_QUEUE) private readonly mailQueue: Queue,
    @Inject(IMPORT_QUEUE) private readonly importQueue: Queue,
  ) {}

  /** Liveness: the process answers. */
  @Public()
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: database and queue reachable; queue lag in the detail. */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const detail: Record<string, unknown> = {};
    let ok = true;
    try {
      await binnen(2_000, this.db.ping());
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
    if (ok) detail['herinneringen'] = await binnen(2_000, scanHartslag(this.db)).catch(() => 'onbekend');
    // 503 names the dependency that failed, so an operator sees it in the probe output.
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'niet-gereed', ...detail };
  }
}
