import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AuditService, Db, Problem, NietIngelogd, Ongeldig, type Actor, type AppConfig } from '@rmc/server-core';
import { blokkadeTot, controleerWachtwoord } from '@rmc/shared-domain';
import * as argon2 from 'argon2';
import { createHmac, hkdfSync } from 'node:crypto';
import { authenticator } from 'otplib';
import { SessionService, type LidmaatschapRij } from './session.service';
import { hashToken } from './tokens';
import { veelgebruikteWachtwoorden } from './veelgebruikte-wachtwoorden';
import { WACHTWOORD_LOGIN_UIT, WachtwoordBeleidRegister } from './wachtwoord-beleid';

interface GebruikerRij {
  id: string;
  wachtwoord_hash: string | null;
  totp_secret: string | null;
  totp_actief: boolean;
  actief: boolean;
  totp_laatste_stap: string | null;
  /** Of the e-mail address's throttle row (login_poging), whether or not the account exists. */
  geblokkeerd_tot: Date | null;
}

export type LoginUitkomst = { token: string } | { totpVereist: true };

/** argon2id with OWASP-level parameters. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | undefined;
/** A real hash to verify against for unknown accounts, so they cost the same time. */
const dummy = () => (dummyHash ??= argon2.hash('onbekend-account-dummy', ARGON2_OPTIONS));

authenticator.options = { window: 1 };
const TOTP_STAP_S = 30;

/**
 * The time step (30 s counter) a TOTP code belongs to, or null when it matches none in the window
 * (one step either side). The caller refuses a step at or below the last one used (replay).
 */
export function totpStap(code: string, secret: string, nu: Date): number | null {
  const delta = authenticator.clone({ window: 1, epoch: nu.getTime() }).checkDelta(code, secret);
  return delta === null ? null : Math.floor(nu.getTime() / 1000 / TOTP_STAP_S) + delta;
}

/**
 * One answer for every failed login: wrong password, unknown or inactive account, and a locked
 * address (docs/adr/0012-login-throttle-without-enumeration.md).
 */
export const LOGIN_MISLUKT =
  'E-mailadres of wachtwoord onjuist, of inloggen is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.';
const TOTP_ONJUIST = 'De code van de authenticator-app is onjuist.';

