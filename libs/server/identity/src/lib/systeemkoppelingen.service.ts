import { Injectable } from '@nestjs/common';
import { AuditService, Conflict, Db, RecordAccess, Verboden, type Actor } from '@rmc/server-core';
import type { NieuweSysteemkoppeling, Systeemkoppeling } from '@rmc/shared-api-types';
import { randomUUID } from 'node:crypto';
import { hashToken, nieuwToken, SYSTEEM_TOKEN_PREFIX } from './tokens';

/** GET /api/v1/systeemkoppelingen: the shared `Systeemkoppeling` (never the token). */
export type SysteemkoppelingDto = Systeemkoppeling;

const SELECT = `SELECT s.id, s.naam, s.vestiging_id AS "vestigingId", s.gebruiker_id AS "gebruikerId", s.aangemaakt_op AS "aangemaaktOp",
  s.laatst_gebruikt_op AS "laatstGebruiktOp", s.ingetrokken_op IS NOT NULL AS ingetrokken FROM systeemkoppeling s`;
type Rij = SysteemkoppelingDto & { vestigingId: string; gebruikerId: string };
/** Active (not revoked) tokens a vestiging may hold at once. */
export const MAX_ACTIEVE_KOPPELINGEN = 10;

const dto = ({ vestigingId: _v, gebruikerId: _g, ...r }: Rij): SysteemkoppelingDto => r;

/** API tokens for school systems (token per vestiging of an instelling), shown once, revocable. */
@Injectable()
export class SysteemkoppelingenService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
  ) {}

  async lijst(): Promise<SysteemkoppelingDto[]> {
    const w = this.access.where('read', 'Systeemkoppeling', { vestigingId: 's.vestiging_id' });
    return (await this.db.query<Rij>(`${SELECT} WHERE ${w.sql} ORDER BY s.aangemaakt_op DESC`, w.params)).map(dto);
  }

  async maak(actor: Actor, naam: string): Promise<NieuweSysteemkoppeling> {
    if (!actor.vestigingId) throw Verboden();
    // One creation per vestiging at a time (transaction lock), so two parallel requests cannot pass the cap together.
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtext('systeemkoppeling:' || $1))`, [actor.vestigingId]);
    const actief = await this.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM systeemkoppeling WHERE vestiging_id = $1 AND ingetrokken_op IS NULL`,
      [actor.vestigingId],
    );
    if ((actief?.n ?? 0) >= MAX_ACTIEVE_KOPPELINGEN)
      throw Conflict(
        'te-veel-koppelingen',
        `Deze vestiging heeft al ${MAX_ACTIEVE_KOPPELINGEN} actieve koppelingen. Trek eerst een koppeling in die niet meer gebruikt wordt.`,
      );
    const token = `${SYSTEEM_TOKEN_PREFIX}${nieuwToken().token}`;
    const hash = hashToken(token);
    const gebruiker = await this.db.one<{ id: string }>(`INSERT INTO gebruiker (email, naam) VALUES ($1, $2) RETURNING id`, [
      `koppeling-${randomUUID()}@systeem.invalid`,
      `Systeemkoppeling ${naam.trim()}`,
    ]);
    await this.db.query(`INSERT INTO lidmaatschap (gebruiker_id, rol, vestiging_id) VALUES ($1, 'school-systeem', $2)`, [
      gebruiker!.id,
      actor.vestigingId,
    ]);
    const rij = await this.db.one<{ id: string }>(
      `INSERT INTO systeemkoppeling (vestiging_id, gebruiker_id, naam, token_hash, aangemaakt_door) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [actor.vestigingId, gebruiker!.id, naam.trim(), hash, actor.gebruikerId],
    );
    await this.audit.log({
      actie: 'create',
      subjectType: 'Systeemkoppeling',
      subjectId: rij!.id,
      doel: 'koppelingenbeheer',
      resultaat: 'toegestaan',
    });
    const [nieuw] = (await this.db.query<Rij>(`${SELECT} WHERE s.id = $1`, [rij!.id])).map(dto);
    return { ...nieuw, token };
  }

  async trekIn(id: string): Promise<void> {
    const rij = await this.db.one<Rij>(`${SELECT} WHERE s.id = $1`, [id]);
    await this.access.zichtbaar('delete', 'Systeemkoppeling', id, rij, 'Deze koppeling');
    await this.db.query(`UPDATE systeemkoppeling SET ingetrokken_op = coalesce(ingetrokken_op, now()) WHERE id = $1`, [id]);
    await this.db.query(`UPDATE lidmaatschap SET actief = false WHERE gebruiker_id = $1 AND rol = 'school-systeem'`, [
      rij!.gebruikerId,
    ]);
    await this.audit.log({
      actie: 'delete',
      subjectType: 'Systeemkoppeling',
      subjectId: id,
      doel: 'koppelingenbeheer',
      resultaat: 'toegestaan',
    });
  }
}
