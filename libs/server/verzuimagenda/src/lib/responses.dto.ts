import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type {
  AgendaInhoudDto,
  AgendaPartijDto,
  AgendaStatusDto,
  AgendaVersieDto,
  VerzuimagendaDto,
  VerzuimagendaSamenvatting,
  VerzuimagendaVerschillen,
} from '@rmc/shared-api-types';

/** OpenAPI response schemas of the verzuimagenda context; each class implements the shared type. */

const STATUSSEN = ['concept', 'ter-accordering', 'vastgesteld', 'vervangen'];

@ApiSchema({ name: 'AgendaPartij' })
export class AgendaPartijAntwoordDto implements AgendaPartijDto {
  @ApiProperty({ description: "'instelling' of een regio-id" }) partij!: string;
  @ApiProperty({ enum: ['instelling', 'regio'] }) soort!: AgendaPartijDto['soort'];
  @ApiProperty() naam!: string;
  @ApiProperty() goedgekeurd!: boolean;
  @ApiProperty({ type: String, nullable: true }) goedgekeurdOp!: string | null;
  @ApiProperty({ type: String, nullable: true }) goedgekeurdDoor!: string | null;
}

@ApiSchema({ name: 'VerzuimagendaSamenvatting' })
export class VerzuimagendaSamenvattingDto implements VerzuimagendaSamenvatting {
  @ApiProperty() id!: string;
  @ApiProperty() instellingId!: string;
  @ApiProperty() instellingNaam!: string;
  @ApiProperty() schooljaar!: string;
  @ApiProperty() versie!: number;
  @ApiProperty({ enum: STATUSSEN }) status!: AgendaStatusDto;
  @ApiProperty() geldig!: boolean;
  @ApiProperty({ type: [String] }) regioIds!: string[];
  @ApiProperty({ type: [AgendaPartijAntwoordDto] }) partijen!: AgendaPartijAntwoordDto[];
  @ApiProperty({ type: String, nullable: true }) vorigeVersieId!: string | null;
  @ApiProperty() gewijzigdOp!: string;
  @ApiProperty({ type: String, nullable: true }) vastgesteldOp!: string | null;
}

class AgendaVersieAntwoordDto implements AgendaVersieDto {
  @ApiProperty() id!: string;
  @ApiProperty() versie!: number;
  @ApiProperty({ enum: STATUSSEN }) status!: AgendaStatusDto;
  @ApiProperty({ type: String, nullable: true }) vastgesteldOp!: string | null;
  @ApiProperty() gewijzigdOp!: string;
}

class VestigingNaamDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
}

@ApiSchema({ name: 'Verzuimagenda' })
export class VerzuimagendaAntwoordDto extends VerzuimagendaSamenvattingDto implements VerzuimagendaDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Normen, contactpersonen, preventie, startoverleg' })
  inhoud!: AgendaInhoudDto;
  @ApiProperty() aangemaaktOp!: string;
  @ApiProperty({ type: String, nullable: true }) eigenPartij!: string | null;
  @ApiProperty({ type: [AgendaVersieAntwoordDto] }) versies!: AgendaVersieAntwoordDto[];
  @ApiProperty({ type: [VestigingNaamDto] }) vestigingen!: VestigingNaamDto[];
}

class VerschilDto {
  @ApiProperty() pad!: string;
  @ApiProperty({ description: 'Oude waarde (elke JSON-waarde)' }) oud!: unknown;
  @ApiProperty({ description: 'Nieuwe waarde (elke JSON-waarde)' }) nieuw!: unknown;
}

@ApiSchema({ name: 'VerzuimagendaVerschillen' })
export class VerzuimagendaVerschillenDto implements VerzuimagendaVerschillen {
  @ApiProperty() id!: string;
  @ApiProperty() versie!: number;
  @ApiProperty({ type: String, nullable: true }) vorigeVersieId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) vorigeVersie!: number | null;
  @ApiProperty({ type: [VerschilDto] }) verschillen!: VerschilDto[];
}
