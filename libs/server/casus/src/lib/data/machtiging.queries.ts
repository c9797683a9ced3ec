import type { Db } from '@rmc/server-core';
import { persoonOpIdSql } from '@rmc/server-personen';

/**
 * The signed machtiging of a share: the SQL of the machtiging service (docs/architecture.md, "Who owns
 * which table"). The person's BSN (the audit pseudonym) comes through personen's subquery.
 */
type Sql = Pick<Db, 'query'>;

/** A case with its region and its person's BSN (none when the case or its person is invisible). */
export async function casusMetBsn(sql: Sql, casusId: string): Promise<{ id: string; regio_id: string; bsn: string } | undefined> {
  const [r] = await sql.query<{ id: string; regio_id: string; bsn: string }>(
    [
      `SELECT c.id, c.regio_id, p.bsn`,
      `FROM casus c`,
      `JOIN LATERAL (${persoonOpIdSql('c.persoon_id')}) p ON true`,
      `WHERE c.id = $1`,
    ].join('\n'),
    [casusId],
  );
  return r;
}

/** A share of case `casusId` with its grondslag. */
export async function delingVan(
  sql: Sql,
  casusId: string,
  delingId: string,
): Promise<{ id: string; grondslag: string } | undefined> {
  const [r] = await sql.query<{ id: string; grondslag: string }>(
    [`SELECT id, grondslag`, `FROM casus_deling`, `WHERE id = $1`, `AND casus_id = $2`].join('\n'),
    [delingId, casusId],
  );
  return r;
}

/** Stores the machtiging of a share (replaces the previous one). */
export async function bewaarMachtiging(
  sql: Sql,
  m: {
    regioId: string;
    casusId: string;
    delingId: string;
    bestandsnaam: string;
    mime: string;
    grootte: number;
    inhoud: Buffer;
    door: string;
  },
): Promise<void> {
  await sql.query(
    [
      `INSERT INTO deling_machtiging (regio_id, casus_id, deling_id, bestandsnaam, mime, grootte, inhoud, door)`,
      `VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      `ON CONFLICT (deling_id) DO UPDATE`,
      `SET bestandsnaam = EXCLUDED.bestandsnaam, mime = EXCLUDED.mime, grootte = EXCLUDED.grootte, inhoud = EXCLUDED.inhoud,`,
      `    door = EXCLUDED.door, aangemaakt_op = now()`,
    ].join('\n'),
    [m.regioId, m.casusId, m.delingId, m.bestandsnaam, m.mime, m.grootte, m.inhoud, m.door],
  );
}

/** The machtiging of a share: its type and content. */
export async function machtigingVan(sql: Sql, delingId: string): Promise<{ mime: string; inhoud: Buffer } | undefined> {
  const [r] = await sql.query<{ mime: string; inhoud: Buffer }>(
    [`SELECT mime, inhoud`, `FROM deling_machtiging`, `WHERE deling_id = $1`].join('\n'),
    [delingId],
  );
  return r;
}
