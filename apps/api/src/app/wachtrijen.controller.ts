import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiLijst, Conflict, Db, NietGevonden, Ongeldig, Vereist } from '@rmc/server-core';
import { IMPORT_QUEUE } from '@rmc/server-meldingen';
import { MAIL_QUEUE } from '@rmc/server-notificaties';
import type { WachtrijenDto, WachtrijTaakDto, WachtrijTaakOpnieuw } from '@rmc/shared-api-types';
import type { Job, Queue } from 'bullmq';
import { WachtrijenAntwoordDto, WachtrijTaakAntwoordDto, WachtrijTaakOpnieuwDto } from './responses.dto';
import { JOB_TOESTANDEN, type JobToestand, SCAN_QUEUE, scanHartslag, scanSchedulers, wachtrijStand } from './wachtrij-stand';

const ONBEREIKBAAR = { onbereikbaar: true } as const;

/** Error texts can quote a mail server ("recipient x@y rejected"): addresses never leave the server. */
export const zonderAdressen = (tekst: string | undefined) =>
  (tekst ?? '').replace(/[^\s<>"']+@[^\s<>"']+/g, '[adres]').slice(0, 500);

/**
 * Queue operations for the platform-beheerder (our Bull Board equivalent): counts and lag per queue,
 * the jobs in one state with attempts and the (address-free) error, retrying a failed job, and the
 * outbox backlog. Job payloads are never shown (they hold only ids, but there is no need).
 */
@ApiTags('platform')
@Controller('v1/platform/wachtrijen')
export class WachtrijenController {
  private readonly wachtrijen: Record<string, Queue>;

  constructor(
    private readonly db: Db,
    @Inject(MAIL_QUEUE) mail: Queue,
    @Inject(IMPORT_QUEUE) imports: Queue,
    @Inject(SCAN_QUEUE) scan: Queue,
  ) {
    this.wachtrijen = { mail, import: imports, scan };
  }

  private wachtrij(naam: string): Queue {
    const q = Object.hasOwn(this.wachtrijen, naam) ? this.wachtrijen[naam] : undefined;
    if (!q) throw Ongeldig([{ field: 'wachtrij', message: `Kies een van: ${Object.keys(this.wachtrijen).join(', ')}.` }]);
    return q;
  }

  @Vereist('read', 'PlatformRegio')
  @Get()
  @ApiAntwoord(WachtrijenAntwoordDto)
  async overzicht(): Promise<WachtrijenDto> {
    const stand = async (q: Queue) => {
      const s = await wachtrijStand(q).catch(() => null);
      return s ? { ...s.tellingen, oudsteWachtSeconden: s.oudsteWachtSeconden } : ONBEREIKBAAR;
    };
    const [outbox] = await this.db.query<{
      wacht: number;
      mislukt: number;
      oudsteWachtSeconden: number | null;
      verzonden24u: number;
    }>(
      `SELECT count(*) FILTER (WHERE status IN ('wacht', 'versturen'))::int AS wacht, count(*) FILTER (WHERE status = 'mislukt')::int AS mislukt,
              extract(epoch FROM now() - min(aangemaakt_op) FILTER (WHERE status = 'wacht'))::int AS "oudsteWachtSeconden",
              count(*) FILTER (WHERE status = 'verzonden' AND verzonden_op > now() - interval '1 day')::int AS "verzonden24u"
         FROM email_outbox`,
    );
    // The scan queue: one job scheduler per active region plus the platform one (ADR 0013).
    const scan = await stand(this.wachtrijen['scan']);
    const schedulers = await scanSchedulers(this.wachtrijen['scan']).catch(() => null);
    return {
      mail: await stand(this.wachtrijen['mail']),
      import: await stand(this.wachtrijen['import']),
      scan:
        schedulers && !('onbereikbaar' in scan)
          ? { ...scan, schedulers: schedulers.aantal, volgendeOp: schedulers.volgendeOp }
          : scan,
      outbox,
      herinneringen: await scanHartslag(this.db),
    };
  }

  /** The newest 50 jobs of one queue in one state. */
  @Vereist('read', 'PlatformRegio')
  @Get(':wachtrij/taken')
  @ApiLijst(WachtrijTaakAntwoordDto)
  async taken(@Param('wachtrij') naam: string, @Query('toestand') toestand = 'failed'): Promise<WachtrijTaakDto[]> {
    const q = this.wachtrij(naam);
    if (!(JOB_TOESTANDEN as readonly string[]).includes(toestand))
      throw Ongeldig([{ field: 'toestand', message: `Kies een van: ${JOB_TOESTANDEN.join(', ')}.` }]);
    const jobs = await q.getJobs([toestand as JobToestand], 0, 49, false);
    return jobs.filter(Boolean).map((j: Job) => ({
      id: j.id!,
      naam: j.name,
      toestand,
      pogingen: j.attemptsMade,
      maxPogingen: j.opts.attempts ?? 1,
      fout: j.failedReason ? zonderAdressen(j.failedReason) : null,
      aangemaaktOp: new Date(j.timestamp).toISOString(),
      verwerktOp: j.processedOn ? new Date(j.processedOn).toISOString() : null,
      klaarOp: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    }));
  }

  /** Retry a failed job now (its outbox row or import batch keeps it idempotent). */
  @Vereist('update', 'PlatformRegio')
  @Post(':wachtrij/taken/:jobId/opnieuw')
  @HttpCode(200)
  @ApiAntwoord(WachtrijTaakOpnieuwDto)
  async opnieuw(@Param('wachtrij') naam: string, @Param('jobId') jobId: string): Promise<WachtrijTaakOpnieuw> {
    const q = this.wachtrij(naam);
    // A scan tick is never retried by hand: its scheduler runs the next one within the interval.
    if (naam === 'scan')
      throw Conflict(
        'scan-niet-opnieuw',
        'Een scanronde wordt niet opnieuw aangeboden; de volgende ronde van de regio volgt vanzelf.',
      );
    if (!/^[\w-]{1,100}$/.test(jobId)) throw Ongeldig([{ field: 'jobId', message: 'Onbekende taak.' }]);
    const job = await q.getJob(jobId);
    if (!job) throw NietGevonden('Deze taak');
    if (!(await job.isFailed())) throw Conflict('niet-mislukt', 'Alleen een mislukte taak kan opnieuw worden aangeboden.');
    await job.retry('failed');
    return { id: job.id!, toestand: 'waiting' };
  }
}
