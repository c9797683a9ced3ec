import { Body, Controller, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAntwoord, CurrentActor, Ingelogd, type Actor } from '@rmc/server-core';
import type { VoorkeurenUpdate } from '@rmc/shared-api-types';
import { VoorkeurenAntwoordDto } from './responses.dto';
import { MailVoorkeurDto } from './voorkeuren.dto';
import { VoorkeurenService } from './voorkeuren.service';

@ApiTags('nazorg')
@Controller('v1')
export class VoorkeurenController {
  constructor(private readonly voorkeuren: VoorkeurenService) {}

  /** Immediate mails or one daily digest (Dutch, without personal data). */
  @Ingelogd()
  @Patch('auth/voorkeuren')
  @ApiAntwoord(VoorkeurenAntwoordDto)
  voorkeur(@CurrentActor() actor: Actor, @Body() dto: MailVoorkeurDto): Promise<VoorkeurenUpdate> {
    return this.voorkeuren.zet(actor, dto.mailVoorkeur);
  }
}
