import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { GebruikerUpdate, UitnodigingCreate } from '@rmc/shared-api-types';
import { ROLLEN, type Rol } from '@rmc/shared-domain';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class UitnodigingDto implements UitnodigingCreate {
  @ApiProperty() @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' }) @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @Length(2, 120, { message: 'Vul een naam in van 2 tot 120 tekens.' }) naam!: string;
  @ApiProperty({ enum: ROLLEN }) @IsIn(ROLLEN as unknown as string[], { message: 'Kies een bestaande rol.' }) rol!: Rol;
  @ApiProperty() @IsUUID('4', { message: 'Kies een organisatie.' }) organisatieId!: string;
}

export class GebruikerUpdateDto implements GebruikerUpdate {
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Kies actief of inactief.' }) actief?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(2, 120, { message: 'Vul een naam in van 2 tot 120 tekens.' })
  naam?: string;
}
