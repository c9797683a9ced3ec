import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiPagina, CurrentActor, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import {
  ActieDto,
  ActieStatusDto,
  Big5Dto,
  CasusCreateDto,
  CasussenQueryDto,
  ContactDto,
  DelingDto,
  FaseDto,
  IntakeDto,
  NotitieDto,
  PlanDto,
  RegieDto,
  ScanDto,
  SignaleringDto,
  ToewijzingDto,
} from './dto';
import type { CasusDto, CasusLijstItem, Paged } from '@rmc/shared-api-types';
import { CasusService } from './casus.service';
import { CasusAntwoordDto, CasusLijstItemDto } from './responses.dto';

@ApiTags('casussen')
@Controller('v1/casussen')
export class CasusController {
  constructor(private readonly casus: CasusService) {}

  @Vereist('read', 'Casus')
  @Get()
  @ApiPagina(CasusLijstItemDto)
  lijst(@CurrentActor() actor: Actor, @Query() filters: CasussenQueryDto): Promise<Paged<CasusLijstItem>> {
    return this.casus.lijst(actor, filters);
  }

  @Vereist('create', 'Casus')
  @Post()
  @ApiAntwoord(CasusAntwoordDto, 201)
  maak(@CurrentActor() actor: Actor, @Body() dto: CasusCreateDto): Promise<CasusDto> {
    return this.casus.maak(actor, dto);
  }

  @Vereist('read', 'Casus')
  @Get(':id')
  @ApiAntwoord(CasusAntwoordDto)
  een(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<CasusDto> {
    return this.casus.een(actor, id);
  }

  @Vereist('update', 'Casus')
  @Post(':id/fase')
  @HttpCode(200)
  @ApiAntwoord(CasusAntwoordDto)
  fase(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: FaseDto): Promise<CasusDto> {
    return this.casus.fase(actor, id, dto);
  }

  @Vereist('update', 'Casus')
  @Put(':id/signalering')
  @ApiAntwoord(CasusAntwoordDto)
  signalering(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: SignaleringDto): Promise<CasusDto> {
    return this.casus.signalering(actor, id, dto);
  }

  @Vereist('update', 'Casus')
  @Put(':id/intake')
  @ApiAntwoord(CasusAntwoordDto)
  intake(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: IntakeDto): Promise<CasusDto> {
    return this.casus.intake(actor, id, dto);
  }

  @Vereist('update', 'Casus')
  @Put(':id/big5')
  @ApiAntwoord(CasusAntwoordDto)
  big5(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: Big5Dto): Promise<CasusDto> {
    return this.casus.big5(actor, id, dto);
  }

  @Vereist('update', 'Casus')
  @Put(':id/plan')
  @ApiAntwoord(CasusAntwoordDto)
  plan(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: PlanDto): Promise<CasusDto> {
    return this.casus.plan(actor, id, dto);
  }

  @Vereist('update', 'Casus')
  @Post(':id/scans')
  @ApiAntwoord(CasusAntwoordDto, 201)
  scan(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ScanDto): Promise<CasusDto> {
    return this.casus.scan(actor, id, dto);
  }

  @Vereist('update', 'Casus')
  @Post(':id/acties')
  @ApiAntwoord(CasusAntwoordDto, 201)
  actie(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ActieDto): Promise<CasusDto> {
    return this.casus.actie(actor, id, dto);
  }

  @Vereist('update', 'PlanActie')
  @Post(':id/acties/:actieId/status')
  @HttpCode(200)
  @ApiAntwoord(CasusAntwoordDto)
  actieStatus(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('actieId', uuidPipe) actieId: string,
    @Body() dto: ActieStatusDto,
  ): Promise<CasusDto> {
    return this.casus.actieStatus(actor, id, actieId, dto);
  }

  @Vereist('update', 'Casus')
  @Put(':id/regie')
  @ApiAntwoord(CasusAntwoordDto)
  regie(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: RegieDto): Promise<CasusDto> {
    return this.casus.regie(actor, id, dto);
  }

  /** Coördinator only (checked in the service): another consulent, and optionally a corrected doelgroep. */
  @Vereist('update', 'Casus')
  @Put(':id/toewijzing')
  @ApiAntwoord(CasusAntwoordDto)
  wijsToe(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ToewijzingDto): Promise<CasusDto> {
    return this.casus.wijsToe(actor, id, dto);
  }

  @Vereist('update', 'Casus')
  @Post(':id/contacten')
  @ApiAntwoord(CasusAntwoordDto, 201)
  contact(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ContactDto): Promise<CasusDto> {
    return this.casus.contact(actor, id, dto);
  }

  @Vereist('share', 'Casus')
  @Post(':id/delingen')
  @ApiAntwoord(CasusAntwoordDto, 201)
  deel(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: DelingDto): Promise<CasusDto> {
    return this.casus.deel(actor, id, dto);
  }

  @Vereist('share', 'Casus')
  @Post(':id/delingen/:delingId/intrekken')
  @HttpCode(200)
  @ApiAntwoord(CasusAntwoordDto)
  trekIn(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('delingId', uuidPipe) delingId: string,
  ): Promise<CasusDto> {
    return this.casus.trekDelingIn(actor, id, delingId);
  }

  @Vereist('create', 'Notitie')
  @Post(':id/notities')
  @ApiAntwoord(CasusAntwoordDto, 201)
  notitie(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: NotitieDto): Promise<CasusDto> {
    return this.casus.notitie(actor, id, dto.tekst);
  }
}
