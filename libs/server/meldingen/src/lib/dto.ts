import { IsDatum } from '@rmc/server-core';
import type {
  AanvullingAntwoord,
  AanvullingVraag,
  MeldingCreate,
  OordeelInput,
  TerugkoppelingInput,
  Toewijzing,
} from '@rmc/shared-api-types';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  DOELGROEPEN,
  OORDELEN,
  REDENEN_AFGESLOTEN,
  TERUGMELD_STATUSSEN,
  VERMOEDELIJKE_SOORTEN,
  ZORGEN,
  type Doelgroep,
} from '@rmc/shared-domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
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

const tekst = (max = 2000) => [
  IsOptional(),
  IsString({ message: 'Vul tekst in.' }),
  MaxLength(max, { message: `Gebruik hoogstens ${max} tekens.` }),
];
const Tekst = (max?: number) => (target: object, key: string) => tekst(max).forEach((d) => d(target, key));

/**
 * A melding as the school files it. Which fields are REQUIRED is decided by the verzuimagenda of the
 * instelling (checked after this DTO), so apart from the kind and the location everything is optional here.
 */
export class MeldingCreateDto implements Partial<MeldingCreate> {
  @ApiProperty() @IsString() @Length(2, 60, { message: 'Kies een soort melding.' }) soort!: string;
  @ApiProperty() @IsUUID('4', { message: 'Kies de leslocatie.' }) leslocatieVestigingId!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{9}$/, { message: 'Een BSN bestaat uit 9 cijfers.' }) bsn?: string;
  @ApiPropertyOptional() @Tekst(80) voornaam?: string;
  @ApiPropertyOptional() @Tekst(120) achternaam?: string;
  @ApiPropertyOptional() @IsOptional() @IsDatum({ message: 'Vul een datum in (jjjj-mm-dd).' }) geboortedatum?: string;
  @ApiPropertyOptional() @Tekst(8) postcode?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9 +()-]{8,20}$/, { message: 'Vul een geldig telefoonnummer in.' })
  telefoon?: string;
  @ApiPropertyOptional() @Tekst(300) afwijkendVerblijfadres?: string;
  @ApiPropertyOptional() @IsOptional() @IsDatum({ message: 'Vul een datum in (jjjj-mm-dd).' }) begindatum?: string;
  @ApiPropertyOptional() @IsOptional() @IsDatum({ message: 'Vul een datum in (jjjj-mm-dd).' }) einddatum?: string;
  @ApiPropertyOptional({ enum: VERMOEDELIJKE_SOORTEN })
  @IsOptional()
  @IsIn(VERMOEDELIJKE_SOORTEN as unknown as string[], { message: 'Kies een vermoedelijke soort verzuim.' })
  vermoedelijkeSoort?: string;
  @ApiPropertyOptional() @Tekst(500) vermoedelijkeReden?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Kies ja of nee.' }) allesGemist?: boolean;
  @ApiPropertyOptional() @Tekst() doorSchoolOndernomen?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'Kies ja of nee.' }) actieGewenst?: boolean;
  @ApiPropertyOptional() @Tekst() toelichtingActieGewenst?: string;
  @ApiPropertyOptional() @Tekst(120) melderNaam?: string;
  @ApiPropertyOptional() @Tekst(120) melderFunctie?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9 +()-]{8,20}$/, { message: 'Vul een geldig telefoonnummer in.' })
  melderTelefoon?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' }) melderEmail?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal dagen in.' })
  @Min(0, { message: 'Het aantal kan niet negatief zijn.' })
  @Max(400, { message: 'Dat zijn te veel dagen.' })
  verzuimDagen?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal uren in.' })
  @Min(0, { message: 'Het aantal kan niet negatief zijn.' })
  @Max(3000, { message: 'Dat zijn te veel uren.' })
  verzuimUren?: number;
  @ApiPropertyOptional({ enum: ZORGEN, isArray: true })
  @IsOptional()
  @IsArray({ message: 'Geef een lijst van zorgen.' })
  @ArrayMaxSize(3)
  @IsIn(ZORGEN as unknown as string[], { each: true, message: 'Kies uit de zorgen van de richtlijn.' })
  zorgen?: string[];
  @ApiPropertyOptional() @Tekst() afsprakenMetStudent?: string;
  @ApiPropertyOptional() @Tekst() betrokkenContacten?: string;
  @ApiPropertyOptional() @Tekst() lopendeHulp?: string;
  @ApiPropertyOptional() @Tekst() verwachtingVanRegio?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'Kies de vorige melding.' }) vorigeMeldingId?: string;
}

