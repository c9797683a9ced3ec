/**
 * A case's nazorg tasks as a subquery for the casus context's timeline and inzage (docs/architecture.md,
 * "Who owns which table": nazorg owns `nazorg_taak`), so those stay one statement under the caller's RLS.
 */

/** SQL subquery: every column of the nazorg tasks of the cases whose ids subquery `casusIds` selects. */
export function nazorgTakenVanCasussenSql(casusIds: string): string {
  return `SELECT t.* FROM nazorg_taak t WHERE t.casus_id IN (${casusIds})`;
}
