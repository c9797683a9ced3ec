import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OrganisatieCreate, OrganisatieUpdate, RegioInstellingenUpdate } from '@rmc/shared-api-types';
import { ORGANISATIE_SOORTEN, type OrganisatieSoort } from '@rmc/shared-domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class OrganisatieCreateDto implements OrganisatieCreate {
  @ApiProperty() @IsString() @Length(2, 160, { message: 'Vul een naam in van 2 tot 160 tekens.' }) naam!: string;
  @ApiProperty({ enum: ORGANISATIE_SOORTEN })
  @IsIn(ORGANISATIE_SOORTEN as unknown as string[], { message: 'Kies een soort organisatie.' })
  soort!: OrganisatieSoort;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^GM\d{4}$/, { message: 'Kies een gemeente (code GMxxxx).' })
  gemeenteCode?: string;
}

export class OrganisatieUpdateDto implements OrganisatieUpdate {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(2, 160, { message: 'Vul een naam in van 2 tot 160 tekens.' })
  naam?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Kies actief of inactief.' }) actief?: boolean;
}

export class RegioInstellingenDto implements RegioInstellingenUpdate {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal jaren in.' })
  @Min(0, { message: 'Kies 0 tot en met 10 jaar.' })
  @Max(10, { message: 'Kies 0 tot en met 10 jaar.' })
  bewaartermijnJaren?: number;
  @ApiPropertyOptional({ enum: [23, 27] })
  @IsOptional()
  @IsIn([23, 27], { message: 'De maximumleeftijd is 23 of 27 jaar.' })
  maxLeeftijd?: 23 | 27;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal maanden in.' })
  @Min(0, { message: 'Nazorg duurt 0 tot en met 36 maanden.' })
  @Max(36, { message: 'Nazorg duurt 0 tot en met 36 maanden.' })
  nazorgMaanden?: number;
  @ApiPropertyOptional({ enum: ['noord', 'midden', 'zuid'] })
  @IsOptional()
  @IsIn(['noord', 'midden', 'zuid'], { message: 'Kies noord, midden of zuid.' })
  vakantieregio?: 'noord' | 'midden' | 'zuid';
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Kies ja of nee.' }) totpVerplicht?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal minuten in.' })
  @Min(5, { message: 'Kies 5 tot en met 240 minuten.' })
  @Max(240, { message: 'Kies 5 tot en met 240 minuten.' })
  sessieInactiefMinuten?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal uren in.' })
  @Min(1, { message: 'Kies 1 tot en met 24 uur.' })
  @Max(24, { message: 'Kies 1 tot en met 24 uur.' })
  sessieMaxUren?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal werkdagen in.' })
  @Min(1, { message: 'Kies 1 tot en met 30 werkdagen.' })
  @Max(30, { message: 'Kies 1 tot en met 30 werkdagen.' })
  terugkoppelWerkdagen?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal dagen in.' })
  @Min(1, { message: 'Kies 1 tot en met 30 dagen.' })
  @Max(30, { message: 'Kies 1 tot en met 30 dagen.' })
  contactladderDagen?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal dagen in.' })
  @Min(7, { message: 'Kies 7 tot en met 90 dagen.' })
  @Max(90, { message: 'Kies 7 tot en met 90 dagen.' })
  contactVerlorenDagen?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal dagen in.' })
  @Min(1, { message: 'Kies 1 tot en met 60 dagen.' })
  @Max(60, { message: 'Kies 1 tot en met 60 dagen.' })
  delingWaarschuwingDagen?: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Kies ja of nee.' }) kwintVolgen?: boolean;
}
