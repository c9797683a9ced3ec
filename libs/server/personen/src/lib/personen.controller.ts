import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiLijst, ApiPagina, CurrentActor, PaginaQueryDto, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import type { Paged, PersoonDto, TijdlijnItem } from '@rmc/shared-api-types';
import { PersoonCreateDto } from './dto';
import { PersonenService } from './personen.service';
import { PersoonAntwoordDto, TijdlijnItemDto } from './responses.dto';

@ApiTags('personen')
@Controller('v1/personen')
export class PersonenController {
  constructor(private readonly personen: PersonenService) {}

  @Vereist('read', 'Persoon')
  @Get()
  @ApiPagina(PersoonAntwoordDto)
  lijst(@Query() query: PaginaQueryDto): Promise<Paged<PersoonDto>> {
    return this.personen.lijst(query);
  }

  @Vereist('read', 'Persoon')
  @Get(':id')
  @ApiAntwoord(PersoonAntwoordDto)
  een(@Param('id', uuidPipe) id: string): Promise<PersoonDto> {
    return this.personen.een(id);
  }

  /** Newest first, across the person's cases and meldingen in the region (RMC roles: read:Persoon). */
  @Vereist('read', 'Persoon')
  @Get(':id/tijdlijn')
  @ApiLijst(TijdlijnItemDto)
  tijdlijn(@Param('id', uuidPipe) id: string): Promise<TijdlijnItem[]> {
    return this.personen.tijdlijn(id);
  }

  @Vereist('create', 'Persoon')
  @Post()
  @ApiAntwoord(PersoonAntwoordDto, 201)
  maak(@CurrentActor() actor: Actor, @Body() dto: PersoonCreateDto): Promise<PersoonDto> {
    return this.personen.maak(actor.regioId!, dto);
  }
}
