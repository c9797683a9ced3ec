import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiGeenInhoud, CurrentActor, uuidPipe, Vereist, type Actor } from '@rmc/server-core';
import type { JongereInzageDto, JongereOverzichtDto } from '@rmc/shared-api-types';
import { JongereAfspraakReactieBody, JongereBerichtBody } from './dto';
import { JongereService } from './jongere.service';
import { JongereInzageAntwoord, JongereOverzichtAntwoord } from './responses.dto';

/** The young person's own pages (/jongere): their dossier only. */
@ApiTags('jongere')
@Controller('v1/jongere')
export class JongereController {
  constructor(private readonly jongere: JongereService) {}

  @Get('overzicht')
  @Vereist('read', 'JongereDossier')
  @ApiAntwoord(JongereOverzichtAntwoord)
  overzicht(@CurrentActor() actor: Actor): Promise<JongereOverzichtDto> {
    return this.jongere.overzicht(actor);
  }

  @Get('inzage')
  @Vereist('read', 'JongereDossier')
  @ApiAntwoord(JongereInzageAntwoord)
  inzage(@CurrentActor() actor: Actor): Promise<JongereInzageDto> {
    return this.jongere.inzage(actor);
  }

  @Post('afspraken/:sleutel/reactie')
  @HttpCode(200)
  @Vereist('update', 'JongereDossier')
  @ApiAntwoord(JongereOverzichtAntwoord)
  reageer(
    @CurrentActor() actor: Actor,
    @Param('sleutel') sleutel: string,
    @Body() dto: JongereAfspraakReactieBody,
  ): Promise<JongereOverzichtDto> {
    return this.jongere.reageer(actor, sleutel.slice(0, 64), dto);
  }

  @Post('acties/:id/gedaan')
  @HttpCode(200)
  @Vereist('update', 'JongereDossier')
  @ApiAntwoord(JongereOverzichtAntwoord)
  actieGedaan(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<JongereOverzichtDto> {
    return this.jongere.actieGedaan(actor, id);
  }

  @Post('berichten')
  @HttpCode(204)
  @Vereist('update', 'JongereDossier')
  @ApiGeenInhoud()
  bericht(@CurrentActor() actor: Actor, @Body() dto: JongereBerichtBody): Promise<void> {
    return this.jongere.bericht(actor, dto.tekst);
  }

  @Post('toestemmingen/:id/intrekken')
  @HttpCode(200)
  @Vereist('update', 'JongereDossier')
  @ApiAntwoord(JongereInzageAntwoord)
  trekIn(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<JongereInzageDto> {
    return this.jongere.trekIn(actor, id);
  }
}
