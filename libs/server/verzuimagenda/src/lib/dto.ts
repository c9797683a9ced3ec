import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { VerzuimagendaCreate, VerzuimagendaInhoudUpdate } from '@rmc/shared-api-types';
import { VELD_LABELS } from '@rmc/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/**
 * A Dutch message that survives the global validation pipe: it prefers `context.message` over its
 * generic per-constraint texts (libs/server/core http/validation.ts).
 */
const nl = (message: string) => ({ message, context: { message } });

const SCHOOLJAAR = /^\d{4}-\d{4}$/;
const schooljaarBericht = 'Vul een schooljaar in als jjjj-jjjj, bijvoorbeeld 2026-2027.';
const VELDEN = Object.keys(VELD_LABELS);
const tekst = (max: number) => nl(`Vul tekst in van hoogstens ${max} tekens.`);

export class AgendaLijstQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', nl('Kies een instelling.')) instellingId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(SCHOOLJAAR, nl(schooljaarBericht)) schooljaar?: string;
}

export class VerzuimagendaCreateDto implements VerzuimagendaCreate {
  @ApiProperty() @IsUUID('4', nl('Kies een instelling.')) instellingId!: string;
  @ApiProperty({ example: '2026-2027' })
  @IsString(nl(schooljaarBericht))
  @Matches(SCHOOLJAAR, nl(schooljaarBericht))
  schooljaar!: string;
  @ApiProperty({ type: [String] })
  @IsArray(nl('Kies de deelnemende regio’s.'))
  @ArrayMinSize(1, nl('Kies minstens één deelnemende regio.'))
  @ArrayMaxSize(40, nl('Kies hoogstens 40 regio’s.'))
  @ArrayUnique(nl('Kies elke regio maar één keer.'))
  @IsUUID('4', { each: true, ...nl('Kies bestaande regio’s.') })
  regioIds!: string[];
}

/** One norm per melding kind (MeldingNorm). */
export class MeldingNormDto {
  @ApiProperty({ example: 'aaneengesloten-4-weken' })
  @IsString(nl('Vul de soort in.'))
  @Length(2, 60, nl('De soort heeft 2 tot 60 tekens.'))
  @Matches(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    nl('Gebruik voor de soort kleine letters, cijfers en streepjes (bijvoorbeeld zorgwekkend).'),
  )
  soort!: string;
  @ApiProperty()
  @IsString(nl('Vul een naam voor deze soort melding in.'))
  @Length(2, 120, nl('De naam heeft 2 tot 120 tekens.'))
  label!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt(nl('Vul een geheel aantal uren in.'))
  @Min(1, nl('Vul 1 tot en met 500 uur in.'))
  @Max(500, nl('Vul 1 tot en met 500 uur in.'))
  minUren?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt(nl('Vul een geheel aantal dagen in.'))
  @Min(1, nl('Vul 1 tot en met 200 dagen in.'))
  @Max(200, nl('Vul 1 tot en met 200 dagen in.'))
  minDagen?: number;
  @ApiProperty({ type: [String] })
  @IsArray(nl('Geef de verplichte velden als lijst.'))
  @ArrayUnique(nl('Noem elk veld maar één keer.'))
  @IsIn(VELDEN, { each: true, ...nl('Dit is geen veld van een melding.') })
  verplichteVelden!: string[];
  @ApiProperty({ type: [String] })
  @IsArray(nl('Geef de aanbevolen velden als lijst.'))
  @ArrayUnique(nl('Noem elk veld maar één keer.'))
  @IsIn(VELDEN, { each: true, ...nl('Dit is geen veld van een melding.') })
  aanbevolenVelden!: string[];
  @ApiProperty() @IsString(tekst(2000)) @MaxLength(2000, tekst(2000)) actieGewenstWanneer!: string;
  @ApiProperty() @IsString(tekst(2000)) @MaxLength(2000, tekst(2000)) voorafDoorSchool!: string;
  @ApiProperty() @IsString(tekst(2000)) @MaxLength(2000, tekst(2000)) actieRegio!: string;
  @ApiProperty()
  @IsInt(nl('Vul een geheel aantal werkdagen in.'))
  @Min(1, nl('De oppaktermijn is 1 tot en met 60 werkdagen.'))
  @Max(60, nl('De oppaktermijn is 1 tot en met 60 werkdagen.'))
  oppakTermijnWerkdagen!: number;
  @ApiProperty() @IsString(tekst(2000)) @MaxLength(2000, tekst(2000)) terugkoppeling!: string;
  @ApiProperty() @IsBoolean(nl('Kies of dit aaneengesloten verzuim is (ja of nee).')) aaneengesloten!: boolean;
}

export class ContactpersoonDto {
  @ApiProperty() @IsUUID('4', nl('Kies een vestiging van de instelling.')) vestigingId!: string;
  @ApiProperty() @IsString(tekst(300)) @MaxLength(300, tekst(300)) schoolContact!: string;
  @ApiProperty() @IsString(tekst(300)) @MaxLength(300, tekst(300)) regioContact!: string;
}

export class PreventieDto {
  @ApiProperty() @IsBoolean(nl('Kies of er een verzuimspreekuur is (ja of nee).')) verzuimspreekuur!: boolean;
  @ApiProperty() @IsString(tekst(1000)) @MaxLength(1000, tekst(1000)) rmcOpLocatie!: string;
  @ApiProperty() @IsString(tekst(2000)) @MaxLength(2000, tekst(2000)) overig!: string;
}

export class AgendaInhoudDto {
  @ApiProperty({ type: [MeldingNormDto] })
  @IsArray(nl('Geef de normen als lijst.'))
  @ArrayMinSize(1, nl('De agenda heeft minstens één soort melding.'))
  @ArrayMaxSize(20, nl('De agenda heeft hoogstens 20 soorten melding.'))
  @ValidateNested({ each: true, ...nl('Geef per soort melding de norm.') })
  @Type(() => MeldingNormDto)
  normen!: MeldingNormDto[];
  @ApiProperty({ type: [ContactpersoonDto] })
  @IsArray(nl('Geef de contactpersonen als lijst.'))
  @ArrayMaxSize(200, nl('Hoogstens 200 contactafspraken.'))
  @ValidateNested({ each: true, ...nl('Geef per vestiging de contactpersonen.') })
  @Type(() => ContactpersoonDto)
  contactpersonen!: ContactpersoonDto[];
  @ApiProperty({ type: PreventieDto })
  @IsDefined(nl('Vul de preventieafspraken in.'))
  @ValidateNested(nl('Vul de preventieafspraken in.'))
  @Type(() => PreventieDto)
  preventie!: PreventieDto;
  @ApiProperty() @IsString(tekst(1000)) @MaxLength(1000, tekst(1000)) startoverleg!: string;
}

export class VerzuimagendaInhoudDto implements VerzuimagendaInhoudUpdate {
  @ApiProperty({ type: AgendaInhoudDto })
  @IsDefined(nl('Geef de inhoud van de agenda.'))
  @ValidateNested(nl('Geef de inhoud van de agenda.'))
  @Type(() => AgendaInhoudDto)
  inhoud!: AgendaInhoudDto;
}
