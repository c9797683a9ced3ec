import type { MigrationInterface } from 'typeorm';

/** A TypeORM migration class (`name` ends in its 13-digit timestamp, e.g. `Casus1732600000000`). */
export type Migratie = new () => MigrationInterface;

/** The timestamp at the end of a migration's class name. */
export function migratieTijdstip(m: Migratie): number {
  const t = /(\d{13})$/.exec(m.name);
  if (!t) throw new Error(`migration ${m.name}: the class name must end in a 13-digit timestamp`);
  return Number(t[1]);
}

/**
 * Merges the migration lists of the database lib and of the contexts into one list ordered by
 * timestamp. Two migrations with the same name or timestamp are a mistake (one would be skipped or the
 * order would depend on the list order), so they throw.
 */
export function ordenMigraties(...lijsten: Migratie[][]): Migratie[] {
  const alle = lijsten.flat();
  const gezien = new Map<number, string>();
  for (const m of alle) {
    const t = migratieTijdstip(m);
    const ander = gezien.get(t);
    if (ander) throw new Error(`migrations ${ander} and ${m.name} share timestamp ${t}`);
    gezien.set(t, m.name);
  }
  return [...alle].sort((a, b) => migratieTijdstip(a) - migratieTijdstip(b));
}
