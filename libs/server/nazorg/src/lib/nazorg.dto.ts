import { ApiProperty } from '@nestjs/swagger';
import { NAZORG_UITKOMSTEN, type NazorgUitkomst, type NazorgUitkomstInput } from '@rmc/shared-api-types';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export { NAZORG_UITKOMSTEN };

/** POST /api/v1/nazorg/taken/:id/uitkomst */
export class NazorgUitkomstDto implements NazorgUitkomstInput {
  @ApiProperty({ enum: NAZORG_UITKOMSTEN })
  @IsIn(NAZORG_UITKOMSTEN as unknown as string[], { message: 'Kies waar de jongere nu is.' })
  uitkomst!: NazorgUitkomst;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(2000) toelichting?: string;
}
