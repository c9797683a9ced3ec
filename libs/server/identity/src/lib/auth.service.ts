import { Injectable, Logger } from '@nestjs/common';
import { AuditService, Db, Problem, NietIngelogd, Ongeldig, type Actor } from '@rmc/server-core';
import { blokkadeTot, controleerWachtwoord } from '@rmc/shared-domain';
import * as argon2 from 'argon2';
import { authenticator } from 'otplib';
import { SessionService } from './session.service';
import { hashToken } from './tokens';

interface GebruikerRij {
  id: string;
  wachtwoord_hash: string | null;
  totp_secret: string | null;
  totp_actief: boolean;
  actief: boolean;
  mislukte_pogingen: number;
  geblokkeerd_tot: Date | null;
}

export type LoginUitkomst = { token: string } | { totpVereist: true };

/** argon2id with OWASP-level parameters. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | undefined;
/** A real hash to verify against for unknown accounts, so they cost the same time. */
const dummy = () => (dummyHash ??= argon2.hash('onbekend-account-dummy', ARGON2_OPTIONS));

authenticator.options = { window: 1 };

@Injectable()
export class AuthService {
  private readonly log = new Logger('Auth');
  now: () => Date = () => new Date();

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, wachtwoord: string, totp: string | undefined): Promise<LoginUitkomst> {
    const g = await this.db.inContext({}, () =>
      this.db.one<GebruikerRij>(
        `SELECT id, wachtwoord_hash, totp_secret, totp_actief, actief, mislukte_pogingen, geblokkeerd_tot FROM gebruiker WHERE lower(email) = lower($1)`,
        [email],
      ),
    );
    const nu = this.now();
    if (!g || !g.actief || !g.wachtwoord_hash) {
      await argon2.verify(await dummy(), wachtwoord).catch(() => false); // same cost for unknown accounts
      this.log.warn({ msg: 'login failed', reden: 'onbekend-of-inactief' });
      throw NietIngelogd('E-mailadres of wachtwoord onjuist.');
    }
    if (g.geblokkeerd_tot && g.geblokkeerd_tot > nu) {
      this.log.warn({ msg: 'login refused: account locked', gebruikerId: g.id });
      throw new Problem(429, 'account-geblokkeerd', 'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.');
    }
    const wachtwoordOk = await argon2.verify(g.wachtwoord_hash, wachtwoord).catch(() => false);
    if (!wachtwoordOk) return this.mislukt(g, nu, 'E-mailadres of wachtwoord onjuist.');

    return this.db.inContext({ gebruikerId: g.id }, async () => {
      const lid = await this.sessions.lidmaatschap(g.id);
      if (!lid || lid.regio_actief === false) throw NietIngelogd('Dit account heeft geen actief lidmaatschap.');
      if (g.totp_actief) {
        if (!totp) return { totpVereist: true as const };
        if (!authenticator.check(totp, g.totp_secret!)) return this.mislukt(g, nu, 'De code van de authenticator-app is onjuist.');
      }
      await this.db.query(`UPDATE gebruiker SET mislukte_pogingen = 0, geblokkeerd_tot = NULL WHERE id = $1`, [g.id]);
      const token = await this.sessions.create(g.id, lid);
      // The audit row belongs to the region of the membership (its RLS insert policy checks that).
      await this.db.query(`SELECT set_config('app.regio_id', $1, true)`, [lid.regio_id ?? '']);
      await this.audit.log({ actie: 'login', subjectType: 'Gebruiker', subjectId: g.id, doel: 'inloggen', resultaat: 'toegestaan', actor: { gebruikerId: g.id, regioId: lid.regio_id, rol: lid.rol, organisatieId: lid.organisatie_id ?? lid.vestiging_id } });
      this.log.log({ msg: 'login ok', gebruikerId: g.id });
      return { token };
    });
  }

  private async mislukt(g: GebruikerRij, nu: Date, detail: string): Promise<never> {
    const aantal = g.mislukte_pogingen + 1;
    await this.db.inContext({}, () =>
      this.db.query(`UPDATE gebruiker SET mislukte_pogingen = $2, geblokkeerd_tot = $3 WHERE id = $1`, [g.id, aantal, blokkadeTot(aantal, nu)]),
    );
    this.log.warn({ msg: 'login failed', gebruikerId: g.id, mislukt: aantal });
    throw NietIngelogd(detail);
  }

  async logout(actor: Actor): Promise<void> {
    if (actor.sessieId) await this.sessions.revoke(actor.sessieId);
  }

  async totpInstellen(actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    const secret = authenticator.generateSecret();
    await this.db.query(`UPDATE gebruiker SET totp_secret = $2, totp_actief = false WHERE id = $1 AND NOT totp_actief`, [actor.gebruikerId, secret]);
    const rij = await this.db.one<{ totp_actief: boolean }>(`SELECT totp_actief FROM gebruiker WHERE id = $1`, [actor.gebruikerId]);
    if (rij?.totp_actief) throw new Problem(409, 'totp-al-actief', 'Tweestapsverificatie is al ingesteld.');
    return { secret, otpauthUrl: authenticator.keyuri(actor.email, 'RMC-platform', secret) };
  }

  async totpActiveren(actor: Actor, code: string): Promise<void> {
    const rij = await this.db.one<{ totp_secret: string | null; totp_actief: boolean }>(`SELECT totp_secret, totp_actief FROM gebruiker WHERE id = $1`, [actor.gebruikerId]);
    if (!rij?.totp_secret || rij.totp_actief) throw new Problem(409, 'totp-niet-gestart', 'Start eerst het instellen van tweestapsverificatie.');
    if (!authenticator.check(code, rij.totp_secret)) throw Ongeldig([{ field: 'code', message: 'De code is onjuist of verlopen.' }]);
    await this.db.query(`UPDATE gebruiker SET totp_actief = true WHERE id = $1`, [actor.gebruikerId]);
  }

  /** Public: the token from the invitation mail sets the first password. */
  async wachtwoordInstellen(token: string, wachtwoord: string): Promise<void> {
    const reden = controleerWachtwoord(wachtwoord);
    if (reden) throw Ongeldig([{ field: 'wachtwoord', message: reden }]);
    const hash = await argon2.hash(wachtwoord, ARGON2_OPTIONS);
    await this.db.inContext({}, async () => {
      const t = await this.db.one<{ id: string; gebruiker_id: string }>(
        `SELECT id, gebruiker_id FROM wachtwoord_token WHERE token_hash = $1 AND gebruikt_op IS NULL AND verloopt_op > now() FOR UPDATE`,
        [hashToken(token)],
      );
      if (!t) throw Ongeldig([{ field: 'token', message: 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe uitnodiging aan.' }]);
      await this.db.query(`UPDATE wachtwoord_token SET gebruikt_op = now() WHERE id = $1`, [t.id]);
      await this.db.query(`UPDATE gebruiker SET wachtwoord_hash = $2, mislukte_pogingen = 0, geblokkeerd_tot = NULL WHERE id = $1`, [t.gebruiker_id, hash]);
      await this.sessions.revokeAllOf(t.gebruiker_id);
    });
  }

  async hashWachtwoord(wachtwoord: string): Promise<string> {
    return argon2.hash(wachtwoord, ARGON2_OPTIONS);
  }
}
