import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { ComplianceCijfers, ComplianceResponse, ComplianceVestiging } from '@rmc/shared-api-types';

/** OpenAPI response schemas of the rapportage context; each class implements the shared type. */

const telling = {
  type: 'object',
  additionalProperties: true,
  description: 'ComplianceTelling: { aantal: number | null, onderdrukt: boolean }',
} as const;
const object = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;

@ApiSchema({ name: 'ComplianceCijfers' })
export class ComplianceCijfersDto implements ComplianceCijfers {
  @ApiProperty(telling) totaal!: ComplianceCijfers['totaal'];
  @ApiProperty({ type: 'array', items: object('{ maand, aantal }') }) perMaand!: ComplianceCijfers['perMaand'];
  @ApiProperty({ type: 'array', items: object('{ soort, label, aantal }') }) perSoort!: ComplianceCijfers['perSoort'];
  @ApiProperty(object('{ aantal, aandeel }')) binnenNorm!: ComplianceCijfers['binnenNorm'];
  @ApiProperty(object('{ aantal, aandeel }')) volledig!: ComplianceCijfers['volledig'];
  @ApiProperty(object('{ opgepakt, gemiddeldWerkdagen, opTijd, teLaat (incl. verlopen), verlopen, open, aandeelOpTijd }'))
  oppak!: ComplianceCijfers['oppak'];
  @ApiProperty(object('{ teruggemeld, gemiddeldWerkdagen, aandeel }')) terugkoppeling!: ComplianceCijfers['terugkoppeling'];
  @ApiProperty({ type: 'array', items: object('{ regioId, regioNaam, aantal }') }) herkomst!: ComplianceCijfers['herkomst'];
}

@ApiSchema({ name: 'ComplianceVestiging' })
export class ComplianceVestigingDto extends ComplianceCijfersDto implements ComplianceVestiging {
  @ApiProperty() vestigingId!: string;
  @ApiProperty() vestigingNaam!: string;
  @ApiProperty() instellingId!: string;
  @ApiProperty() instellingNaam!: string;
}

@ApiSchema({ name: 'ComplianceResponse' })
export class ComplianceAntwoordDto implements ComplianceResponse {
  @ApiProperty() schooljaar!: string;
  @ApiProperty({ enum: ['regio', 'school'] }) perspectief!: ComplianceResponse['perspectief'];
  @ApiProperty({ type: String, nullable: true }) instellingId!: string | null;
  @ApiProperty({ type: String, nullable: true }) regioId!: string | null;
  @ApiProperty({ type: [String] }) maanden!: string[];
  @ApiProperty() onderdrukDrempel!: number;
  @ApiProperty({ type: [ComplianceVestigingDto] }) vestigingen!: ComplianceVestigingDto[];
  @ApiProperty({ type: ComplianceCijfersDto }) totaal!: ComplianceCijfersDto;
}
