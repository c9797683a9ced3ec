import type { Db } from '@rmc/server-core';

export interface KetenKop {
  keten: string;
  verzegeld: number;
  volgnr: string;
  hash: string;
}

/**
 * Seals up to `batch` audit rows into their hash chains (ADR 0015): `audit_verzegel` is SECURITY DEFINER,
 * the app role may only EXECUTE it, so it runs outside any tenant context. Answers each touched chain's head.
 */
export async function verzegelAudit(sql: Pick<Db, 'systeem'>, batch: number): Promise<KetenKop[]> {
  return sql.systeem<KetenKop>(
    `SELECT keten::text AS keten, verzegeld, volgnr::text AS volgnr, hash
      FROM audit_verzegel($1)`,
    [batch],
  );
}
