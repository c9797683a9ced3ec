import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  JongereActieDto,
  JongereAfspraakDto,
  JongereInzageDto,
  JongereInzageRegelDto,
  JongereOntvangerDto,
  JongereOverlegDto,
  JongereOverzichtDto,
  JongereReactieVoorConsulentDto,
  JongereSessieDto,
  JongereUitnodigingDto,
} from '@rmc/shared-api-types';

export class JongereUitnodigingAntwoord implements JongereUitnodigingDto {
  @ApiProperty() verstuurdNaar!: string;
  @ApiProperty() geldigTot!: string;
}

export class JongereReactieVoorConsulentAntwoord implements JongereReactieVoorConsulentDto {
  @ApiProperty({ description: 'Plaats van de afspraak in plan.contactafspraken' }) index!: number;
  @ApiProperty({ enum: ['bevestigd', 'verzetten'] }) reactie!: 'bevestigd' | 'verzetten';
  @ApiProperty({ type: String, nullable: true }) toelichting!: string | null;
  @ApiProperty() op!: string;
}

export class JongereSessieAntwoord implements JongereSessieDto {
  @ApiProperty({ enum: [true] }) ingelogd!: true;
  @ApiProperty() verlooptOp!: string;
  @ApiPropertyOptional() accessToken?: string;
}

class JongereActie implements JongereActieDto {
  @ApiProperty() id!: string;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ type: String, nullable: true }) deadline!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty() zelf!: boolean;
  @ApiProperty({ type: String, nullable: true }) wie!: string | null;
}

class JongereAfspraak implements JongereAfspraakDto {
  @ApiProperty() sleutel!: string;
  @ApiProperty() casusId!: string;
  @ApiProperty({ type: String, nullable: true }) datum!: string | null;
  @ApiProperty() wat!: string;
  @ApiProperty() met!: string;
  @ApiProperty({ enum: ['bevestigd', 'verzetten'], nullable: true }) reactie!: 'bevestigd' | 'verzetten' | null;
}

class JongereOverleg implements JongereOverlegDto {
  @ApiProperty() start!: string;
  @ApiProperty() soort!: string;
  @ApiProperty({ type: [String] }) organisaties!: string[];
}

class JongereDoel {
  @ApiProperty() omschrijving!: string;
  @ApiProperty() status!: string;
}

class JongereConsulent {
  @ApiProperty({ type: String, nullable: true }) naam!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

export class JongereOverzichtAntwoord implements JongereOverzichtDto {
  @ApiProperty() voornaam!: string;
  @ApiProperty({ type: String, nullable: true }) casusId!: string | null;
  @ApiProperty({ type: JongereConsulent, nullable: true }) consulent!: JongereConsulent | null;
  @ApiProperty({ type: [JongereDoel] }) doelen!: JongereDoel[];
  @ApiProperty({ type: [JongereActie] }) acties!: JongereActie[];
  @ApiProperty({ type: [JongereAfspraak] }) afspraken!: JongereAfspraak[];
  @ApiProperty({ type: [JongereOverleg] }) overleggen!: JongereOverleg[];
}

class JongereOntvanger implements JongereOntvangerDto {
  @ApiProperty() delingId!: string;
  @ApiProperty() organisatie!: string;
  @ApiProperty() grondslag!: string;
  @ApiProperty() doel!: string;
  @ApiProperty({ type: [String] }) secties!: string[];
  @ApiProperty() sinds!: string;
  @ApiProperty() tot!: string;
  @ApiProperty({ type: String, nullable: true }) ingetrokkenOp!: string | null;
  @ApiProperty() actief!: boolean;
  @ApiProperty() kanIntrekken!: boolean;
}

class JongereInzageRegel implements JongereInzageRegelDto {
  @ApiProperty() op!: string;
  @ApiProperty() wie!: string;
  @ApiProperty({ type: String, nullable: true }) organisatie!: string | null;
  @ApiProperty() wat!: string;
}

export class JongereInzageAntwoord implements JongereInzageDto {
  @ApiProperty({ type: [JongereOntvanger] }) ontvangers!: JongereOntvanger[];
  @ApiProperty({ type: [JongereInzageRegel] }) inzagen!: JongereInzageRegel[];
}
