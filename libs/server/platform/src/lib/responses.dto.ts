import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { CoordinatorUitgenodigd, GemeenteDto, InstellingDto, PlatformRegioDto } from '@rmc/shared-api-types';

/** OpenAPI response schemas of the platform context; each class implements the shared type. */

@ApiSchema({ name: 'PlatformRegio' })
export class PlatformRegioAntwoordDto implements PlatformRegioDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() contactgemeenteCode!: string;
  @ApiProperty({ type: [String] }) gemeenteCodes!: string[];
  @ApiProperty() actief!: boolean;
  @ApiProperty() aantalGebruikers!: number;
}

@ApiSchema({ name: 'CoordinatorUitgenodigd' })
export class CoordinatorUitgenodigdDto implements CoordinatorUitgenodigd {
  @ApiProperty() gebruikerId!: string;
}

class VestigingRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() plaats!: string;
  @ApiProperty() postcode!: string;
}

@ApiSchema({ name: 'Instelling' })
export class InstellingAntwoordDto implements InstellingDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() brin!: string;
  @ApiProperty({ type: [VestigingRefDto] }) vestigingen!: VestigingRefDto[];
}

@ApiSchema({ name: 'Gemeente' })
export class GemeenteAntwoordDto implements GemeenteDto {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ type: String, nullable: true }) regioId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) regioNaam?: string | null;
}
