import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { TestApi } from './api';

export interface Meting {
  /** Pool checkouts during the measurement. */
  checkouts: number;
  /** The most connections held at once. */
  maxVast: number;
  /** Transactions begun (START TRANSACTION / BEGIN). */
  transacties: number;
  /** Every statement sent, in order. */
  statements: string[];
}

/** The API's pool of the app role. */
export function apiPool(api: TestApi): Pool {
  return (api.app.get(DataSource).driver as unknown as { master: Pool }).master;
}

/** Counts checkouts, the most connections held at once, transactions begun and the statements sent during fn. */
export async function meet(pool: Pool, fn: () => Promise<unknown>): Promise<Meting> {
  const m: Meting = { checkouts: 0, maxVast: 0, transacties: 0, statements: [] };
  let vast = 0;
  const gemeten = new Set<PoolClient>();
  const acquire = (client: PoolClient) => {
    m.checkouts++;
    vast++;
    m.maxVast = Math.max(m.maxVast, vast);
    if (!gemeten.has(client)) {
      gemeten.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const sql = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
        m.statements.push(sql);
        if (/^\s*(START TRANSACTION|BEGIN)/i.test(sql)) m.transacties++;
        return query(...args);
      };
    }
  };
  const release = () => {
    vast--;
  };
  pool.on('acquire', acquire);
  pool.on('release', release);
  try {
    await fn();
  } finally {
    pool.off('acquire', acquire);
    pool.off('release', release);
    for (const c of gemeten) delete (c as unknown as { query?: unknown }).query;
  }
  return m;
}
