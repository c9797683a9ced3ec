import { IsDatum, PaginaQueryDto } from '@rmc/server-core';
import type {
  Big5Input,
  CasusBron,
  CasusCreate,
  CasussenFilter,
  ContactmomentInput,
  DelingInput,
  FaseInput,
  IntakeInput,
  LeefgebiedScore,
  NotitieInput,
  PlanActieInput,
  PlanActieStatus,
  PlanActieStatusInput,
  PlanInput,
  RegieInput,
  ScanInput,
  SignaleringInput,
  ToestemmingInput,
  ToewijzingInput,
  VierstappenInput,
} from '@rmc/shared-api-types';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  CONTACT_MET,
  CONTACTVORMEN,
  DOEL_STATUSSEN,
  DOELGROEPEN,
  FASEN,
  GEEN_CONTACT_MAX_DAGEN,
  LEEFGEBIEDEN,
  PLAN_MAX,
  SLUITREDENEN,
  TEKST_MAX,
  teLang,
  UITKOMSTEN,
  type ContactMet,
  type Contactvorm,
  type Doelgroep,
  type DoelStatus,
  type Fase,
  type Sluitreden,
  type Uitkomst,
} from '@rmc/shared-domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** Query strings are text: 'true' / 'false' become booleans, anything else stays and fails @IsBoolean (400). */
const alsBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const dagenBericht = { message: `Geef een aantal dagen van 1 tot ${GEEN_CONTACT_MAX_DAGEN} (een geheel getal).` };

