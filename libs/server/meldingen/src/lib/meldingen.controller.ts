import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiLijst, ApiPagina, CurrentActor, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import type { ConsulentDto, ImportStatus, MeldingDto, MeldingLijst } from '@rmc/shared-api-types';
import { AanvullingAntwoordDto, AanvullingVraagDto, MeldingCreateDto, OordeelDto, TerugkoppelingDto, ToewijzingDto } from './dto';
import { ImportStartDto } from './import.dto';
import { MeldingenQueryDto } from './lijst.dto';
import { ImportService } from './import.service';
import { MeldingenService } from './meldingen.service';
import { ConsulentAntwoordDto, ImportStatusAntwoordDto, MeldingAntwoordDto } from './responses.dto';

@ApiTags('meldingen')
@Controller('v1/meldingen')
export class MeldingenController {
  constructor(
    private readonly meldingen: MeldingenService,
    private readonly imports: ImportService,
  ) {}

  @Vereist('read', 'Melding')
  @Get()
  @ApiPagina(MeldingAntwoordDto)
  lijst(@Query() query: MeldingenQueryDto): Promise<MeldingLijst> {
    return this.meldingen.lijst(query);
  }

  /** A list of the region's users (to assign to): read:Gebruiker, so a school answers 403, not an empty list. */
  @Vereist('read', 'Gebruiker')
  @Get('consulenten')
  @ApiLijst(ConsulentAntwoordDto)
  consulenten(): Promise<ConsulentDto[]> {
    return this.meldingen.consulenten();
  }

  @Vereist('create', 'Melding')
  @Post('import')
  @HttpCode(202)
  @ApiAntwoord(ImportStatusAntwoordDto, 202)
  importeer(@CurrentActor() actor: Actor, @Body() dto: ImportStartDto): Promise<ImportStatus> {
    return this.imports.start(actor, dto);
  }

  @Vereist('create', 'Melding')
  @Get('import/:id')
  @ApiAntwoord(ImportStatusAntwoordDto)
  importStatus(@Param('id', uuidPipe) id: string): Promise<ImportStatus> {
    return this.imports.status(id);
  }

  @Vereist('read', 'Melding')
  @Get(':id')
  @ApiAntwoord(MeldingAntwoordDto)
  een(@Param('id', uuidPipe) id: string): Promise<MeldingDto> {
    return this.meldingen.een(id);
  }

  @Vereist('create', 'Melding')
  @Post()
  @ApiAntwoord(MeldingAntwoordDto, 201)
  dienIn(@CurrentActor() actor: Actor, @Body() dto: MeldingCreateDto): Promise<MeldingDto> {
    return this.meldingen.dienIn(actor, dto);
  }

  @Vereist('update', 'Melding')
  @Post(':id/aanvulling-vragen')
  @HttpCode(200)
  @ApiAntwoord(MeldingAntwoordDto)
  vraag(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AanvullingVraagDto): Promise<MeldingDto> {
    return this.meldingen.vraagAanvulling(actor, id, dto);
  }

  @Vereist('update', 'Melding')
  @Post(':id/aanvulling')
  @HttpCode(200)
  @ApiAntwoord(MeldingAntwoordDto)
  antwoord(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: AanvullingAntwoordDto,
  ): Promise<MeldingDto> {
    return this.meldingen.beantwoord(actor, id, dto);
  }

  @Vereist('update', 'Melding')
  @Post(':id/toewijzing')
  @HttpCode(200)
  @ApiAntwoord(MeldingAntwoordDto)
  wijsToe(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ToewijzingDto): Promise<MeldingDto> {
    return this.meldingen.wijsToe(actor, id, dto.consulentId);
  }

  @Vereist('update', 'Melding')
  @Post(':id/oordeel')
  @HttpCode(200)
  @ApiAntwoord(MeldingAntwoordDto)
  oordeel(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: OordeelDto): Promise<MeldingDto> {
    return this.meldingen.beoordeel(actor, id, dto);
  }

  @Vereist('update', 'Melding')
  @Post(':id/terugkoppeling')
  @HttpCode(200)
  @ApiAntwoord(MeldingAntwoordDto)
  terugkoppeling(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: TerugkoppelingDto,
  ): Promise<MeldingDto> {
    return this.meldingen.koppelTerug(actor, id, dto);
  }
}
