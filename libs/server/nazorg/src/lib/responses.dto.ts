import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  NAZORG_UITKOMSTEN,
  type NazorgTaakDto,
  type NazorgTaakSoort,
  type NazorgUitkomst,
  type NazorgUitkomstAntwoord,
} from '@rmc/shared-api-types';

/** OpenAPI response schemas of the nazorg context; each class implements the shared type. */

@ApiSchema({ name: 'NazorgTaak' })
export class NazorgTaakAntwoordDto implements NazorgTaakDto {
  @ApiProperty() id!: string;
  @ApiProperty() casusId!: string;
  @ApiProperty({ enum: ['nazorg', 'jaarcontact', 'kwint'] }) soort!: NazorgTaakSoort;
  @ApiProperty({ description: 'jjjj-mm-dd' }) moment!: string;
  @ApiProperty({ enum: NAZORG_UITKOMSTEN, nullable: true }) uitkomst!: NazorgUitkomst | null;
  @ApiProperty({ type: String, nullable: true }) afgerondOp!: string | null;
  @ApiProperty() voornaam!: string;
  @ApiProperty() achternaam!: string;
  @ApiProperty() nuTeDoen!: boolean;
}

@ApiSchema({ name: 'NazorgUitkomstAntwoord' })
export class NazorgUitkomstAntwoordDto implements NazorgUitkomstAntwoord {
  @ApiProperty() id!: string;
  @ApiProperty() casusId!: string;
  @ApiProperty() heropenenAanbevolen!: boolean;
}
