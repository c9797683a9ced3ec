import { IsDatum, IsTijdstip, PaginaQueryDto } from '@rmc/server-core';
import type {
  AanwezigheidInput,
  AgendapuntInput,
  BesluitInput,
  MijnActiesFilter,
  NotitiesInput,
  OverlegActieInput,
  OverlegCreate,
} from '@rmc/shared-api-types';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

export const OVERLEG_SOORTEN = ['MDO', 'ZAT', 'multicasusoverleg', 'exit-commissie', 'netwerkoverleg'];

export class OverlegCreateDto implements OverlegCreate {
  @ApiProperty({ example: 'MDO' }) @IsString() @Length(2, 60, { message: 'Kies of typ het soort overleg.' }) soort!: string;
  @ApiProperty() @IsString() @Length(2, 200, { message: 'Geef het overleg een titel (2 tot 200 tekens).' }) titel!: string;
  @ApiProperty({ example: '2026-12-01T09:30:00+01:00' }) @IsTijdstip({ message: 'Vul datum en tijd in.' }) start!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) plaats?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Gebruik een https-link.' })
  onlineLink?: string;
  @ApiProperty({ type: [String] })
  @IsArray({ message: 'Kies de deelnemende organisaties.' })
  @ArrayMinSize(1, { message: 'Kies minstens één deelnemende organisatie.' })
  @ArrayMaxSize(30)
  @IsUUID('4', { each: true, message: 'Kies bestaande organisaties.' })
  deelnemerOrganisaties!: string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Met name uitgenodigde medewerkers; leeg = alle medewerkers van de organisaties',
  })
  @IsOptional()
  @IsArray()
  @IsUUID('4', { each: true, message: 'Kies bestaande medewerkers.' })
  deelnemers?: string[];
  @ApiPropertyOptional({ description: 'Vervolg van een reeks: open acties komen mee' })
  @IsOptional()
  @IsUUID('4', { message: 'Kies een bestaande reeks.' })
  reeksId?: string;
  @ApiPropertyOptional({ description: 'Start een nieuwe reeks met deze naam' })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  nieuweReeks?: string;
}

export class AgendapuntDto implements AgendapuntInput {
  @ApiProperty() @IsUUID('4', { message: 'Kies een casus.' }) casusId!: string;
  @ApiProperty()
  @IsString()
  @Length(5, 1000, { message: 'Formuleer de vraag aan het overleg (5 tot 1000 tekens).' })
  vraag!: string;
}

export class NotitiesDto implements NotitiesInput {
  @ApiProperty() @IsString() @MaxLength(10_000, { message: 'De notities zijn te lang.' }) notities!: string;
}

export class BesluitDto implements BesluitInput {
  @ApiProperty() @IsString() @Length(3, 2000, { message: 'Beschrijf het besluit (3 tot 2000 tekens).' }) tekst!: string;
}

export class OverlegActieDto implements OverlegActieInput {
  @ApiProperty() @IsString() @Length(3, 500, { message: 'Omschrijf het actiepunt (3 tot 500 tekens).' }) omschrijving!: string;
  @ApiProperty() @IsUUID('4', { message: 'Kies de eigenaar (organisatie).' }) eigenaarOrganisatieId!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'Kies een medewerker.' }) eigenaarGebruikerId?: string;
  @ApiProperty() @IsDatum({ message: 'Vul een deadline in (jjjj-mm-dd).' }) deadline!: string;
}

export class AanwezigheidDto implements AanwezigheidInput {
  @ApiProperty({ type: [String] })
  @IsArray()
  @IsUUID('4', { each: true, message: 'Kies deelnemers uit de lijst.' })
  aanwezig!: string[];
}

/** GET /api/v1/overleggen: newest first, or from a date on in start order (the week view). */
export class OverleggenQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ enum: ['aflopend', 'oplopend'], default: 'aflopend', description: 'Volgorde op begintijd' })
  @IsOptional()
  @IsIn(['aflopend', 'oplopend'], { message: 'Kies oplopend of aflopend.' })
  volgorde?: 'aflopend' | 'oplopend';
  @ApiPropertyOptional({ description: 'Alleen overleggen vanaf deze dag (jjjj-mm-dd)' })
  @IsOptional()
  @IsDatum({ message: 'Vul een bestaande datum in (jjjj-mm-dd).' })
  vanaf?: string;
  @ApiPropertyOptional({ description: 'Alleen overleggen vóór deze dag (jjjj-mm-dd)' })
  @IsOptional()
  @IsDatum({ message: 'Vul een bestaande datum in (jjjj-mm-dd).' })
  tot?: string;
}

/** `?teLaat=true|false`: anything else stays a string and fails `IsBoolean` (400 on `teLaat`). */
const alsBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class MijnActiesQueryDto extends PaginaQueryDto implements MijnActiesFilter {
  @ApiPropertyOptional({ type: Boolean, description: 'true: alleen acties waarvan de deadline voorbij is' })
  @IsOptional()
  @Transform(alsBoolean)
  @IsBoolean({ message: 'Geef true of false.' })
  teLaat?: boolean;
}
