/** TypeORM's `query` returns `[rows, count]` for UPDATE/DELETE … RETURNING and plain rows otherwise. */
export const rows = <T>(r: unknown): T[] =>
  (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number' ? r[0] : r) as T[];
