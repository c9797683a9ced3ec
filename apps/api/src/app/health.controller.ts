import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Db, Public } from '@rmc/server-core';
import { IMPORT_QUEUE } from '@rmc/server-meldingen';
import { MAIL_QUEUE } from '@rmc/server-notificaties';
import type { Queue } from 'bullmq';

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

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
      await within(2_000, this.db.ping());
      detail['database'] = 'ok';
    } catch {
      ok = false;
      detail['database'] = 'onbereikbaar';
    }
    try {
      const counts = await within(2_000, this.mailQueue.getJobCounts('waiting', 'delayed', 'active', 'failed'));
      detail['queue'] = 'ok';
      detail['mail'] = counts;
      detail['import'] = await within(2_000, this.importQueue.getJobCounts('waiting', 'active', 'failed'));
    } catch {
      ok = false;
      detail['queue'] = 'onbereikbaar';
    }
    // 503 names the dependency that failed, so an operator sees it in the probe output.
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'niet-gereed', ...detail };
  }
}
