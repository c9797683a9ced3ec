import { ClsServiceManager } from 'nestjs-cls';
import type { DataSource } from 'typeorm';
import { contextStatement, Db, inContextOp, NoTenantTransactionError, rijen, type DbContext } from './db.service';

/** A data source whose transactions record every statement; the context statement is decoded back to its fields. */
function nepBron() {
  const log: string[] = [];
  const em = {
    query: async (sql: string, params: unknown[] = []) => {
      if (sql.startsWith('SELECT set_config(')) {
        const [regio, gebruiker, platform, vestiging, instelling, rol, organisatie] = params as string[];
        log.push(
          `ctx regio=${regio} gebruiker=${gebruiker} platform=${platform} vestiging=${vestiging} instelling=${instelling} rol=${rol} org=${organisatie}`,
        );
        return [{}];
      }
      log.push(sql);
      return [[{ id: 'x' }], 1];
    },
  };
  const ds = {
    transaction: async <T>(fn: (e: typeof em) => Promise<T>) => fn(em),
    query: async (sql: string) => (log.push(`systeem ${sql}`), [{ id: 'y' }]),
  } as unknown as DataSource;
  return { ds, log };
}

describe('tenancy service: one door for every process', () => {
  it('contextStatement sets all eight settings; what is not given is cleared', () => {
    const { sql, params } = contextStatement({ regioId: 'r1', gebruikerId: 'g1' });
    expect(sql.match(/set_config\(/g)).toHaveLength(9);
    expect(params).toEqual(['r1', 'g1', '', '', '', '', '', '', '']);
    expect(contextStatement({ platform: true, casussen: ['a', 'b'] }).params).toEqual([
      '',
      '',
      'on',
      '',
      '',
      '',
      '',
      '{a,b}',
      '',
    ]);
    expect(contextStatement({ regioId: 'r1', persoonId: 'p1' }).params[8]).toBe('p1');
  });

  it('alsRegio: the region only (no role, no user), then alsGebruiker writes as one user and restores the region context', async () => {
    const { ds, log } = nepBron();
    const db = Db.van(ds);
    const uit = await db.alsRegio('r1', async () => {
      await db.alsGebruiker('g1', () => db.query('INSERT a'));
      await db.query('INSERT b');
      return db.query('UPDATE c RETURNING id');
    });
    expect(uit).toEqual([{ id: 'x' }]);
    expect(log).toEqual([
      'ctx regio=r1 gebruiker= platform= vestiging= instelling= rol= org=',
      'ctx regio=r1 gebruiker=g1 platform= vestiging= instelling= rol= org=',
      'INSERT a',
      'ctx regio=r1 gebruiker= platform= vestiging= instelling= rol= org=',
      'INSERT b',
      'UPDATE c RETURNING id',
    ]);
  });

  it('binnen restores the outer context also when its work fails, and rethrows that failure', async () => {
    const { ds, log } = nepBron();
    const db = Db.van(ds);
    const ctx: DbContext = { gebruikerId: 'g1', vestigingId: 'v1' };
    await expect(
      db.inContext(ctx, () =>
        db.binnen({ regioId: 'r9' }, async () => {
          throw new Error('kapot');
        }),
      ),
    ).rejects.toThrow('kapot');
    expect(log).toEqual([
      'ctx regio= gebruiker=g1 platform= vestiging=v1 instelling= rol= org=',
      'ctx regio=r9 gebruiker=g1 platform= vestiging=v1 instelling= rol= org=',
      'ctx regio= gebruiker=g1 platform= vestiging=v1 instelling= rol= org=',
    ]);
  });

  it('binnen and query outside a transaction fail closed; systeem runs outside any context', async () => {
    const { ds, log } = nepBron();
    const db = Db.van(ds);
    await ClsServiceManager.getClsService().run(async () => {
      await expect(db.binnen({ gebruikerId: 'g1' }, async () => 1)).rejects.toBeInstanceOf(NoTenantTransactionError);
      await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(NoTenantTransactionError);
    });
    expect(await db.systeem('SELECT id FROM regio')).toEqual([{ id: 'y' }]);
    expect(log).toEqual(['systeem SELECT id FROM regio']);
  });

  it('inContextOp: one transaction on a held connection, in the given context; rolled back on failure', async () => {
    const gebeurd: string[] = [];
    let actief = false;
    const qr = {
      get isTransactionActive() {
        return actief;
      },
      startTransaction: async () => ((actief = true), gebeurd.push('BEGIN')),
      commitTransaction: async () => ((actief = false), gebeurd.push('COMMIT')),
      rollbackTransaction: async () => ((actief = false), gebeurd.push('ROLLBACK')),
      query: async (sql: string, params: string[] = []) =>
        gebeurd.push(sql.startsWith('SELECT set_config(') ? `ctx ${params.filter(Boolean).join(',')}` : sql),
    };
    const school = { gebruikerId: 'g1', vestigingId: 'v1', instellingId: 'i1' };
    await inContextOp(qr as never, school, async () => qr.query('UPDATE import_batch'));
    await expect(inContextOp(qr as never, school, async () => Promise.reject(new Error('fout')))).rejects.toThrow('fout');
    expect(gebeurd).toEqual(['BEGIN', 'ctx g1,v1,i1', 'UPDATE import_batch', 'COMMIT', 'BEGIN', 'ctx g1,v1,i1', 'ROLLBACK']);
  });

  it('rijen unwraps [rows, count] and leaves plain rows alone', () => {
    expect(rijen([[{ a: 1 }], 1])).toEqual([{ a: 1 }]);
    expect(rijen([{ a: 1 }, { a: 2 }])).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
