import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Db } from '../tenancy/db.service';
import type { ClsStore } from '../tenancy/request-context';

export type AuditActie = 'read' | 'search' | 'export' | 'print' | 'create' | 'update' | 'delete' | 'share' | 'login' | 'logout' | 'invite';

export interface AuditEntry {
  actie: AuditActie;
  subjectType: string;
  subjectId?: string | null;
  /** BSN (or other stable person key); stored only as a keyed pseudonym. */
  persoonSleutel?: string | null;
  doel: string;
  resultaat: 'toegestaan' | 'geweigerd';
  namensId?: string | null;
  /** For public routes (login) where no session exists yet. */
  actor?: { gebruikerId: string; regioId: string | null; rol: string; organisatieId: string | null };
}

/**
 * NEN 7513-style audit: one row per access to personal data, written in the SAME transaction as
 * the access (if it fails, the data is not returned). The app role may only INSERT.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService<ClsStore>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  pseudonym(sleutel: string): string {
    return createHmac('sha256', this.config.pseudonymKey).update(sleutel).digest('hex').slice(0, 32);
  }

  async log(entry: AuditEntry): Promise<void> {
    await this.db.query(INSERT, this.values(entry));
  }

  /** Many rows in one statement (a list of persons is one row per person, but one round trip). */
  async logMany(entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const rows = entries.map((e) => this.values(e));
    const cols = rows[0].map((_, i) => rows.map((r) => r[i]));
    await this.db.query(
      `INSERT INTO audit_log (regio_id, actor_id, namens_id, rol, organisatie_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst, trace_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])`,
      cols,
    );
  }

  /** For refusals: written in its own transaction, because the refused request's work is rolled back. */
  async logRefusal(entry: Omit<AuditEntry, 'resultaat'>): Promise<void> {
    const actor = this.cls.get('actor');
    await this.db.inContext({ regioId: actor?.regioId, gebruikerId: actor?.gebruikerId, vestigingId: actor?.vestigingId }, (em) =>
      em.query(INSERT, this.values({ ...entry, resultaat: 'geweigerd' })),
    );
  }

  private values(e: AuditEntry): unknown[] {
    const sessie = this.cls.get('actor');
    const actor = e.actor ?? (sessie ? { gebruikerId: sessie.gebruikerId, regioId: sessie.regioId, rol: sessie.rol, organisatieId: sessie.organisatieId ?? sessie.vestigingId } : undefined);
    return [
      actor?.regioId ?? null,
      actor?.gebruikerId ?? null,
      e.namensId ?? null,
      actor?.rol ?? null,
      actor?.organisatieId ?? null,
      e.actie,
      e.subjectType,
      e.subjectId ?? null,
      e.persoonSleutel ? this.pseudonym(e.persoonSleutel) : null,
      e.doel,
      e.resultaat,
      this.cls.get('herkomst') ?? null,
      this.cls.get('traceId') ?? null,
    ];
  }
}

const INSERT = `INSERT INTO audit_log (regio_id, actor_id, namens_id, rol, organisatie_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst, trace_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;