/** Fields a school may add or correct when it answers a question (the quality loop). */
export class MeldingAanvullingVeldenDto implements Partial<MeldingCreate> {
  // The same bounds as a new melding: an out-of-range number is a 400 naming the field, never an integer overflow.
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal dagen in.' })
  @Min(0, { message: 'Het aantal kan niet negatief zijn.' })
  @Max(400, { message: 'Dat zijn te veel dagen.' })
  verzuimDagen?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'Vul een geheel aantal uren in.' })
  @Min(0, { message: 'Het aantal kan niet negatief zijn.' })
  @Max(3000, { message: 'Dat zijn te veel uren.' })
  verzuimUren?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(ZORGEN as unknown as string[], { each: true, message: 'Kies uit de zorgen van de richtlijn.' })
  zorgen?: string[];
  @ApiPropertyOptional() @Tekst(500) vermoedelijkeReden?: string;
  @ApiPropertyOptional() @Tekst() doorSchoolOndernomen?: string;
  @ApiPropertyOptional() @Tekst() afsprakenMetStudent?: string;
  @ApiPropertyOptional() @Tekst() betrokkenContacten?: string;
  @ApiPropertyOptional() @Tekst() lopendeHulp?: string;
  @ApiPropertyOptional() @Tekst() verwachtingVanRegio?: string;
  @ApiPropertyOptional() @Tekst() toelichtingActieGewenst?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9 +()-]{8,20}$/, { message: 'Vul een geldig telefoonnummer in.' })
  telefoon?: string;
}

export class AanvullingVraagDto implements AanvullingVraag {
  @ApiProperty() @IsString() @Length(5, 1000, { message: 'Stel een concrete vraag (5 tot 1000 tekens).' }) vraag!: string;
}

export class AanvullingAntwoordDto implements AanvullingAntwoord {
  @ApiProperty() @IsString() @Length(2, 2000, { message: 'Geef een antwoord (2 tot 2000 tekens).' }) antwoord!: string;
  @ApiPropertyOptional({ type: MeldingAanvullingVeldenDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeldingAanvullingVeldenDto)
  velden?: MeldingAanvullingVeldenDto;
}

@ApiSchema({ name: 'MeldingToewijzingDto' })
export class ToewijzingDto implements Toewijzing {
  @ApiProperty() @IsUUID('4', { message: 'Kies een consulent.' }) consulentId!: string;
}

export class OordeelDto implements OordeelInput {
  @ApiProperty({ enum: OORDELEN })
  @IsIn(OORDELEN as unknown as string[], { message: 'Kies actie vereist, geen actie of ter kennisneming.' })
  oordeel!: 'actie-vereist' | 'geen-actie' | 'ter-kennisneming';
  @ApiPropertyOptional() @Tekst(1000) reden?: string;
  @ApiPropertyOptional({ enum: DOELGROEPEN })
  @IsOptional()
  @IsIn(DOELGROEPEN as unknown as string[], { message: 'Kies een doelgroep.' })
  doelgroep?: Doelgroep;
}

export class TerugkoppelingDto implements TerugkoppelingInput {
  @ApiProperty({ enum: TERUGMELD_STATUSSEN })
  @IsIn(TERUGMELD_STATUSSEN as unknown as string[], { message: 'Kies in behandeling, afgesloten of ter kennisneming.' })
  status!: 'in-behandeling' | 'afgesloten' | 'ter-kennisneming';
  @ApiPropertyOptional({ enum: REDENEN_AFGESLOTEN })
  @IsOptional()
  @IsIn(REDENEN_AFGESLOTEN as unknown as string[], { message: 'Kies een van de 7 redenen van DUO.' })
  redenAfgesloten?: string;
  @ApiProperty()
  @IsString()
  @Length(2, 2000, { message: 'Licht de terugkoppeling toe (2 tot 2000 tekens).' })
  toelichting!: string;
  @ApiProperty() @IsString() @Length(2, 200, { message: 'Vul de contactpersoon van de regio in.' }) contactpersoon!: string;
}
