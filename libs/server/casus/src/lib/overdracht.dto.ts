import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OverdrachtInput } from '@rmc/shared-api-types';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

/** POST /api/v1/casussen/:id/overdracht */
export class OverdrachtInputDto implements OverdrachtInput {
  @ApiProperty({ enum: ['regio', 'organisatie'] })
  @IsIn(['regio', 'organisatie'], { message: 'Kies overdracht aan een andere regio of aan een organisatie.' })
  soort!: 'regio' | 'organisatie';
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'Kies de ontvangende regio.' }) naarRegioId?: string;
  @ApiPropertyOptional({ description: 'Nieuwe postcode (verhuisd): moet in de ontvangende regio liggen' })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  nieuwePostcode?: string;
  @ApiPropertyOptional({ description: 'Leerplicht of Werk & Inkomen bij de leeftijdsgrens' })
  @IsOptional()
  @IsUUID('4', { message: 'Kies de ontvangende organisatie.' })
  naarOrganisatieId?: string;
  @ApiProperty()
  @IsString()
  @Length(10, 1000, { message: 'Leg de grondslag van de overdracht vast (minstens 10 tekens).' })
  grondslag!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) toelichting?: string;
}