@Injectable()
export class AuthService {
  private readonly log = new Logger('Auth');
  now: () => Date = () => new Date();

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly wachtwoordBeleid: WachtwoordBeleidRegister,
  ) {
    this.pogingSleutelKey = Buffer.from(hkdfSync('sha256', config.pseudonymKey, 'rmc-login-poging', 'login-throttle', 32));
  }

  private readonly pogingSleutelKey: Buffer;

  /** Throttle key of an address: an HMAC of the lower-cased address, so the table holds no addresses. */
  private pogingSleutel(email: string): string {
    return createHmac('sha256', this.pogingSleutelKey).update(email.trim().toLowerCase()).digest('hex');
  }

  async login(email: string, wachtwoord: string, totp: string | undefined): Promise<LoginUitkomst> {
    const sleutel = this.pogingSleutel(email);
    // One statement, one row for known and unknown addresses alike: the account (if any) and the
    // address's throttle state.
    const r = await this.db.inContext({}, () =>
      this.db.one<Partial<GebruikerRij> & { geblokkeerd_tot: Date | null }>(
        `SELECT g.id, g.wachtwoord_hash, g.totp_secret, g.totp_actief, g.totp_laatste_stap, g.actief,
                (SELECT p.geblokkeerd_tot FROM login_poging p WHERE p.sleutel = $2) AS geblokkeerd_tot
           FROM (SELECT 1) een LEFT JOIN gebruiker g ON lower(g.email) = lower($1)`,
        [email, sleutel],
      ),
    );
    const nu = this.now();
    const g = r?.id && r.actief && r.wachtwoord_hash ? (r as GebruikerRij) : null;
    // Exactly one argon2 verify on every path (a real dummy hash for unknown accounts): same time.
    const wachtwoordOk = await argon2.verify(g ? g.wachtwoord_hash! : await dummy(), wachtwoord).catch(() => false);
    if (r?.geblokkeerd_tot && r.geblokkeerd_tot > nu) {
      // Locked address (known or not): the same 401 as a wrong password; not counted, so a lock
      // cannot be stretched by hammering it.
      this.log.warn({ msg: 'login refused: address locked' });
      throw NietIngelogd(LOGIN_MISLUKT);
    }
    if (!g || !wachtwoordOk) return this.mislukt(sleutel, email, nu, LOGIN_MISLUKT, g ? 'wachtwoord' : 'onbekend-of-inactief');

    const uitkomst = await this.db.inContext({ gebruikerId: g.id }, async (): Promise<LoginUitkomst | { totpFout: string }> => {
      const lid = await this.sessions.lidmaatschap(g.id);
      if (!lid || lid.regio_actief === false) throw NietIngelogd('Dit account heeft geen actief lidmaatschap.');
      // The password was right: only now may the answer say that this organisation uses single sign-on.
      if (await this.wachtwoordBeleid.wachtwoordLoginUit({ organisatieId: lid.organisatie_id, instellingId: lid.instelling_id }))
        throw new Problem('wachtwoord-login-uit', WACHTWOORD_LOGIN_UIT);
      if (g.totp_actief) {
        if (!totp) return { totpVereist: true as const };
        // A reused code (its step at or below the last one used) answers exactly like a wrong code.
        const stap = totpStap(totp, g.totp_secret!, nu);
        const vers =
          stap !== null &&
          (await this.db.one<{ id: string }>(
            `UPDATE gebruiker SET totp_laatste_stap = $2 WHERE id = $1 AND (totp_laatste_stap IS NULL OR totp_laatste_stap < $2) RETURNING id`,
            [g.id, stap],
          ));
        if (!vers) return { totpFout: stap === null ? 'totp' : 'totp-hergebruikt' };
      }
      await this.db.query(`UPDATE gebruiker SET mislukte_pogingen = 0, geblokkeerd_tot = NULL WHERE id = $1`, [g.id]);
      await this.db.query(`DELETE FROM login_poging WHERE sleutel = $1`, [sleutel]);
      const token = await this.sessions.create(g.id, lid);
      // The audit row belongs to the region of the membership (its RLS insert policy checks that).
      await this.db.binnen({ regioId: lid.regio_id }, () =>
        this.audit.log({
          actie: 'login',
          subjectType: 'Gebruiker',
          subjectId: g.id,
          doel: 'inloggen',
          resultaat: 'toegestaan',
          actor: {
            gebruikerId: g.id,
            regioId: lid.regio_id,
            rol: lid.rol,
            organisatieId: lid.organisatie_id ?? lid.vestiging_id,
          },
        }),
      );
      this.log.log({ msg: 'login ok', gebruikerId: g.id });
      return { token };
    });
    // Counted after that transaction has ended: never two pooled connections for one login.
    if ('totpFout' in uitkomst) return this.mislukt(sleutel, email, nu, TOTP_ONJUIST, uitkomst.totpFout);
    return uitkomst;
  }

  /**
   * Counts a failure against the address (login_poging, keyed by HMAC whether or not the account
   * exists) and mirrors it on the account, if there is one, for the administrators' view. The same
   * statements run for known and unknown addresses. Stale counters (a day without failures) start over.
   */
  private async mislukt(sleutel: string, email: string, nu: Date, detail: string, reden: string): Promise<never> {
    await this.db.inContext({}, async () => {
      const [{ mislukt }] = await this.db.query<{ mislukt: number }>(
        `INSERT INTO login_poging AS p (sleutel, mislukt, laatst_op) VALUES ($1, 1, $2)
         ON CONFLICT (sleutel) DO UPDATE
           SET mislukt = CASE WHEN p.laatst_op < $2::timestamptz - interval '1 day' THEN 1 ELSE p.mislukt + 1 END, laatst_op = $2
         RETURNING mislukt`,
        [sleutel, nu],
      );
      const tot = blokkadeTot(mislukt, nu);
      await this.db.query(`UPDATE login_poging SET geblokkeerd_tot = $2 WHERE sleutel = $1`, [sleutel, tot]);
      await this.db.query(`UPDATE gebruiker SET mislukte_pogingen = $2, geblokkeerd_tot = $3 WHERE lower(email) = lower($1)`, [
        email,
        mislukt,
        tot,
      ]);
      // Keep the table small: counters idle for more than a day (and no lock running) go.
      await this.db.query(
        `DELETE FROM login_poging WHERE sleutel IN (SELECT sleutel FROM login_poging WHERE laatst_op < $1::timestamptz - interval '1 day' AND (geblokkeerd_tot IS NULL OR geblokkeerd_tot < $1) LIMIT 50)`,
        [nu],
      );
      this.log.warn({ msg: 'login failed', reden, mislukt });
    });
    throw NietIngelogd(detail);
  }

  /**
   * The end of a login that an identity provider authenticated (single sign-on, docs/adr/0017-oidc-sso.md):
   * the same membership check, TOTP step (replay-safe, failures counted against the address), session
   * and audit row as a password login. `mfaExtern`: the provider asserted MFA, so no TOTP is asked and
   * the session counts as having a second factor. Runs in its own transaction.
   */
  async externeLogin(
    gebruikerId: string,
    lidmaatschapId: string,
    opties: { mfaExtern: boolean; totp?: string },
  ): Promise<{ totpVereist: true } | { token: string; sessieId: string }> {
    const nu = this.now();
    type Uitkomst = { totpVereist: true } | { token: string; sessieId: string } | { totpFout: string; email: string };
    const uitkomst = await this.db.inContext({ gebruikerId }, async (): Promise<Uitkomst> => {
      const g = await this.db.one<{ email: string; totp_actief: boolean; totp_secret: string | null; actief: boolean }>(
        `SELECT email, totp_actief, totp_secret, actief FROM gebruiker WHERE id = $1`,
        [gebruikerId],
      );
      const lid: LidmaatschapRij | undefined = g?.actief
        ? await this.sessions.lidmaatschap(gebruikerId, lidmaatschapId)
        : undefined;
      if (!g || !lid || lid.regio_actief === false) throw NietIngelogd('Dit account heeft geen actief lidmaatschap.');
      if (!opties.mfaExtern && g.totp_actief) {
        if (!opties.totp) return { totpVereist: true as const };
        // The address's lock (ADR 0012) holds for this TOTP step too.
        const slot = await this.db.one<{ geblokkeerd_tot: Date | null }>(
          `SELECT geblokkeerd_tot FROM login_poging WHERE sleutel = $1`,
          [this.pogingSleutel(g.email)],
        );
        if (slot?.geblokkeerd_tot && slot.geblokkeerd_tot > nu) throw NietIngelogd(LOGIN_MISLUKT);
        const stap = totpStap(opties.totp, g.totp_secret!, nu);
        const vers =
          stap !== null &&
          (await this.db.one<{ id: string }>(
            `UPDATE gebruiker SET totp_laatste_stap = $2 WHERE id = $1 AND (totp_laatste_stap IS NULL OR totp_laatste_stap < $2) RETURNING id`,
            [gebruikerId, stap],
          ));
        if (!vers) return { totpFout: stap === null ? 'totp' : 'totp-hergebruikt', email: g.email };
      }
      const sessie = await this.sessions.open(gebruikerId, lid, { mfaExtern: opties.mfaExtern });
      await this.db.binnen({ regioId: lid.regio_id }, () =>
        this.audit.log({
          actie: 'login',
          subjectType: 'Gebruiker',
          subjectId: gebruikerId,
          doel: 'inloggen (eenmalige aanmelding)',
          resultaat: 'toegestaan',
          actor: { gebruikerId, regioId: lid.regio_id, rol: lid.rol, organisatieId: lid.organisatie_id ?? lid.vestiging_id },
        }),
      );
      this.log.log({ msg: 'login ok (sso)', gebruikerId, mfaExtern: opties.mfaExtern });
      return sessie;
    });
    if ('totpFout' in uitkomst)
      return this.mislukt(this.pogingSleutel(uitkomst.email), uitkomst.email, nu, TOTP_ONJUIST, uitkomst.totpFout);
    return uitkomst;
  }

  async logout(actor: Actor): Promise<void> {
    if (actor.sessieId) await this.sessions.revoke(actor.sessieId);
  }

  async totpInstellen(actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    const secret = authenticator.generateSecret();
    await this.db.query(`UPDATE gebruiker SET totp_secret = $2, totp_actief = false WHERE id = $1 AND NOT totp_actief`, [
      actor.gebruikerId,
      secret,
    ]);
    const rij = await this.db.one<{ totp_actief: boolean }>(`SELECT totp_actief FROM gebruiker WHERE id = $1`, [
      actor.gebruikerId,
    ]);
    if (rij?.totp_actief) throw new Problem('totp-al-actief', 'Tweestapsverificatie is al ingesteld.');
    return { secret, otpauthUrl: authenticator.keyuri(actor.email, 'RMC-platform', secret) };
  }

  async totpActiveren(actor: Actor, code: string): Promise<void> {
    const rij = await this.db.one<{ totp_secret: string | null; totp_actief: boolean }>(
      `SELECT totp_secret, totp_actief FROM gebruiker WHERE id = $1`,
      [actor.gebruikerId],
    );
    if (!rij?.totp_secret || rij.totp_actief)
      throw new Problem('totp-niet-gestart', 'Start eerst het instellen van tweestapsverificatie.');
    const stap = totpStap(code, rij.totp_secret, this.now());
    if (stap === null) throw Ongeldig([{ field: 'code', message: 'De code is onjuist of verlopen.' }]);
    // The activation code is used: it cannot log in afterwards.
    await this.db.query(`UPDATE gebruiker SET totp_actief = true, totp_laatste_stap = $2 WHERE id = $1`, [
      actor.gebruikerId,
      stap,
    ]);
  }

  /** Public: the token from the invitation mail sets the first password. */
  async wachtwoordInstellen(token: string, wachtwoord: string): Promise<void> {
    const vorm = controleerWachtwoord(wachtwoord);
    if (vorm) throw Ongeldig([{ field: 'wachtwoord', message: vorm }]);
    await this.db.inContext({}, async () => {
      const t = await this.db.one<{ id: string; gebruiker_id: string; email: string; naam: string }>(
        `SELECT t.id, t.gebruiker_id, g.email, g.naam FROM wachtwoord_token t JOIN gebruiker g ON g.id = t.gebruiker_id
          WHERE t.token_hash = $1 AND t.gebruikt_op IS NULL AND t.verloopt_op > now() FOR UPDATE OF t`,
        [hashToken(token)],
      );
      if (!t)
        throw Ongeldig([
          { field: 'token', message: 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe uitnodiging aan.' },
        ]);
      // The user's own address and name, and the 10,000 most common passwords, are refused too.
      const reden = controleerWachtwoord(wachtwoord, { email: t.email, naam: t.naam, veelGebruikt: veelgebruikteWachtwoorden() });
      if (reden) throw Ongeldig([{ field: 'wachtwoord', message: reden }]);
      const hash = await argon2.hash(wachtwoord, ARGON2_OPTIONS);
      await this.db.query(`UPDATE wachtwoord_token SET gebruikt_op = now() WHERE id = $1`, [t.id]);
      await this.db.query(
        `UPDATE gebruiker SET wachtwoord_hash = $2, mislukte_pogingen = 0, geblokkeerd_tot = NULL WHERE id = $1`,
        [t.gebruiker_id, hash],
      );
      await this.db.query(`DELETE FROM login_poging WHERE sleutel = $1`, [this.pogingSleutel(t.email)]);
      await this.sessions.revokeAllOf(t.gebruiker_id);
    });
  }

  async hashWachtwoord(wachtwoord: string): Promise<string> {
    return argon2.hash(wachtwoord, ARGON2_OPTIONS);
  }
}
