import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class ImportStartDto {
  @ApiProperty() @IsString() @MinLength(10, { message: 'Voeg een CSV-bestand toe.' }) @MaxLength(15_000_000, { message: 'Het bestand is te groot.' }) csv!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) @IsObject({ message: 'Geef de kolomkoppeling.' }) kolommen!: Record<string, string>;
  @ApiProperty() @IsBoolean({ message: 'Kies proefrun ja of nee.' }) proefrun!: boolean;
  @ApiProperty() @IsUUID('4', { message: 'Kies de leslocatie.' }) leslocatieVestigingId!: string;
}