/** GET /api/v1/casussen — server-side caseload filters and paging; a partner may filter on fase and doelgroep only. */
export class CasussenQueryDto extends PaginaQueryDto implements CasussenFilter {
  @ApiPropertyOptional({ enum: FASEN })
  @IsOptional()
  @IsIn(FASEN as unknown as string[], { message: 'Kies een bestaande fase.' })
  fase?: Fase;
  @ApiPropertyOptional({ enum: DOELGROEPEN })
  @IsOptional()
  @IsIn(DOELGROEPEN as unknown as string[], { message: 'Kies een bestaande doelgroep.' })
  doelgroep?: Doelgroep;
  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: alleen casussen met open acties over de deadline; false: alleen zonder',
  })
  @IsOptional()
  @Transform(alsBoolean)
  @IsBoolean({ message: 'Geef true of false.' })
  teLaat?: boolean;
  @ApiPropertyOptional({
    minimum: 1,
    maximum: GEEN_CONTACT_MAX_DAGEN,
    description:
      'Casussen zonder contactmoment met uitkomst contact in de laatste N dagen (geteld vanaf het laatste contact, anders vanaf het aanmaken)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(dagenBericht)
  @Min(1, dagenBericht)
  @Max(GEEN_CONTACT_MAX_DAGEN, dagenBericht)
  geenContactDagen?: number;
  @ApiPropertyOptional({ description: 'Alleen de casussen van deze consulent' })
  @IsOptional()
  @IsUUID('4', { message: 'Kies een consulent.' })
  consulentId?: string;
  @ApiPropertyOptional({
    type: String,
    description:
      'Organisatie-id’s, gescheiden door komma’s: alleen casussen met een actieve deling (met grondslag) met elk van deze organisaties, zoals de agenda van een overleg vraagt',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray({ message: 'Geef organisatie-id’s, gescheiden door komma’s.' })
  @ArrayMaxSize(50, { message: 'Geef hoogstens 50 organisaties.' })
  @IsUUID('4', { each: true, message: 'Geef geldige organisatie-id’s.' })
  gedeeldMet?: string[];
}

export class CasusCreateDto implements CasusCreate {
  @ApiProperty() @IsUUID('4', { message: 'Kies een jongere.' }) persoonId!: string;
  @ApiProperty({ enum: DOELGROEPEN })
  @IsIn(DOELGROEPEN as unknown as string[], { message: 'Kies een doelgroep.' })
  doelgroep!: Doelgroep;
  @ApiProperty({ enum: ['melding', 'duo-lijst', 'partner', 'loket', 'eigen-onderzoek'] })
  @IsIn(['melding', 'duo-lijst', 'partner', 'loket', 'eigen-onderzoek'], { message: 'Kies de bron van het signaal.' })
  bron!: CasusBron;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) bronToelichting?: string;
}

export class SignaleringDto implements SignaleringInput {
  @ApiProperty() @IsBoolean({ message: 'Kies of directe actie nodig is.' }) actieNodig!: boolean;
  @ApiProperty() @IsString() @Length(5, 2000, { message: 'Licht het oordeel toe (5 tot 2000 tekens).' }) toelichting!: string;
}

export class IntakeDto implements IntakeInput {
  @ApiProperty({
    description: 'Vraag → antwoord (routekaart-intakevragen)',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsObject({ message: 'Geef de antwoorden op de intakevragen.' })
  antwoorden!: Record<string, string>;
  @ApiProperty() @IsDatum({ message: 'Vul de datum van het gesprek in.' }) datum!: string;
}

export class Big5Dto implements Big5Input {
  @ApiProperty({
    description: 'Per Big 5-principe (support, wonen, school-werk, inkomen, welzijn): { stand, toelichting? }',
    type: 'object',
    additionalProperties: true,
  })
  @IsObject({ message: 'Geef per onderdeel van de Big 5 aan hoe het ervoor staat.' })
  principes!: Record<string, unknown>;
}

const doelTekst = { message: 'Beschrijf wat de jongere wil bereiken (3 tot 500 tekens).' };
const afspraakTekst = { message: 'Beschrijf de afspraak, bijvoorbeeld “elke twee weken bellen” (3 tot 500 tekens).' };

export class PlanDoelDto {
  @ApiProperty({ minLength: 3, maxLength: 500, description: 'Wat de jongere wil bereiken, geen diagnoses' })
  @IsString(doelTekst)
  @Length(3, 500, doelTekst)
  omschrijving!: string;
  @ApiProperty({ enum: DOEL_STATUSSEN })
  @IsIn(DOEL_STATUSSEN as unknown as string[], { message: 'Kies de status van het doel: open, bereikt of losgelaten.' })
  status!: DoelStatus;
}

export class ContactafspraakDto {
  @ApiProperty({ enum: CONTACT_MET })
  @IsIn(CONTACT_MET as unknown as string[], { message: 'Kies met wie de afspraak is: de jongere of een partnerorganisatie.' })
  met!: ContactMet;
  @ApiPropertyOptional({ description: 'Verplicht bij met = partner: een organisatie van de regio van de casus' })
  @ValidateIf((a: ContactafspraakDto) => a.met === 'partner' || a.organisatieId != null)
  @IsUUID('4', { message: 'Kies de partnerorganisatie waarmee de afspraak is.' })
  organisatieId?: string;
  @ApiProperty({ minLength: 3, maxLength: 500, example: 'Elke twee weken bellen' })
  @IsString(afspraakTekst)
  @Length(3, 500, afspraakTekst)
  afspraak!: string;
  @ApiPropertyOptional({ description: 'Het volgende afgesproken contact (jjjj-mm-dd)' })
  @IsOptional()
  @IsDatum({ message: 'Vul een bestaande datum in (jjjj-mm-dd).' })
  volgendeDatum?: string;
}

/** PUT /api/v1/casussen/:id/plan — replaces both lists; empty lists are allowed. */
export class PlanDto implements PlanInput {
  @ApiProperty({ type: [PlanDoelDto], maxItems: PLAN_MAX })
  @IsArray({ message: 'Geef de doelen als lijst (een lege lijst mag).' })
  @ArrayMaxSize(PLAN_MAX, { message: `Een plan heeft hoogstens ${PLAN_MAX} doelen.` })
  @ValidateNested({ each: true, message: 'Geef per doel een omschrijving en een status.' })
  @Type(() => PlanDoelDto)
  doelen!: PlanDoelDto[];
  @ApiProperty({ type: [ContactafspraakDto], maxItems: PLAN_MAX })
  @IsArray({ message: 'Geef de contactafspraken als lijst (een lege lijst mag).' })
  @ArrayMaxSize(PLAN_MAX, { message: `Een plan heeft hoogstens ${PLAN_MAX} contactafspraken.` })
  @ValidateNested({ each: true, message: 'Geef per contactafspraak met wie, de afspraak en eventueel de volgende datum.' })
  @Type(() => ContactafspraakDto)
  contactafspraken!: ContactafspraakDto[];
}

export class ScoreDto implements LeefgebiedScore {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'Geef een score van 1 tot 5.' })
  @Min(1, { message: 'Geef een score van 1 tot 5.' })
  @Max(5, { message: 'Geef een score van 1 tot 5.' })
  score!: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Houd de notitie kort (feiten, geen diagnoses).' })
  notitie?: string;
}

export class ScanDto implements ScanInput {
  @ApiProperty() @IsDatum({ message: 'Vul de datum in.' }) datum!: string;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/ScoreDto' } })
  @IsObject({ message: 'Geef per leefgebied een score.' })
  scores!: Record<string, ScoreDto>;
}

export class ActieDto implements PlanActieInput {
  @ApiProperty() @IsString() @Length(3, 500, { message: 'Omschrijf de actie (3 tot 500 tekens).' }) omschrijving!: string;
  @ApiPropertyOptional({ description: 'Leeg: de consulent (RMC) is eigenaar' })
  @IsOptional()
  @IsUUID('4', { message: 'Kies een partnerorganisatie.' })
  eigenaarOrganisatieId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'Kies een medewerker.' }) eigenaarGebruikerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsDatum({ message: 'Vul een datum in (jjjj-mm-dd).' }) deadline?: string;
  @ApiPropertyOptional({ description: 'De jongere doet dit zelf (zichtbaar in /jongere, daar af te vinken)' })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  eigenaarJongere?: boolean;
}

