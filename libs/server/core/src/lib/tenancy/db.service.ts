import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, type EntityManager } from 'typeorm';

/** What the database needs to know to apply the RLS policies of one transaction. */
export interface DbContext {
  regioId?: string | null;
  gebruikerId?: string | null;
  vestigingId?: string | null;
  instellingId?: string | null;
  /** The acting role and organisation: partner slices are RLS policies too. */
  rol?: string | null;
  organisatieId?: string | null;
  platform?: boolean;
  /**
   * A partner's actively shared cases, read once per request with the session. The RLS policies
   * read them as one array (`app_gedeelde_casussen()`); unset, the database reads casus_deling itself.
   */
  casussen?: readonly string[] | null;
}

/** The set_config statement of a transaction's tenant context, with its parameters. */
export function contextStatement(ctx: DbContext): { sql: string; params: string[] } {
  return {
    sql: `SELECT set_config('app.regio_id', $1, true), set_config('app.gebruiker_id', $2, true), set_config('app.platform', $3, true),
                set_config('app.vestiging_id', $4, true), set_config('app.instelling_id', $5, true),
                set_config('app.rol', $6, true), set_config('app.organisatie_id', $7, true), set_config('app.casussen', $8, true)`,
    params: [
      ctx.regioId ?? '',
      ctx.gebruikerId ?? '',
      ctx.platform ? 'on' : '',
      ctx.vestigingId ?? '',
      ctx.instellingId ?? '',
      ctx.rol ?? '',
      ctx.organisatieId ?? '',
      ctx.casussen ? `{${ctx.casussen.join(',')}}` : '',
    ],
  };
}

export class NoTenantTransactionError extends Error {
  constructor() {
    super('No tenant transaction in this context: data access outside a request/job context is refused');
  }
}

/**
 * The only door to tenant data. Every transaction first calls set_config(..., true), which is
 * transaction-local: a pooled connection never carries a region into the next request.
 */
const AFTER_COMMIT = Symbol('afterCommit');

@Injectable()
export class Db {
  private readonly log = new Logger('Db');
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    // Untyped store: the typed path through EntityManager is too deep for the compiler.
    private readonly cls: ClsService,
  ) {}

  /** The current request's/job's transaction. Throws when there is none (fails closed). */
  get em(): EntityManager {
    const em = this.cls.isActive() ? this.cls.get<EntityManager | undefined>('em') : undefined;
    if (!em) throw new NoTenantTransactionError();
    return em;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.em.query(sql, params);
    // TypeORM answers UPDATE/DELETE ... RETURNING with [rows, rowCount]: always hand back the rows.
    if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
      return result[0];
    return result;
  }

  async one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    const rows = await this.query<T>(sql, params);
    return rows[0];
  }

  /** Runs `effect` once the current transaction has committed (e.g. enqueue a job for an outbox row). */
  afterCommit(effect: () => Promise<unknown>): void {
    const list = this.cls.get<Array<() => Promise<unknown>> | undefined>(AFTER_COMMIT);
    if (!list) throw new NoTenantTransactionError();
    list.push(effect);
  }

  /** Runs fn in one transaction with the given context. */
  async inContext<T>(ctx: DbContext, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const effects: Array<() => Promise<unknown>> = [];
    const result = await this.ds.transaction(async (em) => {
      const { sql, params } = contextStatement(ctx);
      await em.query(sql, params);
      const run = async () => {
        const outer = { em: this.cls.get<EntityManager | undefined>('em'), effects: this.cls.get(AFTER_COMMIT) };
        this.cls.set('em', em);
        this.cls.set(AFTER_COMMIT, effects);
        try {
          return await fn(em);
        } finally {
          this.cls.set('em', outer.em);
          this.cls.set(AFTER_COMMIT, outer.effects);
        }
      };
      return this.cls.isActive() ? run() : this.cls.run(run);
    });
    // Best effort: whatever fails here is picked up by the reconciler from the committed rows.
    for (const effect of effects)
      await effect().catch((err: unknown) =>
        this.log.warn({ msg: 'after-commit effect failed; reconciler will retry', err: String(err) }),
      );
    return result;
  }

  /** Plain connection for health checks only. */
  async ping(): Promise<void> {
    await this.ds.query('SELECT 1');
  }
}
