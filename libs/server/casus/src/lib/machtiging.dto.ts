import { ApiProperty } from '@nestjs/swagger';
import type { MachtigingInput } from '@rmc/shared-api-types';
import { IsString, MaxLength } from 'class-validator';

/** Accepted forms of a signed consent: a scan or a PDF, at most 5 MB. */
export const MACHTIGING_TYPES: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };
export const MACHTIGING_MAX_BYTES = 5 * 1024 * 1024;

/** PUT /api/v1/casussen/:id/delingen/:delingId/machtiging */
export class MachtigingDto implements MachtigingInput {
  @ApiProperty({ description: 'Oorspronkelijke bestandsnaam (alleen ter herkenning; niet in de download)' })
  @IsString({ message: 'Geef de bestandsnaam.' })
  @MaxLength(200, { message: 'De bestandsnaam is te lang.' })
  bestandsnaam!: string;
  @ApiProperty({ enum: Object.keys(MACHTIGING_TYPES) })
  @IsString({ message: 'Geef het bestandstype.' })
  mime!: MachtigingInput['mime'];
  @ApiProperty({ description: 'De inhoud, base64' }) @IsString({ message: 'Voeg het bestand toe.' }) inhoud!: string;
}
