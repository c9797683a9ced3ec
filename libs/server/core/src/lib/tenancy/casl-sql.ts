import type { AnyAbility } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';
import { CompoundCondition, type Condition, FieldCondition } from '@ucast/mongo2js';

/** A SQL fragment with positional parameters starting after `offset`. */
export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/**
 * Turns the CASL rules of `ability` for (action, subject) into a SQL WHERE fragment, so lists are
 * filtered in the database. `columns` is the whitelist of condition fields → SQL columns; an
 * unknown field or operator throws (fails closed). No rule → FALSE.
 */
export function accessibleWhere(
  ability: AnyAbility,
  action: string,
  subjectType: string,
  columns: Record<string, string>,
  offset = 0,
): SqlWhere {
  const ast = rulesToAST(ability, action, subjectType);
  if (ast === null) return { sql: 'FALSE', params: [] };
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${offset + params.length}`;
  };
  const col = (field: string) => {
    const c = columns[field];
    if (!c) throw new Error(`CASL field not mapped to SQL: ${field}`);
    return c;
  };
  // A column spec starting with '[]' is an array column: mongo's { field: value } means "contains".
  const isArray = (field: string) => columns[field]?.startsWith('[]');
  const walk = (c: Condition): string => {
    if (c instanceof CompoundCondition) {
      const parts = (c.value as Condition[]).map(walk);
      if (c.operator === 'and') return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
      if (c.operator === 'or') return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
      if (c.operator === 'not') return `((${parts.join(' AND ')}) IS NOT TRUE)`;
      throw new Error(`unsupported compound operator ${c.operator}`);
    }
    const f = c as FieldCondition<unknown>;
    if (isArray(f.field)) {
      const column = col(f.field).slice(2);
      if (f.operator === 'eq') return `${p(f.value)} = ANY(${column})`;
      throw new Error(`CASL operator ${f.operator} not supported on array field ${f.field}`);
    }
    const column = col(f.field);
    switch (f.operator) {
      case 'eq':
        return f.value === null ? `${column} IS NULL` : `${column} = ${p(f.value)}`;
      case 'ne':
        return f.value === null ? `${column} IS NOT NULL` : `${column} IS DISTINCT FROM ${p(f.value)}`;
      case 'in':
        return (f.value as unknown[]).length ? `${column} = ANY(${p(f.value)})` : 'FALSE';
      case 'nin':
        return (f.value as unknown[]).length ? `NOT (${column} = ANY(${p(f.value)}))` : 'TRUE';
      case 'lt':
        return `${column} < ${p(f.value)}`;
      case 'lte':
        return `${column} <= ${p(f.value)}`;
      case 'gt':
        return `${column} > ${p(f.value)}`;
      case 'gte':
        return `${column} >= ${p(f.value)}`;
      case 'exists':
        return f.value ? `${column} IS NOT NULL` : `${column} IS NULL`;
    }
    throw new Error(`CASL operator not supported in SQL: ${f.operator}`);
  };
  return { sql: walk(ast), params };
}
