import { IsDatum } from '@rmc/server-core';
import type { PersoonCreate } from '@rmc/shared-api-types';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class PersoonCreateDto implements PersoonCreate {
  @ApiProperty({ example: '999990019' }) @Matches(/^\d{9}$/, { message: 'Een BSN bestaat uit 9 cijfers.' }) bsn!: string;
  @ApiProperty() @IsString() @Length(1, 80, { message: 'Vul de voornaam in.' }) voornaam!: string;
  @ApiProperty() @IsString() @Length(1, 120, { message: 'Vul de achternaam in.' }) achternaam!: string;
  @ApiProperty({ example: '2006-05-17' }) @IsDatum({ message: 'Vul een datum in (jjjj-mm-dd).' }) geboortedatum!: string;
  @ApiProperty({ example: '8011 AB' }) @IsString() @MaxLength(8) postcode!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9 +()-]{8,20}$/, { message: 'Vul een geldig telefoonnummer in.' })
  telefoon?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' }) email?: string;
}
