import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiPagina, CurrentActor, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import { NazorgTakenQueryDto, NazorgUitkomstDto } from './nazorg.dto';
import { NazorgService } from './nazorg.service';
import { NazorgTaakAntwoordDto, NazorgUitkomstAntwoordDto } from './responses.dto';

@ApiTags('nazorg')
@Controller('v1')
export class NazorgController {
  constructor(private readonly nazorg: NazorgService) {}

  @Vereist('update', 'Casus')
  @Get('nazorg/taken')
  @ApiPagina(NazorgTaakAntwoordDto)
  taken(@Query() query: NazorgTakenQueryDto) {
    return this.nazorg.taken(query);
  }

  @Vereist('update', 'Casus')
  @Post('nazorg/taken/:id/uitkomst')
  @HttpCode(200)
  @ApiAntwoord(NazorgUitkomstAntwoordDto)
  uitkomst(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: NazorgUitkomstDto) {
    return this.nazorg.uitkomst(actor, id, dto);
  }
}
