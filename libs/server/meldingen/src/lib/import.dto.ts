import { ApiProperty } from '@nestjs/swagger';
import type { ImportStart } from '@rmc/shared-api-types';
import { IsBoolean, IsObject, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** 100,000 rows of up to 600 characters; the JSON body limit of the import route is set to match (create-api.ts). */
export const IMPORT_MAX_TEKENS = 60_000_000;

export class ImportStartDto implements ImportStart {
  @ApiProperty()
  @IsString()
  @MinLength(10, { message: 'Voeg een CSV-bestand toe.' })
  @MaxLength(IMPORT_MAX_TEKENS, { message: 'Het bestand is te groot (hoogstens 60 MB).' })
  csv!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  @IsObject({ message: 'Geef de kolomkoppeling.' })
  kolommen!: Record<string, string>;
  @ApiProperty() @IsBoolean({ message: 'Kies proefrun ja of nee.' }) proefrun!: boolean;
  @ApiProperty() @IsUUID('4', { message: 'Kies de leslocatie.' }) leslocatieVestigingId!: string;
}
