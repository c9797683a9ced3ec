import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiPagina, CurrentActor, PaginaQueryDto, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import type { OrganisatieDto, Paged, RegioDto } from '@rmc/shared-api-types';
import { OrganisatieCreateDto, OrganisatieUpdateDto, RegioInstellingenDto } from './dto';
import { OrganisatiesService } from './organisaties.service';
import { OrganisatieAntwoordDto, RegioAntwoordDto } from './responses.dto';

@ApiTags('regio')
@Controller('v1')
export class OrganisatiesController {
  constructor(private readonly service: OrganisatiesService) {}

  @Vereist('read', 'Regio')
  @Get('regio')
  @ApiAntwoord(RegioAntwoordDto)
  regio(@CurrentActor() actor: Actor): Promise<RegioDto> {
    return this.service.regio(actor.regioId!);
  }

  @Vereist('update', 'Regio')
  @Patch('regio/instellingen')
  @ApiAntwoord(RegioAntwoordDto)
  instellingen(@CurrentActor() actor: Actor, @Body() dto: RegioInstellingenDto): Promise<RegioDto> {
    return this.service.wijzigInstellingen(actor.regioId!, dto);
  }

  @Vereist('read', 'Organisatie')
  @Get('organisaties')
  @ApiPagina(OrganisatieAntwoordDto)
  lijst(@Query() query: PaginaQueryDto): Promise<Paged<OrganisatieDto>> {
    return this.service.lijst(query);
  }

  @Vereist('read', 'Organisatie')
  @Get('organisaties/:id')
  @ApiAntwoord(OrganisatieAntwoordDto)
  een(@Param('id', uuidPipe) id: string): Promise<OrganisatieDto> {
    return this.service.een(id);
  }

  @Vereist('create', 'Organisatie')
  @Post('organisaties')
  @ApiAntwoord(OrganisatieAntwoordDto, 201)
  maak(@CurrentActor() actor: Actor, @Body() dto: OrganisatieCreateDto): Promise<OrganisatieDto> {
    return this.service.maak(actor.regioId!, dto);
  }

  @Vereist('update', 'Organisatie')
  @Patch('organisaties/:id')
  @ApiAntwoord(OrganisatieAntwoordDto)
  wijzig(@Param('id', uuidPipe) id: string, @Body() dto: OrganisatieUpdateDto): Promise<OrganisatieDto> {
    return this.service.wijzig(id, dto);
  }
}
