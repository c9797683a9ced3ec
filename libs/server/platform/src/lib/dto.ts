import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PlatformCoordinatorUitnodiging, PlatformRegioCreate, PlatformRegioUpdate } from '@rmc/shared-api-types';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

export class PlatformRegioCreateDto implements PlatformRegioCreate {
  @ApiProperty() @IsString() @Length(2, 120, { message: 'Vul een naam in van 2 tot 120 tekens.' }) naam!: string;
  @ApiProperty() @Matches(/^GM\d{4}$/, { message: 'Kies de contactgemeente (code GMxxxx).' }) contactgemeenteCode!: string;
  @ApiProperty({ type: [String] })
  @IsArray({ message: 'Geef de gemeenten van de regio.' })
  @ArrayMinSize(1, { message: 'Een regio heeft minstens één gemeente.' })
  @ArrayMaxSize(60)
  @Matches(/^GM\d{4}$/, { each: true, message: 'Gebruik gemeentecodes (GMxxxx).' })
  gemeenteCodes!: string[];
}

export class PlatformRegioUpdateDto implements PlatformRegioUpdate {
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Kies actief of inactief.' }) actief?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(2, 120, { message: 'Vul een naam in van 2 tot 120 tekens.' })
  naam?: string;
}

export class CoordinatorUitnodigingDto implements PlatformCoordinatorUitnodiging {
  @ApiProperty() @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' }) @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @Length(2, 120, { message: 'Vul een naam in van 2 tot 120 tekens.' }) naam!: string;
}
