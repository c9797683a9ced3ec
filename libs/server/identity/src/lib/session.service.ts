import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type Actor, type AppConfig, Db, type SessionResolver } from '@rmc/server-core';
import { PARTNER_ROLLEN, PROFESSIONELE_ROLLEN, sessieIsGeldig, STANDAARD_REGIO_INSTELLINGEN, type RegioInstellingen, type Rol } from '@rmc/shared-domain';
import { hashToken, nieuwToken, SYSTEEM_TOKEN_PREFIX } from './tokens';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(gebruikerId: string, lid: LidmaatschapRij): Promise<string> {
    const inst = lid.instellingen ?? STANDAARD_REGIO_INSTELLINGEN;
    const { token, hash } = nieuwToken();
    const nu = this.now();
    await this.db.query(
      `INSERT INTO sessie (token_hash, gebruiker_id, lidmaatschap_id, aangemaakt_op, laatst_actief_op, inactief_minuten, max_uren) VALUES ($1, $2, $3, $4, $4, $5, $6)`,
      [hash, gebruikerId, lid.id, nu, inst.sessieInactiefMinuten, inst.sessieMaxUren],
    );
    return token;
  }

  /** Membership of a user (RLS admits the user's own rows through app.gebruiker_id). */
  async lidmaatschap(gebruikerId: string, lidmaatschapId?: string): Promise<LidmaatschapRij | undefined> {
    return this.db.one<LidmaatschapRij>(
      `SELECT l.id, l.rol, l.regio_id, l.organisatie_id, l.vestiging_id, v.instelling_id, r.instellingen, r.actief AS regio_actief
         FROM lidmaatschap l LEFT JOIN regio r ON r.id = l.regio_id LEFT JOIN vestiging v ON v.id = l.vestiging_id
        WHERE l.gebruiker_id = $1 AND l.actief AND ($2::uuid IS NULL OR l.id = $2::uuid)
        ORDER BY l.aangemaakt_op LIMIT 1`,
      [gebruikerId, lidmaatschapId ?? null],
    );
  }

  async resolve(token: string): Promise<Actor | null> {
    if (token.startsWith(SYSTEEM_TOKEN_PREFIX)) return this.resolveSysteem(token);
    const hash = hashToken(token);
    const nu = this.now();
    const sessie = await this.db.inContext({}, () =>
      this.db.one<SessieRij>(
        `SELECT s.id, s.gebruiker_id, s.lidmaatschap_id, s.aangemaakt_op, s.laatst_actief_op, s.inactief_minuten, s.max_uren, g.naam, g.email, g.totp_actief
           FROM sessie s JOIN gebruiker g ON g.id = s.gebruiker_id
          WHERE s.token_hash = $1 AND s.ingetrokken_op IS NULL AND g.actief`,
        [hash],
      ),
    );
    if (!sessie) return null;
    if (!sessieIsGeldig({ aangemaaktOp: sessie.aangemaakt_op, laatstActiefOp: sessie.laatst_actief_op, inactiefMinuten: sessie.inactief_minuten, maxUren: sessie.max_uren }, nu)) return null;
    return this.db.inContext({ gebruikerId: sessie.gebruiker_id }, async () => {
      const lid = await this.lidmaatschap(sessie.gebruiker_id, sessie.lidmaatschap_id);
      if (!lid || lid.regio_actief === false) return null;
      await this.db.query(`UPDATE sessie SET laatst_actief_op = $2 WHERE id = $1`, [sessie.id, nu]);
      const delingen = PARTNER_ROLLEN.includes(lid.rol) ? await this.actieveDelingen(lid) : undefined;
      const totpVerplicht = (lid.instellingen ? lid.instellingen.totpVerplicht : this.config.totpVerplichtZonderRegio) && PROFESSIONELE_ROLLEN.includes(lid.rol);
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
        totpInstellenVereist: totpVerplicht && !sessie.totp_actief,
        delingen,
      } satisfies Actor;
    });
  }

  /** Active shares with the partner's organisation; read on every request, so ending a share bites at once. */
  private actieveDelingen(lid: LidmaatschapRij): Promise<Array<{ casusId: string; secties: string[] }>> {
    return this.db.inContext({ regioId: lid.regio_id, organisatieId: lid.organisatie_id, rol: lid.rol }, () =>
      this.db.query<{ casusId: string; secties: string[] }>(
        `SELECT casus_id AS "casusId", secties FROM casus_deling WHERE organisatie_id = $1 AND ingetrokken_op IS NULL AND eind_datum >= app_vandaag()`,
        [lid.organisatie_id],
      ),
    );
  }

  /** A school system's API token: its technical account and membership, no session timeouts. */
  private async resolveSysteem(token: string): Promise<Actor | null> {
    return this.db.inContext({}, async () => {
      const k = await this.db.one<{ id: string; gebruiker_id: string; naam: string; email: string }>(
        `UPDATE systeemkoppeling s SET laatst_gebruikt_op = now() FROM gebruiker g
          WHERE s.token_hash = $1 AND s.ingetrokken_op IS NULL AND g.id = s.gebruiker_id AND g.actief
          RETURNING s.id, s.gebruiker_id, g.naam, g.email`,
        [hashToken(token)],
      );
      if (!k) return null;
      return this.db.inContext({ gebruikerId: k.gebruiker_id }, async () => {
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
    });
  }

  async revoke(sessieId: string): Promise<void> {
    await this.db.query(`UPDATE sessie SET ingetrokken_op = now() WHERE id = $1 AND ingetrokken_op IS NULL`, [sessieId]);
  }

  /** Ends the sessions that run on these memberships (deactivation in one region). */
  async revokeMemberships(lidmaatschapIds: string[]): Promise<number> {
    const rows = await this.db.query(`UPDATE sessie SET ingetrokken_op = now() WHERE lidmaatschap_id = ANY($1) AND ingetrokken_op IS NULL RETURNING id`, [lidmaatschapIds]);
    this.log.log({ msg: 'sessions revoked', count: rows.length });
    return rows.length;
  }

  async revokeAllOf(gebruikerId: string): Promise<number> {
    const rows = await this.db.query(`UPDATE sessie SET ingetrokken_op = now() WHERE gebruiker_id = $1 AND ingetrokken_op IS NULL RETURNING id`, [gebruikerId]);
    this.log.log({ msg: 'sessions revoked', gebruikerId, count: rows.length });
    return rows.length;
  }
}
