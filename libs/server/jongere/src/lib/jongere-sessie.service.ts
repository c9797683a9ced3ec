import { Injectable } from '@nestjs/common';
import { Db, JONGERE_TOKEN_PREFIX, type Actor, type SessionResolver } from '@rmc/server-core';
import { JONGERE_ROL } from '@rmc/shared-domain';
import { createHash, randomBytes } from 'node:crypto';
import { SESSIE_INACTIEF_MS, SESSIE_MAX_MS, type JongereIdentiteit } from './authenticator';
import { beeindigSessie, maakSessie, raakSessieAan, sessieOpHash } from './data/jongere.queries';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The young person's session: its own table, its own token prefix, short timeouts (15 min idle, 2 h at most). */
@Injectable()
export class JongereSessieService implements SessionResolver {
  constructor(private readonly db: Db) {}

  /** Starts a session for a verified identity, inside the caller's transaction. */
  async start(id: JongereIdentiteit, methode: string): Promise<{ token: string; verlooptOp: Date }> {
    const token = JONGERE_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const begin = await maakSessie(this.db.em, id.accountId, hashToken(token), methode);
    return { token, verlooptOp: new Date(begin.getTime() + SESSIE_MAX_MS) };
  }

  async resolve(token: string, opties: { activiteit?: boolean } = {}): Promise<Actor | null> {
    if (!token.startsWith(JONGERE_TOKEN_PREFIX)) return null;
    const sessie = await sessieOpHash({ query: (sql, p) => this.db.systeem(sql, p) }, hashToken(token));
    if (!sessie) return null;
    const nu = Date.now();
    const begin = new Date(sessie.aangemaakt_op).getTime();
    const actief = new Date(sessie.laatst_actief_op).getTime();
    if (nu - begin >= SESSIE_MAX_MS || nu - actief >= SESSIE_INACTIEF_MS) {
      await beeindigSessie({ query: (sql, p) => this.db.systeem(sql, p) }, sessie.id);
      return null;
    }
    if (opties.activiteit !== false && nu - actief > 30_000)
      await raakSessieAan({ query: (sql, p) => this.db.systeem(sql, p) }, sessie.id);
    return {
      // The person acts as themselves: audit rows carry their person id as actor, role `jongere`.
      gebruikerId: sessie.persoon_id,
      sessieId: sessie.id,
      lidmaatschapId: '',
      rol: JONGERE_ROL,
      regioId: sessie.regio_id,
      organisatieId: null,
      vestigingId: null,
      instellingId: null,
      naam: '',
      email: sessie.email,
      totpInstellenVereist: false,
      // No shares: app.casussen is set to '{}' so the case policies never look further (see the migration).
      delingen: [],
      persoonId: sessie.persoon_id,
    };
  }

  async stop(sessieId: string): Promise<void> {
    await beeindigSessie(this.db.em, sessieId);
  }
}
