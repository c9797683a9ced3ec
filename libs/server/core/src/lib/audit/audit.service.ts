import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Db } from '../tenancy/db.service';
import type { ClsStore } from '../tenancy/request-context';
import { schrijfAuditLijst, schrijfAuditRij } from './audit.queries';

export type AuditActie =
  'read' | 'search' | 'export' | 'print' | 'create' | 'update' | 'delete' | 'share' | 'login' | 'logout' | 'invite';

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
    await schrijfAuditRij(this.db.em, this.values(entry));
  }

  /**
   * A list read: ONE row per request (per kind of access), carrying the ids shown and the pseudonyms
   * of the persons behind them as indexed arrays, so a person's inzage still finds every list they
   * appeared in. Opening a dossier stays one row per dossier (`log`).
   */
  async logMany(entries: AuditEntry[]): Promise<void> {
    const groepen = new Map<string, AuditEntry[]>();
    for (const e of entries) {
      const sleutel = JSON.stringify([
        e.actie,
        e.subjectType,
        e.doel,
        e.resultaat,
        e.namensId ?? null,
        e.actor?.gebruikerId ?? null,
      ]);
      groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), e]);
    }
    for (const groep of groepen.values()) {
      const [basis] = groep;
      const subjectIds = groep.map((e) => e.subjectId ?? null).filter((id): id is string => id !== null);
      const pseudos = [
        ...new Set(
          groep.map((e) => (e.persoonSleutel ? this.pseudonym(e.persoonSleutel) : null)).filter((p): p is string => p !== null),
        ),
      ];
      const waarden = this.values({ ...basis, subjectId: null, persoonSleutel: null });
      await schrijfAuditLijst(this.db.em, waarden, subjectIds, pseudos);
    }
  }

  /** For refusals: written in its own transaction, because the refused request's work is rolled back. */
  async logRefusal(entry: Omit<AuditEntry, 'resultaat'>): Promise<void> {
    const actor = this.cls.get('actor');
    await this.db.inContext({ regioId: actor?.regioId, gebruikerId: actor?.gebruikerId, vestigingId: actor?.vestigingId }, (em) =>
      schrijfAuditRij(em, this.values({ ...entry, resultaat: 'geweigerd' })),
    );
  }

  private values(e: AuditEntry): unknown[] {
    const sessie = this.cls.get('actor');
    const actor =
      e.actor ??
      (sessie
        ? {
            gebruikerId: sessie.gebruikerId,
            regioId: sessie.regioId,
            rol: sessie.rol,
            organisatieId: sessie.organisatieId ?? sessie.vestigingId,
          }
        : undefined);
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
