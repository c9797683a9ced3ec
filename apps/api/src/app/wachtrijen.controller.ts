import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Db, Vereist } from '@rmc/server-core';
import { IMPORT_QUEUE } from '@rmc/server-meldingen';
import { MAIL_QUEUE } from '@rmc/server-notificaties';
import type { Queue } from 'bullmq';

/**
 * Queue operations for the platform-beheerder (our Bull Board equivalent): counts per queue, the
 * outbox backlog and the age of its oldest waiting row — no personal data, no job payloads.
 */
@ApiTags('platform')
@Controller('v1/platform/wachtrijen')
export class WachtrijenController {
  constructor(
    private readonly db: Db,
    @Inject(MAIL_QUEUE) private readonly mail: Queue,
    @Inject(IMPORT_QUEUE) private readonly imports: Queue,
  ) {}

  @Vereist('read', 'PlatformRegio')
  @Get()
  async overzicht() {
    const telling = async (q: Queue) =>
      q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed').catch(() => ({ onbereikbaar: true }));
    const [outbox] = await this.db.query<{ wacht: number; mislukt: number; oudsteWachtSeconden: number | null; verzonden24u: number }>(
      `SELECT count(*) FILTER (WHERE status IN ('wacht', 'versturen'))::int AS wacht, count(*) FILTER (WHERE status = 'mislukt')::int AS mislukt,
              extract(epoch FROM now() - min(aangemaakt_op) FILTER (WHERE status = 'wacht'))::int AS "oudsteWachtSeconden",
              count(*) FILTER (WHERE status = 'verzonden' AND verzonden_op > now() - interval '1 day')::int AS "verzonden24u"
         FROM email_outbox`,
    );
    return { mail: await telling(this.mail), import: await telling(this.imports), outbox };
  }
}
