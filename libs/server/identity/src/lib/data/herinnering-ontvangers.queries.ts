import { rijen, type Db, type Uitvoerder } from '@rmc/server-core';
import { outboxSleutelBestaatSql } from '@rmc/server-notificaties';

/**
 * Recipients of the reminder scan and the daily digest (nazorg; docs/architecture.md, "Who owns which
 * table": identity owns `gebruiker` and `lidmaatschap`). Each runs on the caller's transaction.
 */

/** The active regio-coördinatoren of a region (they are told about meldingen not picked up). */
export async function actieveCoordinatoren(q: Uitvoerder, regioId: string): Promise<Array<{ id: string }>> {
  return rijen<{ id: string }>(
    await q.query(`SELECT gebruiker_id AS id FROM lidmaatschap WHERE regio_id = $1 AND rol = 'regio-coordinator' AND actief`, [
      regioId,
    ]),
  );
}

/**
 * SQL fragment for another context's statement: `<soort> lidmaatschap <alias> ON <voorwaarde>`, the
 * memberships joined on the caller's condition (the scan's recipients of an action or a handover).
 */
export function lidmaatschapJoinSql(soort: 'JOIN' | 'LEFT JOIN', alias: string, voorwaarde: string): string {
  return `${soort} lidmaatschap ${alias} ON ${voorwaarde}`;
}

/** The recipients' mail address and preference, by id. */
export async function mailOntvangers(
  q: Uitvoerder,
  ids: readonly string[],
): Promise<Map<string, { id: string; email: string; mail_voorkeur: string; actief: boolean }>> {
  const rows = rijen<{ id: string; email: string; mail_voorkeur: string; actief: boolean }>(
    await q.query(
      `SELECT id, email, mail_voorkeur, actief
       FROM gebruiker
       WHERE id = ANY($1::uuid[])`,
      [ids],
    ),
  );
  return new Map(rows.map((g) => [g.id, g]));
}

/**
 * Active users who chose the daily digest and whose digest of `vandaag` is not in the outbox yet
 * (platform rows: one `Db.systeem` statement, no tenant context).
 */
export async function digestOntvangers(q: Pick<Db, 'systeem'>, vandaag: string): Promise<Array<{ id: string; email: string }>> {
  return q.systeem<{ id: string; email: string }>(
    `SELECT g.id, g.email
     FROM gebruiker g
     WHERE g.actief
       AND g.mail_voorkeur = 'dagelijks'
       AND NOT ${outboxSleutelBestaatSql(`'digest-' || g.id || '-' || $1`)}`,
    [vandaag],
  );
}
