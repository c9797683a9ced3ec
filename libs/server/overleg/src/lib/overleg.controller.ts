import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Db, dbContextOf, Ingelogd, Vereist, ZonderTransactie, uuidPipe, type Actor } from '@rmc/server-core';
import { filter, interval, map, merge } from 'rxjs';
import { AanwezigheidDto, AgendapuntDto, BesluitDto, NotitiesDto, OverlegActieDto, OverlegCreateDto } from './dto';
import { OverlegService } from './overleg.service';

@ApiTags('overleggen')
@Controller('v1')
export class OverlegController {
  constructor(
    private readonly overleg: OverlegService,
    private readonly db: Db,
  ) {}

  @Vereist('read', 'Overleg')
  @Get('overleggen')
  lijst() {
    return this.overleg.lijst();
  }

  @Vereist('create', 'Overleg')
  @Post('overleggen')
  maak(@CurrentActor() actor: Actor, @Body() dto: OverlegCreateDto) {
    return this.overleg.maak(actor, dto);
  }

  @Vereist('read', 'Overleg')
  @Get('overleggen/:id')
  een(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
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
  @Get('overleggen/:id/stream')
  async stream(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.db.inContext(dbContextOf(actor), () => this.overleg.een(actor, id));
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.write(': verbonden\n\n');
    const sub = merge(
      this.overleg.wijzigingen.pipe(filter((w) => w === id), map(() => `event: bijgewerkt\ndata: {"overlegId":"${id}"}\n\n`)),
      interval(25_000).pipe(map(() => ': ping\n\n')),
    ).subscribe((regel) => res.write(regel));
    req.on('close', () => sub.unsubscribe());
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/agendapunten')
  agendapunt(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AgendapuntDto) {
    return this.overleg.agendapunt(actor, id, dto);
  }

  @Vereist('read', 'Overleg')
  @Get('overleggen/:id/agendapunten/:puntId/casus')
  casus(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('puntId', uuidPipe) puntId: string) {
    return this.overleg.casusVanPunt(actor, id, puntId);
  }

  @Vereist('update', 'Overleg')
  @Put('overleggen/:id/agendapunten/:puntId/notities')
  notities(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('puntId', uuidPipe) puntId: string, @Body() dto: NotitiesDto) {
    return this.overleg.notities(actor, id, puntId, dto.notities);
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/agendapunten/:puntId/besluiten')
  besluit(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('puntId', uuidPipe) puntId: string, @Body() dto: BesluitDto) {
    return this.overleg.besluit(actor, id, puntId, dto.tekst);
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/agendapunten/:puntId/acties')
  actie(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('puntId', uuidPipe) puntId: string, @Body() dto: OverlegActieDto) {
    return this.overleg.actie(actor, id, puntId, dto);
  }

  @Vereist('update', 'Overleg')
  @Put('overleggen/:id/aanwezigheid')
  aanwezigheid(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AanwezigheidDto) {
    return this.overleg.aanwezigheid(actor, id, dto.aanwezig);
  }

  @Vereist('update', 'Overleg')
  @Post('overleggen/:id/vaststellen')
  @HttpCode(200)
  vaststellen(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.overleg.stelVast(actor, id);
  }

  @Vereist('read', 'Overleg')
  @Get('overleggen/:id/verslag')
  verslag(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.overleg.verslag(actor, id);
  }

  /** The owner's dashboard: own open actions, overdue first. */
  @Ingelogd()
  @Get('acties/mijn')
  mijnActies(@CurrentActor() actor: Actor) {
    return this.overleg.mijnActies(actor);
  }
}
