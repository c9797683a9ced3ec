import { ApiProperty, ApiPropertyOptional, ApiSchema, PartialType } from '@nestjs/swagger';
import type { ConsulentDto, ImportStatus, MeldingDto, MeldingGebeurtenisDto } from '@rmc/shared-api-types';
import { MeldingCreateDto } from './dto';

/** OpenAPI response schemas of the meldingen context; each class implements the shared type. */

const GEBEURTENISSEN = ['ingediend', 'aanvulling-gevraagd', 'aanvulling-gegeven', 'toegewezen', 'oordeel', 'terugkoppeling'];
const STATUSSEN = [
  'ontvangen',
  'aanvulling-gevraagd',
  'in-behandeling',
  'afgesloten',
  'ter-kennisneming',
  'regio-niet-aangesloten',
];
const TERUGMELD = ['in-behandeling', 'afgesloten', 'ter-kennisneming'];
const OORDELEN = ['actie-vereist', 'geen-actie', 'ter-kennisneming'];

@ApiSchema({ name: 'MeldingGebeurtenis' })
export class MeldingGebeurtenisAntwoordDto implements MeldingGebeurtenisDto {
  @ApiProperty({ enum: GEBEURTENISSEN }) soort!: MeldingGebeurtenisDto['soort'];
  @ApiProperty({ type: String, nullable: true }) tekst!: string | null;
  @ApiProperty() op!: string;
  @ApiProperty({ type: String, nullable: true }) doorNaam!: string | null;
}

/** A melding as the caller may see it: a school gets the school fields, a region all. */
@ApiSchema({ name: 'Melding' })
export class MeldingAntwoordDto extends PartialType(MeldingCreateDto) implements MeldingDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: STATUSSEN }) status!: MeldingDto['status'];
  @ApiProperty() override soort!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) regioNaam?: string | null;
  @ApiPropertyOptional() regioAangesloten?: boolean;
  @ApiPropertyOptional() vestigingNaam?: string;
  @ApiPropertyOptional() instellingNaam?: string;
  @ApiPropertyOptional() gemeldOp?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) gemeldDoorNaam?: string | null;
  @ApiPropertyOptional() volledig?: boolean;
  @ApiPropertyOptional({ type: [String] }) ontbrekend?: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) openVraag?: string | null;
  @ApiPropertyOptional({ enum: TERUGMELD, nullable: true }) terugmeldStatus?: MeldingDto['terugmeldStatus'];
  @ApiPropertyOptional({ type: String, nullable: true }) redenAfgesloten?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) terugmeldToelichting?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) regioContactpersoon?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) teruggemeldOp?: string | null;
  @ApiPropertyOptional({ type: [MeldingGebeurtenisAntwoordDto] }) historie?: MeldingGebeurtenisAntwoordDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) oppakDeadline?: string | null;
  @ApiPropertyOptional() teLaat?: boolean;
  @ApiPropertyOptional() urgentie?: number;
  @ApiPropertyOptional({ type: String, nullable: true }) consulentId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) consulentNaam?: string | null;
  @ApiPropertyOptional({ enum: OORDELEN, nullable: true }) oordeel?: MeldingDto['oordeel'];
  @ApiPropertyOptional({ type: String, nullable: true }) oordeelReden?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) casusId?: string | null;
  @ApiPropertyOptional() eerdereMeldingen?: number;
}

@ApiSchema({ name: 'Consulent' })
export class ConsulentAntwoordDto implements ConsulentDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
}

class ImportFoutDto {
  @ApiProperty() rij!: number;
  @ApiProperty() veld!: string;
  @ApiProperty() melding!: string;
}

@ApiSchema({ name: 'ImportStatus' })
export class ImportStatusAntwoordDto implements ImportStatus {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['wacht', 'bezig', 'klaar', 'mislukt'] }) status!: ImportStatus['status'];
  @ApiProperty() proefrun!: boolean;
  @ApiProperty() totaal!: number;
  @ApiProperty() verwerkt!: number;
  @ApiProperty() goed!: number;
  @ApiProperty() alAanwezig!: number;
  @ApiProperty() fout!: number;
  @ApiProperty({ type: [ImportFoutDto] }) fouten!: ImportFoutDto[];
}
