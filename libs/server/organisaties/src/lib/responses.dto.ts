import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ORGANISATIE_SOORTEN, type OrganisatieSoort, type RegioInstellingen } from '@rmc/shared-domain';
import type { OrganisatieDto, RegioDto } from '@rmc/shared-api-types';

/** OpenAPI response schemas of the organisaties context; each class implements the shared type. */

class GemeenteRefDto {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
}

@ApiSchema({ name: 'Regio' })
export class RegioAntwoordDto implements RegioDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ type: GemeenteRefDto }) contactgemeente!: GemeenteRefDto;
  @ApiProperty({ type: [GemeenteRefDto] }) gemeenten!: GemeenteRefDto[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Herinneringsgetallen van de regio' })
  instellingen!: RegioInstellingen;
  @ApiProperty() actief!: boolean;
}

@ApiSchema({ name: 'Organisatie' })
export class OrganisatieAntwoordDto implements OrganisatieDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ORGANISATIE_SOORTEN }) soort!: OrganisatieSoort;
  @ApiProperty({ type: String, nullable: true }) gemeenteCode!: string | null;
  @ApiProperty() actief!: boolean;
}
