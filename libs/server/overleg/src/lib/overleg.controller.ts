import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import {
  ApiAntwoord,
  ApiBestand,
  ApiPagina,
  CurrentActor,
  Db,
  dbContextOf,
  ExportDienst,
  SESSION_RESOLVER,
  sessieToken,
  type SessionResolver,
  Vereist,
  ZonderTransactie,
  uuidPipe,
  type Actor,
} from '@rmc/server-core';
import { amsterdamDatum } from '@rmc/shared-domain';
import { concatMap, filter, interval, map, merge } from 'rxjs';
import {
  AanwezigheidDto,
  AgendapuntDto,
  BesluitDto,
  MijnActiesQueryDto,
  NotitiesDto,
  OverlegActieDto,
  OverlegCreateDto,
  OverleggenQueryDto,
} from './dto';
import type { CasusDto, MijnActie, OverlegDto, OverlegSamenvatting, Paged, VerslagDto } from '@rmc/shared-api-types';
import { OverlegService } from './overleg.service';
import { MijnActieDto, OverlegAntwoordDto, OverlegSamenvattingDto, VerslagAntwoordDto } from './responses.dto';
import { VERSLAG_PDF, type VerslagVoorPdf } from './verslag-pdf';

@ApiTags('overleggen')
@Controller('v1')
export class OverlegController {
  constructor(
    private readonly overleg: OverlegService,
    private readonly db: Db,
    private readonly exports: ExportDienst,
    @Inject(SESSION_RESOLVER) private readonly sessies: SessionResolver,
  ) {}

  @Vereist('read', 'Overleg')
  @Get('overleggen')
  @ApiPagina(OverlegSamenvattingDto)
  lijst(@Query() query: OverleggenQueryDto): Promise<Paged<OverlegSamenvatting>> {
    return this.overleg.lijst(query);
  }

  @Vereist('create', 'Overleg')
  @Post('overleggen')
  @ApiAntwoord(OverlegAntwoordDto, 201)
  maak(@CurrentActor() actor: Actor, @Body() dto: OverlegCreateDto): Promise<OverlegDto> {
    return this.overleg.maak(actor, dto);
  }

