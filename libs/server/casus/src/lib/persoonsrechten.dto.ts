import { ApiProperty } from '@nestjs/swagger';
import type { WisVerzoek } from '@rmc/shared-api-types';
import { IsString, Length } from 'class-validator';

/** POST /api/v1/personen/:id/wissen */
export class WisVerzoekDto implements WisVerzoek {
  @ApiProperty()
  @IsString()
  @Length(10, 1000, { message: 'Leg vast op welk verzoek en welke grond u wist (minstens 10 tekens).' })
  reden!: string;
}
