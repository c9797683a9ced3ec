import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Db, Public } from '@rmc/server-core';
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
  async ready() {
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
    } catch {
      ok = false;
      detail['queue'] = 'onbereikbaar';
    }
    if (!ok) throw new HttpException({ status: 'niet-gereed', ...detail }, 503);
    return { status: 'ok', ...detail };
  }
}
