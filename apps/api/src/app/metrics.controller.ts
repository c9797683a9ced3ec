import { Controller, Get, Header, Headers, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiBestand, APP_CONFIG, Db, NietGevonden, NietIngelogd, Public, type AppConfig } from '@rmc/server-core';
import { IMPORT_QUEUE } from '@rmc/server-meldingen';
import { MAIL_QUEUE } from '@rmc/server-notificaties';
import type { Queue } from 'bullmq';
import { createHash, timingSafeEqual } from 'node:crypto';
import { binnen, JOB_TOESTANDEN, SCAN_QUEUE, scanHartslag, wachtrijStand } from './wachtrij-stand';

/** Constant-time comparison of digests (equal length whatever the input, also for non-ASCII). */
const gelijk = (a: string, b: string) =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/**
 * Prometheus metrics (text exposition format) for the scraper, behind METRICS_TOKEN: queue jobs per
 * state, queue lag, outbox backlog and age. Aggregates only — no region, person or user appears.
 */
@ApiTags('health')
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_QUEUE) private readonly mail: Queue,
    @Inject(IMPORT_QUEUE) private readonly imports: Queue,
    @Inject(SCAN_QUEUE) private readonly scan: Queue,
  ) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiBestand('text/plain', 'Prometheus-tekstformaat')
  async metrics(@Headers('authorization') authorization?: string): Promise<string> {
    if (!this.config.metricsToken) throw NietGevonden('Deze pagina');
    if (!gelijk(authorization ?? '', `Bearer ${this.config.metricsToken}`)) throw NietIngelogd('Geef het metrics-token mee.');
    const regels: string[] = ['# HELP rmc_queue_jobs Jobs per queue and state.', '# TYPE rmc_queue_jobs gauge'];
    const lag: string[] = [
      '# HELP rmc_queue_oldest_waiting_seconds Age of the oldest waiting job (queue lag).',
      '# TYPE rmc_queue_oldest_waiting_seconds gauge',
    ];
    let bereikbaar = 1;
    for (const [naam, q] of [
      ['mail', this.mail],
      ['import', this.imports],
      ['scan', this.scan],
    ] as const) {
      const stand = await binnen(2_000, wachtrijStand(q)).catch(() => null);
      if (!stand) {
        bereikbaar = 0;
        continue;
      }
      for (const t of JOB_TOESTANDEN) regels.push(`rmc_queue_jobs{queue="${naam}",state="${t}"} ${stand.tellingen[t] ?? 0}`);
      lag.push(`rmc_queue_oldest_waiting_seconds{queue="${naam}"} ${stand.oudsteWachtSeconden ?? 0}`);
    }
    // A scrape is no request of a user: it reads the (non-tenant) outbox in a platform context.
    const outbox: Array<{ status: string; n: number; oudste: number | null }> = await this.db.inContext(
      { platform: true },
      (em) =>
        em.query(
          `SELECT status, count(*)::int AS n, extract(epoch FROM now() - min(aangemaakt_op))::int AS oudste FROM email_outbox WHERE status <> 'verzonden' GROUP BY status`,
        ),
    );
    const perStatus = new Map(outbox.map((r) => [r.status, r]));
    const scan = await binnen(2_000, scanHartslag(this.db)).catch(() => null);
    return [
      ...regels,
      ...lag,
      '# HELP rmc_queue_up Whether the queue backend answered.',
      '# TYPE rmc_queue_up gauge',
      `rmc_queue_up ${bereikbaar}`,
      '# HELP rmc_outbox_emails E-mails in the outbox that are not sent yet, per status.',
      '# TYPE rmc_outbox_emails gauge',
      ...['wacht', 'versturen', 'mislukt'].map((s) => `rmc_outbox_emails{status="${s}"} ${perStatus.get(s)?.n ?? 0}`),
      '# HELP rmc_outbox_oldest_waiting_seconds Age of the oldest e-mail waiting to be sent.',
      '# TYPE rmc_outbox_oldest_waiting_seconds gauge',
      `rmc_outbox_oldest_waiting_seconds ${perStatus.get('wacht')?.oudste ?? 0}`,
      '# HELP rmc_reminder_scan_age_seconds Seconds since the last reminder scan tick of any worker (-1: never ran). Alert when above a few scan intervals.',
      '# TYPE rmc_reminder_scan_age_seconds gauge',
      `rmc_reminder_scan_age_seconds ${scan?.secondenGeleden ?? -1}`,
      '# HELP rmc_reminder_scan_duration_seconds Duration of the last scan tick of the slowest region (reminders and retention of one region).',
      '# TYPE rmc_reminder_scan_duration_seconds gauge',
      `rmc_reminder_scan_duration_seconds ${scan ? scan.duurMs / 1000 : 0}`,
      '# HELP rmc_reminder_scan_failed_regions Regions (reminder scan) or vestigingen (school-side retention) that failed in the last tick (retried on the next).',
      '# TYPE rmc_reminder_scan_failed_regions gauge',
      `rmc_reminder_scan_failed_regions ${scan?.mislukt ?? 0}`,
      '',
    ].join('\n');
  }
}
