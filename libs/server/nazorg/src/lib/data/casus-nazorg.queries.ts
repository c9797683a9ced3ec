import type { Uitvoerder } from '@rmc/server-core';

/**
 * The nazorg check-ins of a case, for the case context's phase steps (docs/architecture.md, "Who owns which
 * table": nazorg owns `nazorg_taak`). Every function runs on the caller's transaction, under its RLS.
 */

/** Check-in tasks at these dates (a date already planned stays as it is). */
export async function planNazorgMomenten(
  q: Uitvoerder,
  regioId: string,
  casusId: string,
  momenten: readonly string[],
): Promise<void> {
  if (!momenten.length) return;
  await q.query(
    [
      `INSERT INTO nazorg_taak (regio_id, casus_id, moment)`,
      `SELECT $1, $2, u.moment`,
      `FROM unnest($3::date[]) AS u(moment)`,
      `ON CONFLICT DO NOTHING`,
    ].join('\n'),
    [regioId, casusId, momenten],
  );
}

/** The case's open nazorg check-ins are done with (the case reopened). */
export async function sluitOpenNazorg(q: Uitvoerder, casusId: string, door: string, toelichting: string): Promise<void> {
  await q.query(
    [
      `UPDATE nazorg_taak`,
      `SET afgerond_op = now(), toelichting = $3, door = $2`,
      `WHERE casus_id = $1`,
      `AND soort = 'nazorg'`,
      `AND afgerond_op IS NULL`,
    ].join('\n'),
    [casusId, door, toelichting],
  );
}

/**
 * SQL expression for the case context's statements (the scan's calendar tasks): `EXISTS` a task of
 * `soort` for the case `casusKolom` (only an open one when `alleenOpen`).
 */
export function taakBestaatSql(casusKolom: string, soort: 'nazorg' | 'jaarcontact' | 'kwint', alleenOpen: boolean): string {
  return `EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = ${casusKolom} AND t.soort = '${soort}'${alleenOpen ? ' AND t.afgerond_op IS NULL' : ''})`;
}

/** SQL expression: the Amsterdam date the case's last yearly oud-vsv task was finished (null when none). */
export function laatsteJaarcontactSql(casusKolom: string): string {
  return `(SELECT max((t.afgerond_op AT TIME ZONE 'Europe/Amsterdam')::date) FROM nazorg_taak t WHERE t.casus_id = ${casusKolom} AND t.soort = 'jaarcontact')`;
}
