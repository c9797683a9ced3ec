import { ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { ORGANISATIE_SOORTEN, type OrganisatieSoort } from '@rmc/shared-domain';
import type {
  ActieHistorie,
  Agendapunt,
  CasusDto,
  MijnActie,
  OverlegActie,
  OverlegDeelnemer,
  OverlegDto,
  OverlegSamenvatting,
  OverlegStatus,
  PlanActieStatus,
  VerslagDto,
} from '@rmc/shared-api-types';

/** OpenAPI response schemas of the overleg context; each class implements the shared type. */

const STATUSSEN = ['gepland', 'vastgesteld'];
const ACTIE_STATUSSEN = ['open', 'gedaan', 'niet-gedaan', 'niet-mogelijk'];

@ApiSchema({ name: 'OverlegSamenvatting' })
export class OverlegSamenvattingDto implements OverlegSamenvatting {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) reeksId!: string | null;
  @ApiProperty() soort!: string;
  @ApiProperty() titel!: string;
  @ApiProperty() start!: string;
  @ApiProperty({ type: String, nullable: true }) plaats!: string | null;
  @ApiProperty({ type: String, nullable: true }) onlineLink!: string | null;
  @ApiProperty() voorzitterId!: string;
  @ApiProperty() voorzitter!: string;
  @ApiProperty({ type: [String] }) deelnemerOrganisaties!: string[];
  @ApiProperty({ enum: STATUSSEN }) status!: OverlegStatus;
}

class ActieHistorieDto implements ActieHistorie {
  @ApiProperty({ enum: ACTIE_STATUSSEN }) status!: PlanActieStatus;
  @ApiProperty({ type: String, nullable: true }) toelichting!: string | null;
  @ApiProperty() op!: string;
}

@ApiSchema({ name: 'OverlegActie' })
export class OverlegActieAntwoordDto implements OverlegActie {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) agendapuntId!: string | null;
  @ApiProperty() omschrijving!: string;
  @ApiProperty() eigenaarOrganisatieId!: string;
  @ApiProperty({ type: String, nullable: true }) eigenaar!: string | null;
  @ApiProperty({ type: String, nullable: true }) deadline!: string | null;
  @ApiProperty({ enum: ACTIE_STATUSSEN }) status!: PlanActieStatus;
  @ApiProperty({ type: [ActieHistorieDto] }) historie!: ActieHistorieDto[];
}

@ApiSchema({ name: 'Agendapunt' })
export class AgendapuntAntwoordDto implements Agendapunt {
  @ApiProperty() id!: string;
  @ApiProperty() casusId!: string;
  @ApiProperty({ type: String, nullable: true }) vraag!: string | null;
  @ApiProperty({ type: String, nullable: true }) notities!: string | null;
  @ApiPropertyOptional() nietMeerGedeeld?: boolean;
  @ApiProperty({ type: [String] }) besluiten!: string[];
  @ApiProperty() volgorde!: number;
  @ApiProperty({ type: [OverlegActieAntwoordDto] }) acties!: OverlegActieAntwoordDto[];
}

@ApiSchema({ name: 'OverlegDeelnemer' })
export class OverlegDeelnemerDto implements OverlegDeelnemer {
  @ApiProperty() gebruikerId!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ type: Boolean, nullable: true }) aanwezig!: boolean | null;
}

class OverlegOrganisatieDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ORGANISATIE_SOORTEN }) soort!: OrganisatieSoort;
}

/** GET /api/v1/overleggen/:id and the answer of every change. */
@ApiSchema({ name: 'Overleg' })
export class OverlegAntwoordDto extends OverlegSamenvattingDto implements OverlegDto {
  @ApiProperty() isVoorzitter!: boolean;
  @ApiProperty({ type: [OverlegOrganisatieDto] }) organisaties!: OverlegOrganisatieDto[];
  @ApiProperty({ type: [OverlegDeelnemerDto] }) deelnemers!: OverlegDeelnemerDto[];
  @ApiProperty({ type: [AgendapuntAntwoordDto] }) agenda!: AgendapuntAntwoordDto[];
  @ApiProperty({ type: [OverlegActieAntwoordDto] }) meegenomenActies!: OverlegActieAntwoordDto[];
}

class VerslagPuntDto {
  @ApiProperty({ type: String, nullable: true }) vraag!: string | null;
  @ApiProperty({ type: String, nullable: true }) notities!: string | null;
  @ApiProperty({ type: [String] }) besluiten!: string[];
  @ApiProperty({ type: [OverlegActieAntwoordDto] }) acties!: OverlegActieAntwoordDto[];
  @ApiProperty({ allOf: [{ $ref: getSchemaPath('Casus') }], nullable: true }) casus!: CasusDto | null;
  @ApiProperty() nietMeerGedeeld!: boolean;
}

/** GET /api/v1/overleggen/:id/verslag — per participant: only what that participant may see. */
@ApiSchema({ name: 'Verslag' })
export class VerslagAntwoordDto implements VerslagDto {
  @ApiProperty() titel!: string;
  @ApiProperty() soort!: string;
  @ApiProperty() start!: string;
  @ApiProperty({ enum: STATUSSEN }) status!: OverlegStatus;
  @ApiProperty({ type: [OverlegDeelnemerDto] }) deelnemers!: OverlegDeelnemerDto[];
  @ApiProperty({ type: [VerslagPuntDto] }) punten!: VerslagPuntDto[];
}

@ApiSchema({ name: 'MijnActie' })
export class MijnActieDto implements MijnActie {
  @ApiProperty() id!: string;
  @ApiProperty() casusId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'De jongere; null als de deling van een partner de basisgegevens niet bevat',
  })
  jongere!: string | null;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ type: String, nullable: true }) deadline!: string | null;
  @ApiProperty({ enum: ACTIE_STATUSSEN }) status!: PlanActieStatus;
  @ApiProperty({ type: String, nullable: true }) overlegId!: string | null;
  @ApiProperty() teLaat!: boolean;
}
