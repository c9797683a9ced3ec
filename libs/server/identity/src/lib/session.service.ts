import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type Actor, type AppConfig, Db, type SessionResolver } from '@rmc/server-core';
import {
  PARTNER_ROLLEN,
  PROFESSIONELE_ROLLEN,
  sessieIsGeldig,
  STANDAARD_REGIO_INSTELLINGEN,
  type RegioInstellingen,
  type Rol,
} from '@rmc/shared-domain';
import { hashToken, nieuwToken, SYSTEEM_TOKEN_PREFIX } from './tokens';
import { regioActiefSql, regioInstellingenSql, vestigingInstellingSql } from '@rmc/server-organisaties';

/** How often a session's activity stamp is written at most (well below any idle timeout). */
export const ACTIVITEIT_INTERVAL_S = 30;
/** Ten years: longer than any session lives, so a check with this interval never writes the activity stamp. */
const GEEN_ACTIVITEIT_S = 10 * 365 * 24 * 3600;

interface SessieActorRij {
  sessie: Omit<SessieRij, 'aangemaakt_op' | 'laatst_actief_op'> & { aangemaakt_op: string; laatst_actief_op: string };
  lid: LidmaatschapRij;
  delingen: Array<{ casusId: string; secties: string[] }> | null;
}

interface SessieRij {
  id: string;
  gebruiker_id: string;
  lidmaatschap_id: string;
  aangemaakt_op: Date;
  laatst_actief_op: Date;
  inactief_minuten: number;
  max_uren: number;
  naam: string;
  email: string;
  totp_actief: boolean;
  /** The session was opened by single sign-on whose provider asserted MFA (docs/adr/0017-oidc-sso.md). */
  mfa_extern?: boolean;
}

export interface LidmaatschapRij {
  id: string;
  rol: Rol;
  regio_id: string | null;
  organisatie_id: string | null;
  vestiging_id: string | null;
  instelling_id: string | null;
  instellingen: RegioInstellingen | null;
  regio_actief: boolean | null;
}

/** Sessions: opaque tokens, idle + absolute timeout from the region settings, revocable. */
@Injectable()
export class SessionService implements SessionResolver {
  private readonly log = new Logger('Sessions');
  /** Clock seam for tests of expiry. */
  now: () => Date = () => new Date();

