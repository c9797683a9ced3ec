import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ApiAntwoord,
  ApiBestand,
  ApiLijst,
  CurrentActor,
  ExportDienst,
  Vereist,
  ZonderTransactie,
  uuidPipe,
  type Actor,
} from '@rmc/server-core';
import type { VerzuimagendaDto, VerzuimagendaSamenvatting, VerzuimagendaVerschillen } from '@rmc/shared-api-types';
import type { Response } from 'express';
import { AGENDA_PDF, agendaBestandsnaam } from './agenda-pdf';
import { AgendaLijstQueryDto, VerzuimagendaCreateDto, VerzuimagendaInhoudDto } from './dto';
import { VerzuimagendaAntwoordDto, VerzuimagendaSamenvattingDto, VerzuimagendaVerschillenDto } from './responses.dto';
import { VerzuimagendaService } from './verzuimagenda.service';

@ApiTags('verzuimagenda')
@Controller('v1/verzuimagendas')
export class VerzuimagendaController {
  constructor(
    private readonly agendas: VerzuimagendaService,
    private readonly exports: ExportDienst,
  ) {}

  @Vereist('read', 'Verzuimagenda')
  @Get()
  @ApiLijst(VerzuimagendaSamenvattingDto)
  lijst(@Query() q: AgendaLijstQueryDto): Promise<VerzuimagendaSamenvatting[]> {
    return this.agendas.lijst(q);
  }

  @Vereist('create', 'Verzuimagenda')
  @Post()
  @ApiAntwoord(VerzuimagendaAntwoordDto, 201)
  maak(@CurrentActor() actor: Actor, @Body() dto: VerzuimagendaCreateDto): Promise<VerzuimagendaDto> {
    return this.agendas.maak(actor, dto);
  }

  @Vereist('read', 'Verzuimagenda')
  @Get(':id')
  @ApiAntwoord(VerzuimagendaAntwoordDto)
  een(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<VerzuimagendaDto> {
    return this.agendas.een(actor, id);
  }

  @Vereist('update', 'Verzuimagenda')
  @Put(':id/inhoud')
  @ApiAntwoord(VerzuimagendaAntwoordDto)
  wijzig(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: VerzuimagendaInhoudDto,
  ): Promise<VerzuimagendaDto> {
    return this.agendas.wijzigInhoud(actor, id, dto);
  }

  @Vereist('update', 'Verzuimagenda')
  @Post(':id/indienen')
  @HttpCode(200)
  @ApiAntwoord(VerzuimagendaAntwoordDto)
  indienen(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<VerzuimagendaDto> {
    return this.agendas.indienen(actor, id);
  }

  @Vereist('approve', 'Verzuimagenda')
  @Post(':id/goedkeuren')
  @HttpCode(200)
  @ApiAntwoord(VerzuimagendaAntwoordDto)
  goedkeuren(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<VerzuimagendaDto> {
    return this.agendas.goedkeuren(actor, id);
  }

  @Vereist('read', 'Verzuimagenda')
  @Get(':id/verschillen')
  @ApiAntwoord(VerzuimagendaVerschillenDto)
  verschillen(@Param('id', uuidPipe) id: string): Promise<VerzuimagendaVerschillen> {
    return this.agendas.verschillen(id);
  }

  /** Limited per user and region; read and audited in a short transaction, rendered in a worker thread after the commit. */
  @Vereist('read', 'Verzuimagenda')
  @ZonderTransactie()
  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  @ApiBestand('application/pdf', 'De agenda als pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    let agenda: VerzuimagendaDto | undefined;
    const pdf = await this.exports.pdf(actor, AGENDA_PDF, async () => (agenda = await this.agendas.voorExport(actor, id)));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${agendaBestandsnaam(agenda!)}"`);
    return new StreamableFile(pdf);
  }
}
