import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiSchema, ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, CurrentActor, Ingelogd, type Actor } from '@rmc/server-core';
import type { OverzichtResponse, OverzichtSleutel, OverzichtTelling } from '@rmc/shared-api-types';
import { OverzichtService } from './overzicht.service';

const SLEUTELS: OverzichtSleutel[] = [
  'triageNieuw',
  'triageTeLaat',
  'mijnActiesTeLaat',
  'zonderContact',
  'nazorgTeDoen',
  'overleggenDezeWeek',
  'overdrachtenWachtend',
  'openAanvullingen',
  'terugkoppelingen',
  'gedeeldMetActiviteit',
];

@ApiSchema({ name: 'OverzichtTelling' })
class OverzichtTellingDto implements OverzichtTelling {
  @ApiProperty({ enum: SLEUTELS }) sleutel!: OverzichtSleutel;
  @ApiProperty({ minimum: 0, maximum: 99 }) aantal!: number;
  @ApiProperty({ description: 'Meer dan 99 ("99+")' }) meer!: boolean;
  @ApiPropertyOptional({ description: 'De periode in dagen waarover geteld is' }) dagen?: number;
}

@ApiSchema({ name: 'Overzicht' })
export class OverzichtAntwoordDto implements OverzichtResponse {
  @ApiProperty({ type: [OverzichtTellingDto] }) tellingen!: OverzichtTellingDto[];
}

/** The start page's counts (issue 13 item 2): for every logged-in user, each count only where its list is open to them. */
@ApiTags('overzicht')
@Controller('v1/overzicht')
export class OverzichtController {
  constructor(private readonly overzicht: OverzichtService) {}

  @Ingelogd()
  @Get()
  @ApiOperation({ summary: 'Het werk van vandaag: tellingen per rol, elk met een lijst om naar door te klikken' })
  @ApiAntwoord(OverzichtAntwoordDto)
  lees(@CurrentActor() actor: Actor): Promise<OverzichtResponse> {
    return this.overzicht.overzicht(actor);
  }
}
