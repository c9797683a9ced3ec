import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiGeenInhoud,
  ApiPagina,
  CurrentActor,
  Ingelogd,
  NietGevonden,
  PaginaQueryDto,
  uuidPipe,
  type Actor,
} from '@rmc/server-core';
import type { NotificatieLijst } from '@rmc/shared-api-types';
import { NotificatieService } from './notificatie.service';
import { NotificatieAntwoordDto } from './responses.dto';

/** Own notifications only (RLS: gebruiker_id = the session's user). */
@ApiTags('notificaties')
@Controller('v1/notificaties')
export class NotificatiesController {
  constructor(private readonly notificaties: NotificatieService) {}

  @Ingelogd()
  @Get()
  @ApiPagina(NotificatieAntwoordDto, { ongelezen: { type: 'integer', description: 'Alle ongelezen berichten' } })
  lijst(@CurrentActor() actor: Actor, @Query() query: PaginaQueryDto): Promise<NotificatieLijst> {
    return this.notificaties.lijst(actor.gebruikerId, query);
  }

  @Ingelogd()
  @Post(':id/gelezen')
  @HttpCode(204)
  @ApiGeenInhoud()
  async gelezen(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<void> {
    if (!(await this.notificaties.gelezen(actor.gebruikerId, id))) throw NietGevonden('Dit bericht');
  }
}
