import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginaQueryDto } from '@rmc/server-core';
import {
  NAZORG_TAAK_STATUSSEN,
  NAZORG_UITKOMSTEN,
  type NazorgTaakStatus,
  type NazorgTakenFilter,
  type NazorgUitkomst,
  type NazorgUitkomstInput,
} from '@rmc/shared-api-types';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export { NAZORG_UITKOMSTEN };

/** POST /api/v1/nazorg/taken/:id/uitkomst */
export class NazorgUitkomstDto implements NazorgUitkomstInput {
  @ApiProperty({ enum: NAZORG_UITKOMSTEN })
  @IsIn(NAZORG_UITKOMSTEN as unknown as string[], { message: 'Kies waar de jongere nu is.' })
  uitkomst!: NazorgUitkomst;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(2000) toelichting?: string;
}

/** GET /api/v1/nazorg/taken: open or finished tasks (the first column of the list's key and index). */
export class NazorgTakenQueryDto extends PaginaQueryDto implements NazorgTakenFilter {
  @ApiPropertyOptional({ enum: NAZORG_TAAK_STATUSSEN, description: 'Alleen open of alleen afgeronde taken' })
  @IsOptional()
  @IsIn(NAZORG_TAAK_STATUSSEN as unknown as string[], { message: 'Kies open of afgerond.' })
  status?: NazorgTaakStatus;
}
