import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiPagina, CurrentActor, Ingelogd, PaginaQueryDto, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import { MailVoorkeurDto, NazorgUitkomstDto } from './nazorg.dto';
import { NazorgService } from './nazorg.service';
import { NazorgTaakAntwoordDto, NazorgUitkomstAntwoordDto, VoorkeurenAntwoordDto } from './responses.dto';

@ApiTags('nazorg')
@Controller('v1')
export class NazorgController {
  constructor(private readonly nazorg: NazorgService) {}

  @Vereist('update', 'Casus')
  @Get('nazorg/taken')
  @ApiPagina(NazorgTaakAntwoordDto)
  taken(@Query() query: PaginaQueryDto) {
    return this.nazorg.taken(query);
  }

  @Vereist('update', 'Casus')
  @Post('nazorg/taken/:id/uitkomst')
  @HttpCode(200)
  @ApiAntwoord(NazorgUitkomstAntwoordDto)
  uitkomst(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: NazorgUitkomstDto) {
    return this.nazorg.uitkomst(actor, id, dto);
  }

  /** Immediate mails or one daily digest (Dutch, without personal data). */
  @Ingelogd()
  @Patch('auth/voorkeuren')
  @ApiAntwoord(VoorkeurenAntwoordDto)
  voorkeur(@CurrentActor() actor: Actor, @Body() dto: MailVoorkeurDto) {
    return this.nazorg.voorkeur(actor, dto.mailVoorkeur);
  }
}
