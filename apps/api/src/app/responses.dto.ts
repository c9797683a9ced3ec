import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { WachtrijenDto, WachtrijTaakDto, WachtrijTaakOpnieuw } from '@rmc/shared-api-types';

/** OpenAPI response schemas of the app's own routes (queues, health); each class implements the shared type. */

const telling = (naam: string) =>
  ({
    type: 'object',
    additionalProperties: true,
    description: `${naam}: { waiting, active, delayed, failed, completed, oudsteWachtSeconden } of { onbereikbaar: true }`,
  }) as const;

class OutboxStandDto {
  @ApiProperty() wacht!: number;
  @ApiProperty() mislukt!: number;
  @ApiProperty({ type: Number, nullable: true }) oudsteWachtSeconden!: number | null;
  @ApiProperty() verzonden24u!: number;
}

class ScanHartslagDto {
  @ApiProperty() secondenGeleden!: number;
  @ApiProperty() duurMs!: number;
  @ApiProperty() regios!: number;
  @ApiProperty() mislukt!: number;
}

@ApiSchema({ name: 'Wachtrijen' })
export class WachtrijenAntwoordDto implements WachtrijenDto {
  @ApiProperty(telling('mail')) mail!: WachtrijenDto['mail'];
  @ApiProperty(telling('import')) import!: WachtrijenDto['import'];
  @ApiProperty(telling('scan (plus schedulers, volgendeOp)')) scan!: WachtrijenDto['scan'];
  @ApiProperty({ type: OutboxStandDto }) outbox!: OutboxStandDto;
  @ApiProperty({ type: ScanHartslagDto, nullable: true }) herinneringen!: ScanHartslagDto | null;
}

@ApiSchema({ name: 'WachtrijTaak' })
export class WachtrijTaakAntwoordDto implements WachtrijTaakDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() toestand!: string;
  @ApiProperty() pogingen!: number;
  @ApiProperty() maxPogingen!: number;
  @ApiProperty({ type: String, nullable: true }) fout!: string | null;
  @ApiProperty() aangemaaktOp!: string;
  @ApiProperty({ type: String, nullable: true }) verwerktOp!: string | null;
  @ApiProperty({ type: String, nullable: true }) klaarOp!: string | null;
}

@ApiSchema({ name: 'WachtrijTaakOpnieuw' })
export class WachtrijTaakOpnieuwDto implements WachtrijTaakOpnieuw {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['waiting'] }) toestand!: 'waiting';
}

/** GET /api/health (liveness) and /api/health/ready (readiness: also database, queues and their lag; 503 when not ready). */
@ApiSchema({ name: 'Gezondheid' })
export class GezondheidDto {
  @ApiProperty({ enum: ['ok', 'niet-gereed'] }) status!: 'ok' | 'niet-gereed';
  @ApiPropertyOptional({ description: "Gereedheid van de database: 'ok' of de fout" }) database?: string;
}