  @Vereist('read', 'Overleg')
  @Get('overleggen/:id')
  @ApiAntwoord(OverlegAntwoordDto)
  een(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<OverlegDto> {
    return this.overleg.een(actor, id);
  }

  /**
   * Live updates for everyone in the meeting (server-sent events): a "bijgewerkt" signal without content,
   * after which each client refetches through its own slice. The visibility check runs first (a foreign
   * meeting answers 404 like any other route); the long-lived stream then runs outside any transaction.
   */
  @Vereist('read', 'Overleg')
  @ZonderTransactie()
  @ApiProduces('text/event-stream')
  @ApiBestand('text/event-stream', 'Server-sent events: `bijgewerkt` zonder inhoud, daarna opnieuw ophalen')
  @Get('overleggen/:id/stream')
  async stream(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const token = sessieToken(req);
    await this.db.inContext(dbContextOf(actor), () => this.overleg.een(actor, id));
    // The client may have gone during the check; its 'close' has then fired already.
    if (req.destroyed) return;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(': verbonden\n\n');
    const sub = merge(
      this.overleg.wijzigingen.pipe(
        filter((w) => w === id),
        map(() => `event: bijgewerkt\ndata: {"overlegId":"${id}"}\n\n`),
      ),
      // Every ping also re-checks the session: a logged-out, revoked or timed-out session ends the stream
      // (the stream itself is no activity, so it does not keep an unattended session alive).
      interval(Number(process.env['SSE_PING_MS']) || 25_000).pipe(
        concatMap(async () => ((await this.sessieGeldig(token, actor.sessieId)) ? ': ping\n\n' : null)),
      ),
    ).subscribe((regel) => {
      if (regel !== null) res.write(regel);
      else {
        sub.unsubscribe();
        res.end();
      }
    });
    req.on('close', () => sub.unsubscribe());
  }

  /**
   * The stream's session re-check is the request's own identity check (`SessionResolver.resolve`: token →
   * session → membership in one statement, the same lifetime rule), without counting as activity. The
   * stream ends when the token no longer resolves to this session.
   */
  private async sessieGeldig(token: string | null, sessieId: string | null): Promise<boolean> {
    if (!token) return false;
    const actor = await this.sessies
      .resolve(token, { activiteit: false })
      // A database hiccup does not cut the stream; the next ping checks again.
      .catch(() => undefined);
    if (actor === undefined) return true;
    return actor !== null && actor.sessieId === sessieId;
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/agendapunten')
  @ApiAntwoord(OverlegAntwoordDto, 201)
  agendapunt(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AgendapuntDto): Promise<OverlegDto> {
    return this.overleg.agendapunt(actor, id, dto);
  }

  @Vereist('read', 'Overleg')
  @Get('overleggen/:id/agendapunten/:puntId/casus')
  @ApiOkResponse({ description: 'De casus zoals deze deelnemer hem mag zien', schema: { $ref: getSchemaPath('Casus') } })
  casus(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('puntId', uuidPipe) puntId: string,
  ): Promise<CasusDto> {
    return this.overleg.casusVanPunt(actor, id, puntId);
  }

  @Vereist('update', 'Overleg')
  @Put('overleggen/:id/agendapunten/:puntId/notities')
  @ApiAntwoord(OverlegAntwoordDto)
  notities(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('puntId', uuidPipe) puntId: string,
    @Body() dto: NotitiesDto,
  ): Promise<OverlegDto> {
    return this.overleg.notities(actor, id, puntId, dto.notities);
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/agendapunten/:puntId/besluiten')
  @ApiAntwoord(OverlegAntwoordDto, 201)
  besluit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('puntId', uuidPipe) puntId: string,
    @Body() dto: BesluitDto,
  ): Promise<OverlegDto> {
    return this.overleg.besluit(actor, id, puntId, dto.tekst);
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/agendapunten/:puntId/acties')
  @ApiAntwoord(OverlegAntwoordDto, 201)
  actie(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('puntId', uuidPipe) puntId: string,
    @Body() dto: OverlegActieDto,
  ): Promise<OverlegDto> {
    return this.overleg.actie(actor, id, puntId, dto);
  }

  @Vereist('update', 'Overleg')
  @Put('overleggen/:id/aanwezigheid')
  @ApiAntwoord(OverlegAntwoordDto)
  aanwezigheid(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AanwezigheidDto,
  ): Promise<OverlegDto> {
    return this.overleg.aanwezigheid(actor, id, dto.aanwezig);
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/vaststellen')
  @HttpCode(200)
  @ApiAntwoord(OverlegAntwoordDto)
  vaststellen(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<OverlegDto> {
    return this.overleg.stelVast(actor, id);
  }

  @Vereist('read', 'Overleg')
  @Get('overleggen/:id/verslag')
  @ApiAntwoord(VerslagAntwoordDto)
  verslag(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<VerslagDto> {
    return this.overleg.verslag(actor, id);
  }

  /**
   * The same verslag, cut to the reader's slice, as a PDF (audited as an export like the JSON). Limited
   * per user and region; read in a short transaction, rendered in a worker thread after the commit.
   */
  @Vereist('read', 'Overleg')
  @ZonderTransactie()
  @Get('overleggen/:id/verslag/pdf')
  @ApiProduces('application/pdf')
  @ApiBestand('application/pdf', 'Het verslag als pdf')
  async verslagPdf(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const pdf = await this.exports.pdf(
      actor,
      VERSLAG_PDF,
      async () => (await this.overleg.verslag(actor, id)) as unknown as VerslagVoorPdf,
    );
    res.setHeader('Content-Type', 'application/pdf');
    // No title in the file name: a meeting's title may name a young person.
    res.setHeader('Content-Disposition', `attachment; filename="verslag-${amsterdamDatum(new Date())}.pdf"`);
    return new StreamableFile(pdf);
  }

  /**
   * The owner's dashboard: own open actions by deadline (overdue first), paged. Only for roles that
   * work on cases (read:Casus: RMC roles and partners, as the portal's menu); any other role gets
   * 403, not an empty list.
   */
  @Vereist('read', 'Casus')
  @Get('acties/mijn')
  @ApiPagina(MijnActieDto)
  mijnActies(@CurrentActor() actor: Actor, @Query() query: MijnActiesQueryDto): Promise<Paged<MijnActie>> {
    return this.overleg.mijnActies(actor, query);
  }
}
