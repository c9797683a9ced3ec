import { Injectable } from '@nestjs/common';
import { Db, type Actor } from '@rmc/server-core';
import type { MailVoorkeur, VoorkeurenUpdate } from '@rmc/shared-api-types';

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
