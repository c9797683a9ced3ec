import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { ZoekAntwoord, ZoekGroep, ZoekItem, ZoekRequest, ZoekSoort } from '@rmc/shared-api-types';
import { Type } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';

/** The term goes in the body, never in the URL or a log: it may be a BSN. */
export class ZoekRequestDto implements ZoekRequest {
  @ApiProperty({
    description: 'Naam (minstens 3 letters), BSN (9 cijfers) of geboortedatum (dd-mm-jjjj of jjjj-mm-dd).',
    example: 'Jansen',
  })
  @IsString({ message: 'Vul een zoekterm in.' })
  @MaxLength(100, { message: 'De zoekterm is te lang (hoogstens 100 tekens).' })
  q!: string;
}

class ZoekItemDto implements ZoekItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() titel!: string;
  @ApiProperty({ type: String, nullable: true }) omschrijving!: string | null;
  @ApiProperty({ example: '/casussen/00000000-0000-0000-0000-000000000000' }) link!: string;
}

class ZoekGroepDto implements ZoekGroep {
  @ApiProperty({ enum: ['jongere', 'melding', 'casus', 'overleg'] }) soort!: ZoekSoort;
  @ApiProperty({ type: [ZoekItemDto] }) @Type(() => ZoekItemDto) items!: ZoekItemDto[];
  @ApiProperty() meer!: boolean;
}

@ApiSchema({ name: 'ZoekAntwoord' })
export class ZoekAntwoordDto implements ZoekAntwoord {
  @ApiProperty({ type: [ZoekGroepDto] }) groepen!: ZoekGroepDto[];
}
