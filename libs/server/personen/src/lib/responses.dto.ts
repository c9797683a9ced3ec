import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { TIJDLIJN_SOORTEN, type TijdlijnItem, type TijdlijnSoort } from '@rmc/shared-domain';
import type { PersoonDto } from '@rmc/shared-api-types';

/** OpenAPI response schemas of the personen context; each class implements the shared type. */

/** The fields the caller may see; absent means "not for you". */
@ApiSchema({ name: 'Persoon' })
export class PersoonAntwoordDto implements PersoonDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional() bsn?: string;
  @ApiPropertyOptional() voornaam?: string;
  @ApiPropertyOptional() achternaam?: string;
  @ApiPropertyOptional() geboortedatum?: string;
  @ApiPropertyOptional() postcode?: string;
  @ApiPropertyOptional() gemeenteCode?: string;
  @ApiPropertyOptional() telefoon?: string;
  @ApiPropertyOptional() email?: string;
}

/** One line of a person's or case's timeline, newest first (also `CasusDto.tijdlijn`). */
@ApiSchema({ name: 'TijdlijnItem' })
export class TijdlijnItemDto implements TijdlijnItem {
  @ApiProperty({ description: 'ISO-tijdstip of datum (jjjj-mm-dd)' }) op!: string;
  @ApiProperty({ enum: TIJDLIJN_SOORTEN }) soort!: TijdlijnSoort;
  @ApiProperty() tekst!: string;
  @ApiPropertyOptional() link?: string;
}
