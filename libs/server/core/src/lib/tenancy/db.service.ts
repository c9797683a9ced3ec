import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService, ClsServiceManager } from 'nestjs-cls';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

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
  /** A young person's own session (role `jongere`): the policies' `app_persoon()` (jongere context's migration). */
  persoonId?: string | null;
}

/** The set_config statement of a transaction's tenant context, with its parameters. */
export function contextStatement(ctx: DbContext): { sql: string; params: string[] } {
  return {
    sql: `SELECT set_config('app.regio_id', $1, true), set_config('app.gebruiker_id', $2, true), set_config('app.platform', $3, true),
                set_config('app.vestiging_id', $4, true), set_config('app.instelling_id', $5, true),
                set_config('app.rol', $6, true), set_config('app.organisatie_id', $7, true), set_config('app.casussen', $8, true),
                set_config('app.persoon_id', $9, true)`,
    params: [
      ctx.regioId ?? '',
      ctx.gebruikerId ?? '',
      ctx.platform ? 'on' : '',
      ctx.vestigingId ?? '',
      ctx.instellingId ?? '',
      ctx.rol ?? '',
      ctx.organisatieId ?? '',
      ctx.casussen ? `{${ctx.casussen.join(',')}}` : '',
      ctx.persoonId ?? '',
    ],
  };
}

/**
 * TypeORM answers UPDATE/DELETE … RETURNING with `[rows, rowCount]` and everything else with the rows:
 * the one place that unwraps it. Every raw `query` result goes through here.
 */
export function rijen<T = Record<string, unknown>>(r: unknown): T[] {
  return (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number' ? r[0] : r) as T[];
}

/** Whatever runs SQL on one connection: an EntityManager in a transaction or a held QueryRunner. */
export interface Uitvoerder {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Sets the whole tenant context of the running transaction of `q` (fields not given are cleared).
 * Only the tenancy service and {@link inContextOp} call it; nothing outside `tenancy/` writes `set_config`.
 */
export async function zetContext(q: Uitvoerder, ctx: DbContext): Promise<void> {
  const { sql, params } = contextStatement(ctx);
  await q.query(sql, params);
}

/**
 * One transaction in a tenant context on a connection the caller holds across transactions (the CSV
 * import keeps its session-private staging table on one connection): begin, set the context, run, commit;
 * roll back on failure. Like {@link Db.inContext}, the context is transaction-local.
 */
export async function inContextOp<T>(qr: QueryRunner, ctx: DbContext, fn: () => Promise<T>): Promise<T> {
  await qr.startTransaction();
  try {
    await zetContext(qr, ctx);
    const uit = await fn();
    await qr.commitTransaction();
    return uit;
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw err;
  }
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
/** The context the current transaction runs in, so a nested {@link Db.binnen} can restore it. */
const CONTEXT = Symbol('dbContext');

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

  /**
   * The tenancy service over another data source, outside Nest's container (tests, benchmarks, a
   * worker pool of its own): the same transactions and contexts, the process-wide request store.
   */
  static van(bron: Db | DataSource): Db {
    return bron instanceof Db ? bron : new Db(bron, ClsServiceManager.getClsService());
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return rijen<T>(await this.em.query(sql, params));
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
      await zetContext(em, ctx);
      const run = async () => {
        const outer = {
          em: this.cls.get<EntityManager | undefined>('em'),
          effects: this.cls.get(AFTER_COMMIT),
          ctx: this.cls.get(CONTEXT),
        };
        this.cls.set('em', em);
        this.cls.set(AFTER_COMMIT, effects);
        this.cls.set(CONTEXT, ctx);
        try {
          return await fn(em);
        } finally {
          this.cls.set('em', outer.em);
          this.cls.set(AFTER_COMMIT, outer.effects);
          this.cls.set(CONTEXT, outer.ctx);
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

  /**
   * A job acting for one region as a whole: the region set, no role, no user (the policies' `app_rol_leeg`
   * branch; migration 1732600000000). The reminder scan and retention run in it.
   */
  alsRegio<T>(regioId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.inContext({ regioId }, fn);
  }

  /**
   * Within the current transaction, changes part of its context for the length of `fn`, then restores
   * the rest as it was: e.g. a region job writing a notification as its recipient (the insert policy
   * wants an acting user). Throws when there is no transaction (fails closed).
   */
  async binnen<T>(deel: Partial<DbContext>, fn: () => Promise<T>): Promise<T> {
    const em = this.em;
    const buiten = this.cls.get<DbContext | undefined>(CONTEXT) ?? {};
    const binnen = { ...buiten, ...deel };
    await zetContext(em, binnen);
    this.cls.set(CONTEXT, binnen);
    let uit: T;
    try {
      uit = await fn();
    } catch (err) {
      this.cls.set(CONTEXT, buiten);
      // The transaction may be aborted; the caller's error is what matters.
      await zetContext(em, buiten).catch(() => undefined);
      throw err;
    }
    this.cls.set(CONTEXT, buiten);
    await zetContext(em, buiten);
    return uit;
  }

  /** {@link binnen} as one user: the region (or school) context stays, `app.gebruiker_id` is the user's. */
  alsGebruiker<T>(gebruikerId: string, fn: () => Promise<T>): Promise<T> {
    return this.binnen({ gebruikerId }, fn);
  }

  /**
   * One statement outside any tenant context and outside the current transaction: system tables and
   * the platform's own bookkeeping (the outbox relay, heartbeats, the list of active regions, SECURITY
   * DEFINER functions). Tenant tables answer nothing here: RLS sees no region, school or user.
   */
  async systeem<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return rijen<T>(await this.ds.query(sql, params));
  }

  /** A connection of this pool held by the caller (the CSV import's session); release it when done. */
  verbinding(): QueryRunner {
    return this.ds.createQueryRunner();
  }

  /** Plain connection for health checks only. */
  async ping(): Promise<void> {
    await this.ds.query('SELECT 1');
  }
}