export class ActieStatusDto implements PlanActieStatusInput {
  @ApiProperty({ enum: ['open', 'gedaan', 'niet-gedaan', 'niet-mogelijk'] })
  @IsIn(['open', 'gedaan', 'niet-gedaan', 'niet-mogelijk'], { message: 'Kies open, gedaan, niet gedaan of niet mogelijk.' })
  status!: PlanActieStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) toelichting?: string;
}

export class RegieDto implements RegieInput {
  @ApiProperty({ description: 'Procesregie: altijd een consulent van de regio' })
  @IsUUID('4', { message: 'Kies de consulent met procesregie.' })
  procesregieId!: string;
  @ApiPropertyOptional({ description: 'Casusregie bij een partner; leeg = bij de consulent' })
  @IsOptional()
  @IsUUID('4', { message: 'Kies de regiehouder.' })
  casusregieOrganisatieId?: string;
}

/** PUT /api/v1/casussen/:id/toewijzing — the coördinator moves a case to another consulent (and may correct the doelgroep). */
@ApiSchema({ name: 'CasusToewijzingDto' })
export class ToewijzingDto implements ToewijzingInput {
  @ApiProperty({
    description: 'De nieuwe consulent: een actief lid van de regio (consulent, coördinator of leerplichtambtenaar)',
  })
  @IsUUID('4', { message: 'Kies een consulent.' })
  consulentId!: string;
  @ApiPropertyOptional({ enum: DOELGROEPEN })
  @IsOptional()
  @IsIn(DOELGROEPEN as unknown as string[], { message: 'Kies een doelgroep.' })
  doelgroep?: Doelgroep;
}

export class ContactDto implements ContactmomentInput {
  @ApiProperty() @IsDatum({ message: 'Vul de datum in.' }) datum!: string;
  @ApiProperty({ enum: CONTACTVORMEN })
  @IsIn(CONTACTVORMEN as unknown as string[], { message: 'Kies de vorm van contact.' })
  vorm!: Contactvorm;
  @ApiProperty({ enum: UITKOMSTEN })
  @IsIn(UITKOMSTEN as unknown as string[], { message: 'Kies de uitkomst.' })
  uitkomst!: Uitkomst;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notitie?: string;
}

