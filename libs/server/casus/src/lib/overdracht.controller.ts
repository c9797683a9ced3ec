import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiPagina, CurrentActor, PaginaQueryDto, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import { OverdrachtInputDto } from './overdracht.dto';
import { OverdrachtService } from './overdracht.service';
import { AcceptatieResultaatDto, OntvangstResultaatDto, OverdrachtAntwoordDto, OverdrachtResultaatDto } from './responses.dto';

@ApiTags('casussen')
@Controller('v1')
export class OverdrachtController {
  constructor(private readonly overdracht: OverdrachtService) {}

  @Vereist('share', 'Casus')
  @Post('casussen/:id/overdracht')
  @HttpCode(200)
  @ApiAntwoord(OverdrachtResultaatDto)
  draagOver(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: OverdrachtInputDto) {
    return this.overdracht.draagOver(actor, id, dto);
  }

  @Vereist('read', 'Casus')
  @Get('overdrachten')
  @ApiPagina(OverdrachtAntwoordDto)
  lijst(@CurrentActor() actor: Actor, @Query() query: PaginaQueryDto) {
    return this.overdracht.lijst(actor, query);
  }

  @Vereist('create', 'Casus')
  @Post('overdrachten/:id/accepteren')
  @HttpCode(200)
  @ApiAntwoord(AcceptatieResultaatDto)
  accepteer(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.overdracht.accepteer(actor, id);
  }

  @Vereist('read', 'Casus')
  @Post('overdrachten/:id/ontvangen')
  @HttpCode(200)
  @ApiAntwoord(OntvangstResultaatDto)
  bevestigOntvangst(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string) {
    return this.overdracht.bevestigOntvangst(actor, id);
  }
}
