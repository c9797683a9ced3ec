import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AuditService, Conflict, Db, type AppConfig } from '@rmc/server-core';
import { OutboxService, WACHTWOORD_TOKEN_PLAATSHOUDER } from '@rmc/server-notificaties';
import type { Rol } from '@rmc/shared-domain';
import { nieuwToken } from './tokens';

export interface NieuwLid {
  email: string;
  naam: string;
  rol: Rol;
  regioId: string | null;
  organisatieId: string | null;
  vestigingId?: string | null;
}

const GELDIG_DAGEN = 7;

/**
 * Invites a user: account (or existing account), membership, set-password token and the mail in
 * the outbox — one transaction, so there is never a membership without its mail or vice versa.
 */
@Injectable()
export class UitnodigingenService {
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async nodigUit(lid: NieuwLid): Promise<string> {
    const bestaand = await this.db.one<{ id: string; heeft_wachtwoord: boolean }>(
      `SELECT id, wachtwoord_hash IS NOT NULL AS heeft_wachtwoord FROM gebruiker WHERE lower(email) = lower($1)`,
      [lid.email],
    );
    const gebruikerId =
      bestaand?.id ??
      (await this.db.one<{ id: string }>(`INSERT INTO gebruiker (email, naam) VALUES ($1, $2) RETURNING id`, [
        lid.email.trim(),
        lid.naam.trim(),
      ]))!.id;
    const nieuw = await this.db.one<{ id: string }>(
      `INSERT INTO lidmaatschap (gebruiker_id, rol, regio_id, organisatie_id, vestiging_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [gebruikerId, lid.rol, lid.regioId, lid.organisatieId, lid.vestigingId ?? null],
    );
    if (!nieuw)
      throw Conflict('al-lid', 'Deze gebruiker heeft deze rol al bij deze organisatie.', [
        { field: 'email', message: 'Deze gebruiker is hier al lid met deze rol.' },
      ]);

    if (bestaand?.heeft_wachtwoord) {
      await this.outbox.plaats({
        sleutel: `lidmaatschap-${nieuw.id}`,
        ontvanger: lid.email,
        onderwerp: 'U heeft toegang gekregen tot het RMC-platform',
        tekst: `Goedendag,\n\nU heeft een nieuwe rol gekregen op het RMC-platform. Log in via ${this.config.publicUrl}/inloggen.\n\nDit bericht bevat bewust geen persoonsgegevens.`,
      });
    } else {
      // A placeholder hash: the relay sets the real token's hash when it sends the mail, so the
      // link exists only in the delivered mail (never in the outbox).
      const { hash } = nieuwToken();
      const t = await this.db.one<{ id: string }>(
        `INSERT INTO wachtwoord_token (token_hash, gebruiker_id, verloopt_op) VALUES ($1, $2, now() + interval '${GELDIG_DAGEN} days') RETURNING id`,
        [hash, gebruikerId],
      );
      await this.outbox.plaats({
        sleutel: `uitnodiging-${t!.id}`,
        wachtwoordTokenId: t!.id,
        ontvanger: lid.email,
        onderwerp: 'Uitnodiging voor het RMC-platform',
        tekst:
          `Goedendag,\n\nU bent uitgenodigd voor het RMC-platform. Stel binnen ${GELDIG_DAGEN} dagen uw wachtwoord in via deze link:\n\n` +
          `${this.config.publicUrl}/wachtwoord-instellen#token=${WACHTWOORD_TOKEN_PLAATSHOUDER}\n\nDe link werkt één keer. Dit bericht bevat bewust geen persoonsgegevens.`,
      });
    }
    await this.audit.log({
      actie: 'invite',
      subjectType: 'Gebruiker',
      subjectId: gebruikerId,
      doel: 'gebruikersbeheer',
      resultaat: 'toegestaan',
    });
    return gebruikerId;
  }
}