export class FaseDto implements FaseInput {
  @ApiProperty({ enum: FASEN }) @IsIn(FASEN as unknown as string[], { message: 'Kies een fase.' }) naar!: Fase;
  @ApiPropertyOptional({ enum: SLUITREDENEN })
  @IsOptional()
  @IsIn(SLUITREDENEN as unknown as string[], { message: 'Kies een reden van afsluiten.' })
  sluitreden?: Sluitreden;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) onderbouwing?: string;
  @ApiPropertyOptional() @IsOptional() @IsObject() evaluatie?: Record<string, string>;
}

export class ToestemmingDto implements ToestemmingInput {
  @ApiProperty() @IsDatum({ message: 'Vul de datum van de toestemming in.' }) datum!: string;
  @ApiProperty() @IsString() @Length(5, 1000, { message: 'Beschrijf waarvoor de jongere toestemming gaf.' }) reikwijdte!: string;
  @ApiProperty() @IsDatum({ message: 'Vul de einddatum van de toestemming in.' }) verlooptOp!: string;
  @ApiPropertyOptional({ description: 'Referentie naar de getekende machtiging (bijlage)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  machtiging?: string;
}

const stapTekst = { message: teLang(TEKST_MAX.notitie) };

export class VierstappenDto implements VierstappenInput {
  @ApiProperty({ maxLength: TEKST_MAX.notitie }) @MaxLength(TEKST_MAX.notitie, stapTekst) @IsString() grondslag!: string;
  @ApiProperty({ maxLength: TEKST_MAX.notitie }) @MaxLength(TEKST_MAX.notitie, stapTekst) @IsString() doel!: string;
  @ApiProperty({ maxLength: TEKST_MAX.notitie })
  @MaxLength(TEKST_MAX.notitie, stapTekst)
  @IsString()
  proportionaliteit!: string;
  @ApiProperty({ maxLength: TEKST_MAX.notitie })
  @MaxLength(TEKST_MAX.notitie, stapTekst)
  @IsString()
  subsidiariteit!: string;
}

export class DelingDto implements DelingInput {
  @ApiProperty() @IsUUID('4', { message: 'Kies de partnerorganisatie.' }) organisatieId!: string;
  @ApiProperty({ enum: ['toestemming', 'wettelijke-taak'] })
  @IsIn(['toestemming', 'wettelijke-taak'], { message: 'Kies de grondslag.' })
  grondslag!: 'toestemming' | 'wettelijke-taak';
  @ApiPropertyOptional({ type: ToestemmingDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ToestemmingDto)
  toestemming?: ToestemmingDto;
  @ApiPropertyOptional({ type: VierstappenDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => VierstappenDto)
  vierstappen?: VierstappenDto;
  @ApiProperty() @IsString() @Length(5, 1000, { message: 'Beschrijf het doel van het delen.' }) doel!: string;
  @ApiProperty({ type: [String] })
  @IsArray({ message: 'Kies de secties die u deelt.' })
  @ArrayMinSize(1, { message: 'Deel minstens één sectie.' })
  @ArrayMaxSize(100, { message: 'Kies hoogstens 100 secties.' })
  @MaxLength(TEKST_MAX.sectie, { each: true, message: 'Onbekende sectie.' })
  @IsString({ each: true })
  secties!: string[];
  @ApiProperty() @IsDatum({ message: 'Vul een einddatum in.' }) eindDatum!: string;
}

export class NotitieDto implements NotitieInput {
  @ApiProperty() @IsString() @Length(2, 2000, { message: 'Schrijf een notitie (2 tot 2000 tekens).' }) tekst!: string;
}

export const LEEFGEBIED_SET = new Set<string>(LEEFGEBIEDEN);
