import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiPagina, CurrentActor, PaginaQueryDto, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import type { GebruikerDto, Paged } from '@rmc/shared-api-types';
import { GebruikerUpdateDto, UitnodigingDto } from './gebruikers.dto';
import { GebruikersService } from './gebruikers.service';
import { GebruikerAntwoordDto } from './responses.dto';

@ApiTags('gebruikers')
@Controller('v1/gebruikers')
export class GebruikersController {
  constructor(private readonly gebruikers: GebruikersService) {}

  @Vereist('read', 'Gebruiker')
  @Get()
  @ApiPagina(GebruikerAntwoordDto)
  lijst(@Query() query: PaginaQueryDto): Promise<Paged<GebruikerDto>> {
    return this.gebruikers.lijst(query);
  }

  @Vereist('read', 'Gebruiker')
  @Get(':id')
  @ApiAntwoord(GebruikerAntwoordDto)
  een(@Param('id', uuidPipe) id: string): Promise<GebruikerDto> {
    return this.gebruikers.een(id);
  }

  @Vereist('invite', 'Gebruiker')
  @Post('uitnodigingen')
  @ApiAntwoord(GebruikerAntwoordDto, 201)
  nodigUit(@CurrentActor() actor: Actor, @Body() dto: UitnodigingDto): Promise<GebruikerDto> {
    return this.gebruikers.nodigUit(actor.regioId!, dto);
  }

  @Vereist('update', 'Gebruiker')
  @Patch(':id')
  @ApiAntwoord(GebruikerAntwoordDto)
  wijzig(@Param('id', uuidPipe) id: string, @Body() dto: GebruikerUpdateDto): Promise<GebruikerDto> {
    return this.gebruikers.wijzig(id, dto);
  }
}
