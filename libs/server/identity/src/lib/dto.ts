import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LoginRequest, TotpActiverenRequest, WachtwoordInstellenRequest } from '@rmc/shared-api-types';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'coordinator@ijssel-vecht.demo' })
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200, { message: 'Vul uw wachtwoord in.' })
  wachtwoord!: string;

  @ApiPropertyOptional({ description: '6-digit TOTP code, when the first answer said totpVereist' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'De code bestaat uit 6 cijfers.' })
  totp?: string;
}

export class TotpActiverenDto implements TotpActiverenRequest {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'De code bestaat uit 6 cijfers.' })
  code!: string;
}

export class WachtwoordInstellenDto implements WachtwoordInstellenRequest {
  @ApiProperty()
  @IsString()
  @Length(20, 100, { message: 'De link is ongeldig.' })
  token!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  wachtwoord!: string;
}
