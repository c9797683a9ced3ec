import type { Db } from '@rmc/server-core';
import { organisatieNaamSql } from '@rmc/server-organisaties';

type Sql = Pick<Db, 'query'>;

export interface OverlegVoorJongereRij {
  id: string;
  start: string;
  soort: string;
  organisaties: string[];
}

/**
 * The young person's channel (issue 15): upcoming meetings that have one of the person's cases on the
 * agenda — when, what kind, which organisations take part; never the question, notes or decisions.
 * The case ids come from the person's own (RLS) read; the caller runs this as the region.
 */
export async function overleggenOverCasussen(sql: Sql, casusIds: readonly string[]): Promise<OverlegVoorJongereRij[]> {
  if (!casusIds.length) return [];
  return sql.query<OverlegVoorJongereRij>(
    [
      `SELECT o.id, o.start, o.soort,`,
      `       ARRAY(SELECT ${organisatieNaamSql('d.org')} FROM unnest(o.deelnemer_organisaties) AS d(org)) AS organisaties`,
      `FROM overleg o`,
      `WHERE o.start >= now() - interval '1 day'`,
      `AND EXISTS (SELECT 1 FROM agendapunt p WHERE p.overleg_id = o.id AND p.casus_id = ANY($1::uuid[]))`,
      `ORDER BY o.start`,
      `LIMIT 20`,
    ].join('\n'),
    [casusIds],
  );
}
