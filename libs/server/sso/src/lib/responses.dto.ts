import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { IdentiteitsproviderDto, SsoKnop, SsoUitloggenResponse } from '@rmc/shared-api-types';

/** OpenAPI response schemas of the sso context; each class implements the shared type. */

@ApiSchema({ name: 'SsoKnop' })
export class SsoKnopAntwoordDto implements SsoKnop {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
}

@ApiSchema({ name: 'SsoUitloggen' })
export class SsoUitloggenAntwoordDto implements SsoUitloggenResponse {
  @ApiProperty({ type: String, nullable: true }) redirectUrl!: string | null;
}

@ApiSchema({ name: 'SsoIngelogd' })
export class SsoIngelogdAntwoordDto {
  @ApiProperty({ enum: [true] }) ingelogd!: true;
}

@ApiSchema({ name: 'Identiteitsprovider' })
export class IdentiteitsproviderAntwoordDto implements IdentiteitsproviderDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ type: String, nullable: true }) organisatieId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisatieNaam!: string | null;
  @ApiProperty({ type: String, nullable: true }) instellingId!: string | null;
  @ApiProperty({ type: String, nullable: true }) instellingNaam!: string | null;
  @ApiProperty() issuer!: string;
  @ApiProperty() clientId!: string;
  @ApiProperty() clientSecretIngesteld!: boolean;
  @ApiProperty({ type: [String] }) domeinen!: string[];
  @ApiProperty() gebruikerClaim!: string;
  @ApiProperty({ type: [String] }) mfaAcr!: string[];
  @ApiProperty() wachtwoordLoginUit!: boolean;
  @ApiProperty() actief!: boolean;
  @ApiProperty() redirectUri!: string;
  @ApiProperty() backchannelLogoutUri!: string;
  @ApiProperty() postLogoutRedirectUri!: string;
}
