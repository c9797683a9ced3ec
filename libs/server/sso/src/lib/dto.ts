import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { IdentiteitsproviderCreateRequest, IdentiteitsproviderUpdateRequest, SsoTotpRequest } from '@rmc/shared-api-types';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

import { TEKST_MAX, teLang } from '@rmc/shared-domain';

const CLAIM = /^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/;

export class SsoTotpDto implements SsoTotpRequest {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'Vul de 6 cijfers uit de authenticator-app in.' })
  totp!: string;
}

/** OpenID Connect Back-Channel Logout: the form field `logout_token` (a JWT). */
export class BackchannelLogoutDto {
  @ApiProperty()
  @IsString()
  @MaxLength(16_384)
  logout_token!: string;
}

export class IdentiteitsproviderCreateDto implements IdentiteitsproviderCreateRequest {
  @ApiProperty({ example: 'Gemeente Zwolle' })
  @IsString()
  @Length(2, 100, { message: 'Een naam van 2 tot 100 tekens.' })
  naam!: string;

  @ApiPropertyOptional({ description: 'Regio: een organisatie van de regio' })
  @IsOptional()
  @IsUUID('4', { message: 'Kies een organisatie.' })
  organisatieId?: string;

  @ApiPropertyOptional({ description: 'Platform: een MBO-instelling' })
  @IsOptional()
  @IsUUID('4', { message: 'Kies een instelling.' })
  instellingId?: string;

  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant>/v2.0' })
  @IsString()
  @MaxLength(500)
  issuer!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 255, { message: 'Vul de client-id in.' })
  clientId!: string;

  @ApiProperty({ description: 'Wordt versleuteld opgeslagen en nooit teruggegeven.' })
  @IsString()
  @Length(1, 1000, { message: 'Vul het client-geheim in.' })
  clientSecret!: string;

  @ApiProperty({ type: [String], example: ['zwolle.nl'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Geef minstens één toegestaan e-maildomein.' })
  @ArrayMaxSize(20)
  @MaxLength(TEKST_MAX.domein, { each: true, message: teLang(TEKST_MAX.domein) })
  @IsString({ each: true })
  domeinen!: string[];

  @ApiPropertyOptional({ example: 'email' })
  @IsOptional()
  @IsString()
  @Matches(CLAIM, { message: 'Een claimnaam zoals email of upn.' })
  gebruikerClaim?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  mfaAcr?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  wachtwoordLoginUit?: boolean;
}

export class IdentiteitsproviderUpdateDto implements IdentiteitsproviderUpdateRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(2, 100, { message: 'Een naam van 2 tot 100 tekens.' })
  naam?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  issuer?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 255, { message: 'Vul de client-id in.' })
  clientId?: string;

  @ApiPropertyOptional({ description: 'Alleen meesturen om het geheim te vervangen.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000, { message: 'Vul het client-geheim in.' })
  clientSecret?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'Geef minstens één toegestaan e-maildomein.' })
  @ArrayMaxSize(20)
  @MaxLength(TEKST_MAX.domein, { each: true, message: teLang(TEKST_MAX.domein) })
  @IsString({ each: true })
  domeinen?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(CLAIM, { message: 'Een claimnaam zoals email of upn.' })
  gebruikerClaim?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  mfaAcr?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  wachtwoordLoginUit?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  actief?: boolean;
}
