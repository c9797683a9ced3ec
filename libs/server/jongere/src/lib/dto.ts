import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  JongereAfspraakReactieInput,
  JongereBerichtInput,
  JongereCodeAanvraagInput,
  JongereCodeInlogInput,
  JongereLinkInput,
  JongereUitnodigingInput,
} from '@rmc/shared-api-types';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class JongereUitnodigingBody implements JongereUitnodigingInput {
  @ApiPropertyOptional({ description: 'Leeg: het e-mailadres van de jongere uit het dossier' })
  @IsOptional()
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  @MaxLength(254)
  email?: string;
}

export class JongereLinkBody implements JongereLinkInput {
  @ApiProperty() @IsString() @Length(20, 200, { message: 'Deze link is niet compleet.' }) token!: string;
}

export class JongereCodeAanvraagBody implements JongereCodeAanvraagInput {
  @ApiProperty() @IsEmail({}, { message: 'Vul je e-mailadres in.' }) @MaxLength(254) email!: string;
}

export class JongereCodeInlogBody implements JongereCodeInlogInput {
  @ApiProperty() @IsEmail({}, { message: 'Vul je e-mailadres in.' }) @MaxLength(254) email!: string;
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\s*\d{6}\s*$/, { message: 'De code heeft 6 cijfers.' })
  code!: string;
}

export class JongereAfspraakReactieBody implements JongereAfspraakReactieInput {
  @ApiProperty({ enum: ['bevestigd', 'verzetten'] })
  @IsIn(['bevestigd', 'verzetten'], { message: 'Kies: de afspraak klopt, of je wilt hem verzetten.' })
  reactie!: 'bevestigd' | 'verzetten';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500, { message: 'Hoogstens 500 tekens.' }) toelichting?: string;
}

export class JongereBerichtBody implements JongereBerichtInput {
  @ApiProperty() @IsString() @Length(2, 1000, { message: 'Schrijf een bericht (2 tot 1000 tekens).' }) tekst!: string;
}