  constructor(
    private readonly db: Db,
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(gebruikerId: string, lid: LidmaatschapRij): Promise<string> {
    return (await this.open(gebruikerId, lid)).token;
  }

  /** A new session and its id; `mfaExtern`: opened by single sign-on whose provider asserted MFA. */
  async open(
    gebruikerId: string,
    lid: LidmaatschapRij,
    opties: { mfaExtern?: boolean } = {},
  ): Promise<{ token: string; sessieId: string }> {
    const inst = lid.instellingen ?? STANDAARD_REGIO_INSTELLINGEN;
    const { token, hash } = nieuwToken();
    const nu = this.now();
    const rij = await this.db.one<{ id: string }>(
      `INSERT INTO sessie (token_hash, gebruiker_id, lidmaatschap_id, aangemaakt_op, laatst_actief_op, inactief_minuten, max_uren, mfa_extern)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7) RETURNING id`,
      [hash, gebruikerId, lid.id, nu, inst.sessieInactiefMinuten, inst.sessieMaxUren, opties.mfaExtern === true],
    );
    return { token, sessieId: rij!.id };
  }

  /** Membership of a user (RLS admits the user's own rows through app.gebruiker_id). */
  async lidmaatschap(gebruikerId: string, lidmaatschapId?: string): Promise<LidmaatschapRij | undefined> {
    return this.db.one<LidmaatschapRij>(
      `SELECT l.id, l.rol, l.regio_id, l.organisatie_id, l.vestiging_id,
              ${vestigingInstellingSql('l.vestiging_id')} AS instelling_id,
              ${regioInstellingenSql('l.regio_id')} AS instellingen,
              ${regioActiefSql('l.regio_id')} AS regio_actief
         FROM lidmaatschap l
        WHERE l.gebruiker_id = $1
          AND l.actief
          AND ($2::uuid IS NULL OR l.id = $2::uuid)
        ORDER BY l.aangemaakt_op
        LIMIT 1`,
      [gebruikerId, lidmaatschapId ?? null],
    );
  }

  /**
   * Token → session → membership → a partner's active shares, in ONE statement (`sessie_actor`, one
   * pooled connection, no nested transaction). The activity stamp is written at most every
   * ACTIVITEIT_INTERVAL_S seconds, so concurrent requests of one user do not queue on the session row.
   * Shares are read on every request, so ending a share bites at once.
   */
  async resolve(token: string, opties: { activiteit?: boolean } = {}): Promise<Actor | null> {
    if (token.startsWith(SYSTEEM_TOKEN_PREFIX)) return this.resolveSysteem(token);
    const nu = this.now();
    // Without activity (a stream's re-check) the stamp is never written: the interval is beyond any session's life.
    const bijwerkenNa = opties.activiteit === false ? GEEN_ACTIVITEIT_S : ACTIVITEIT_INTERVAL_S;
    const [rij] = await this.ds.query<Array<{ actor: SessieActorRij | null }>>(
      `SELECT sessie_actor($1, $2, $3::text[], make_interval(secs => $4)) AS actor`,
      [hashToken(token), nu, PARTNER_ROLLEN, bijwerkenNa],
    );
    const r = rij?.actor;
    if (!r) return null;
    const sessie = r.sessie;
    const lid = r.lid;
    const tijden = {
      aangemaaktOp: new Date(sessie.aangemaakt_op),
      laatstActiefOp: new Date(sessie.laatst_actief_op),
      inactiefMinuten: sessie.inactief_minuten,
      maxUren: sessie.max_uren,
    };
    if (!sessieIsGeldig(tijden, nu)) return null;
    const totpVerplicht =
      (lid.instellingen ? lid.instellingen.totpVerplicht : this.config.totpVerplichtZonderRegio) &&
      PROFESSIONELE_ROLLEN.includes(lid.rol);
    return {
      gebruikerId: sessie.gebruiker_id,
      sessieId: sessie.id,
      lidmaatschapId: lid.id,
      rol: lid.rol,
      regioId: lid.regio_id,
      organisatieId: lid.organisatie_id,
      vestigingId: lid.vestiging_id,
      instellingId: lid.instelling_id,
      naam: sessie.naam,
      email: sessie.email,
      // An identity provider's MFA counts as the second factor (single sign-on).
      totpInstellenVereist: totpVerplicht && !sessie.totp_actief && sessie.mfa_extern !== true,
      delingen: PARTNER_ROLLEN.includes(lid.rol) ? (r.delingen ?? []) : undefined,
    } satisfies Actor;
  }

  /** A school system's API token: its technical account and membership, no session timeouts. */
  private async resolveSysteem(token: string): Promise<Actor | null> {
    // Two short transactions one after the other (never nested: one pooled connection at a time).
    const k = await this.db.inContext({}, () =>
      this.db.one<{ id: string; gebruiker_id: string; naam: string; email: string; bijwerken: boolean }>(
        `SELECT s.id, s.gebruiker_id, g.naam, g.email,
                coalesce(s.laatst_gebruikt_op <= now() - make_interval(secs => $2), true) AS bijwerken
           FROM systeemkoppeling s
           JOIN gebruiker g ON g.id = s.gebruiker_id
          WHERE s.token_hash = $1
            AND s.ingetrokken_op IS NULL
            AND g.actief`,
        [hashToken(token), ACTIVITEIT_INTERVAL_S],
      ),
    );
    if (!k) return null;
    return this.db.inContext({ gebruikerId: k.gebruiker_id }, async () => {
      if (k.bijwerken) await this.db.query(`UPDATE systeemkoppeling SET laatst_gebruikt_op = now() WHERE id = $1`, [k.id]);
      const lid = await this.lidmaatschap(k.gebruiker_id);
      if (!lid || lid.rol !== 'school-systeem') return null;
      return {
        gebruikerId: k.gebruiker_id,
        sessieId: null,
        lidmaatschapId: lid.id,
        rol: lid.rol,
        regioId: null,
        organisatieId: null,
        vestigingId: lid.vestiging_id,
        instellingId: lid.instelling_id,
        naam: k.naam,
        email: k.email,
        totpInstellenVereist: false,
      } satisfies Actor;
    });
  }

  async revoke(sessieId: string): Promise<void> {
    await this.db.query(`UPDATE sessie SET ingetrokken_op = now() WHERE id = $1 AND ingetrokken_op IS NULL`, [sessieId]);
  }

  /** Ends the sessions that run on these memberships (deactivation in one region). */
  async revokeMemberships(lidmaatschapIds: string[]): Promise<number> {
    const rows = await this.db.query(
      `UPDATE sessie SET ingetrokken_op = now() WHERE lidmaatschap_id = ANY($1) AND ingetrokken_op IS NULL RETURNING id`,
      [lidmaatschapIds],
    );
    this.log.log({ msg: 'sessions revoked', count: rows.length });
    return rows.length;
  }

  async revokeAllOf(gebruikerId: string): Promise<number> {
    const rows = await this.db.query(
      `UPDATE sessie SET ingetrokken_op = now() WHERE gebruiker_id = $1 AND ingetrokken_op IS NULL RETURNING id`,
      [gebruikerId],
    );
    this.log.log({ msg: 'sessions revoked', gebruikerId, count: rows.length });
    return rows.length;
  }
}
