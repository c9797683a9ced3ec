import { Body, Controller, Injectable, Patch } from '@nestjs/common';
import { ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, CurrentActor, Db, Ingelogd, type Actor } from '@rmc/server-core';
import type { MailVoorkeur, VoorkeurenUpdate } from '@rmc/shared-api-types';
import { IsIn } from 'class-validator';

/** PATCH /api/v1/auth/voorkeuren */
export class MailVoorkeurDto implements VoorkeurenUpdate {
  @ApiProperty({ enum: ['direct', 'dagelijks'] })
  @IsIn(['direct', 'dagelijks'], { message: 'Kies direct of een dagelijks overzicht.' })
  mailVoorkeur!: MailVoorkeur;
}

@ApiSchema({ name: 'Voorkeuren' })
export class VoorkeurenAntwoordDto implements VoorkeurenUpdate {
  @ApiProperty({ enum: ['direct', 'dagelijks'] }) mailVoorkeur!: MailVoorkeur;
}

/** The user's own mail preference: a column of `gebruiker`, which the identity context owns. */
@Injectable()
export class VoorkeurenService {
  constructor(private readonly db: Db) {}

  async zet(actor: Actor, mailVoorkeur: MailVoorkeur): Promise<VoorkeurenUpdate> {
    await this.db.query([`UPDATE gebruiker`, `SET mail_voorkeur = $2`, `WHERE id = $1`].join('\n'), [
      actor.gebruikerId,
      mailVoorkeur,
    ]);
    return { mailVoorkeur };
  }
}

@ApiTags('nazorg')
@Controller('v1')
export class VoorkeurenController {
  constructor(private readonly voorkeuren: VoorkeurenService) {}

  /** Immediate mails or one daily digest (Dutch, without personal data). */
  @Ingelogd()
  @Patch('auth/voorkeuren')
  @ApiAntwoord(VoorkeurenAntwoordDto)
  voorkeur(@CurrentActor() actor: Actor, @Body() dto: MailVoorkeurDto) {
    return this.voorkeuren.zet(actor, dto.mailVoorkeur);
  }
}
