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

  /** For refusals: written in its own transaction, because the refused request's work is rolled back. */
  async logRefusal(entry: Omit<AuditEntry, 'resultaat'>): Promise<void> {
    const actor = this.cls.get('actor');
    await this.db.inContext({ regioId: actor?.regioId, gebruikerId: actor?.gebruikerId }, (em) =>
      em.query(INSERT, this.values({ ...entry, resultaat: 'geweigerd' })),
    );
  }

  private values(e: AuditEntry): unknown[] {
    const actor = this.cls.get('actor');
    return [
      actor?.regioId ?? null,
      actor?.gebruikerId ?? null,
      e.namensId ?? null,
      actor?.rol ?? null,
      actor?.organisatieId ?? actor?.vestigingId ?? null,
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
