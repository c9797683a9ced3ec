import { ApiProperty } from '@nestjs/swagger';
import type { SysteemkoppelingCreate } from '@rmc/shared-api-types';
import { IsString, Length } from 'class-validator';

/** POST /api/v1/systeemkoppelingen */
export class SysteemkoppelingCreateDto implements SysteemkoppelingCreate {
  @ApiProperty({ example: 'Eduarte-koppeling' })
  @IsString()
  @Length(2, 80, { message: 'Geef de koppeling een naam (2 tot 80 tekens).' })
  naam!: string;
}
