import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, ApiGeenInhoud, ApiLijst, CurrentActor, Vereist, uuidPipe, type Actor } from '@rmc/server-core';
import type { NieuweSysteemkoppeling } from '@rmc/shared-api-types';
import { NieuweSysteemkoppelingDto, SysteemkoppelingAntwoordDto } from './responses.dto';
import { SysteemkoppelingCreateDto } from './systeemkoppelingen.dto';
import { SysteemkoppelingenService, type SysteemkoppelingDto } from './systeemkoppelingen.service';

@ApiTags('systeemkoppelingen')
@Controller('v1/systeemkoppelingen')
export class SysteemkoppelingenController {
  constructor(private readonly koppelingen: SysteemkoppelingenService) {}

  @Vereist('read', 'Systeemkoppeling')
  @Get()
  @ApiLijst(SysteemkoppelingAntwoordDto)
  lijst(): Promise<SysteemkoppelingDto[]> {
    return this.koppelingen.lijst();
  }

  /** The token is in this answer only; store it in the school system. */
  @Vereist('create', 'Systeemkoppeling')
  @Post()
  @ApiAntwoord(NieuweSysteemkoppelingDto, 201)
  maak(@CurrentActor() actor: Actor, @Body() body: SysteemkoppelingCreateDto): Promise<NieuweSysteemkoppeling> {
    return this.koppelingen.maak(actor, body.naam);
  }

  @Vereist('delete', 'Systeemkoppeling')
  @Delete(':id')
  @HttpCode(204)
  @ApiGeenInhoud()
  trekIn(@Param('id', uuidPipe) id: string): Promise<void> {
    return this.koppelingen.trekIn(id);
  }
}
