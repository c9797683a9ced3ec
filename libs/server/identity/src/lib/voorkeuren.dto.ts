import { ApiProperty } from '@nestjs/swagger';
import type { MailVoorkeur, VoorkeurenUpdate } from '@rmc/shared-api-types';
import { IsIn } from 'class-validator';

/** PATCH /api/v1/auth/voorkeuren */
export class MailVoorkeurDto implements VoorkeurenUpdate {
  @ApiProperty({ enum: ['direct', 'dagelijks'] })
  @IsIn(['direct', 'dagelijks'], { message: 'Kies direct of een dagelijks overzicht.' })
  mailVoorkeur!: MailVoorkeur;
}
