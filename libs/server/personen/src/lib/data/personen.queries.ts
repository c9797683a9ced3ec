import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { PersoonDto } from '@rmc/shared-api-types';

/**
 * Young people: the only SQL that names `persoon` outside the erasure (docs/architecture.md, "Who owns
 * which table"). Every function takes the executor of the caller's transaction, so RLS stays the caller's.
 */

export type PersoonRij = Required<PersoonDto> & { regioId: string };

const SELECT = `SELECT p.id, p.regio_id AS "regioId", p.bsn, p.voornaam, p.achternaam, to_char(p.geboortedatum, 'YYYY-MM-DD') AS geboortedatum,
       p.postcode, p.gemeente_code AS "gemeenteCode", p.telefoon, p.email
  FROM persoon p`;

/** The sort key (achternaam, voornaam) of person `id`, for keyset paging; undefined when gone or invisible. */
export async function persoonSorteersleutel(
  q: Uitvoerder,
  id: string,
): Promise<{ achternaam: string; voornaam: string } | undefined> {
  const [r] = rijen<{ achternaam: string; voornaam: string }>(
    await q.query(
      `SELECT achternaam, voornaam
         FROM persoon
        WHERE id = $1`,
      [id],
    ),
  );
  return r;
}

/** One page by name and id: `where` and `na` are conditions on alias `p`, `limit` a placeholder. */
export async function persoonPagina(
  q: Uitvoerder,
  where: string,
  na: string,
  limit: string,
  params: unknown[],
): Promise<PersoonRij[]> {
  return rijen(
    await q.query(
      `${SELECT}
        WHERE (${where}) AND ${na}
        ORDER BY p.achternaam, p.voornaam, p.id
        LIMIT ${limit}`,
      params,
    ),
  );
}

export async function persoonOpId(q: Uitvoerder, id: string): Promise<PersoonRij | undefined> {
  const [r] = rijen<PersoonRij>(
    await q.query(
      `${SELECT}
        WHERE p.id = $1`,
      [id],
    ),
  );
  return r;
}

/** Whether a person with this BSN is visible (under RLS: in the caller's region). */
export async function persoonMetBsnBestaat(q: Uitvoerder, bsn: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM persoon
        WHERE bsn = $1`,
      [bsn],
    ),
  );
  return rows.length > 0;
}

/** A new person; returns its id. */
export async function maakPersoon(
  q: Uitvoerder,
  p: {
    regioId: string;
    bsn: string;
    voornaam: string;
    achternaam: string;
    geboortedatum: string;
    postcode: string;
    gemeenteCode: string | null;
    telefoon: string | null;
    email: string | null;
  },
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon, email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id`,
      [p.regioId, p.bsn, p.voornaam, p.achternaam, p.geboortedatum, p.postcode, p.gemeenteCode, p.telefoon, p.email],
    ),
  );
  return r!.id;
}

/** The id of the person with this BSN (under RLS: of the caller's region). */
export async function persoonIdMetBsn(q: Uitvoerder, bsn: string): Promise<{ id: string } | undefined> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `SELECT id
         FROM persoon
        WHERE bsn = $1`,
      [bsn],
    ),
  );
  return r;
}

/**
 * A new person from another context's row in one statement: `selectie` is a SELECT (of the caller's
 * own table) giving regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code,
 * telefoon in that order. Returns the new id.
 */
export async function maakPersoonUit(q: Uitvoerder, selectie: string, params: unknown[]): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon)
       ${selectie}
       RETURNING id`,
      params,
    ),
  );
  return r!.id;
}

/** SQL subquery: the ids of the persons with BSN `bsn` in region `regio` (column expressions of the caller's statement). */
export function persoonIdsMetBsnSql(regio: string, bsn: string): string {
  return `SELECT p.id FROM persoon p WHERE p.regio_id = ${regio} AND p.bsn = ${bsn}`;
}

/** SQL expression: column `kolom` (bsn, voornaam, achternaam, regio_id, …) of person `id` (a column of the caller's statement). */
export function persoonKolomSql(kolom: 'bsn' | 'voornaam' | 'achternaam' | 'regio_id', id: string): string {
  return `(SELECT p.${kolom} FROM persoon p WHERE p.id = ${id})`;
}

/**
 * SQL subquery: every column of person `id` (a placeholder or a column of the caller's statement), for
 * `JOIN LATERAL (…) p ON true` in another context's statement: the same rows as `JOIN persoon p ON
 * p.id = …` (a person RLS hides drops the row), and PostgreSQL plans it as that join.
 */
export function persoonOpIdSql(id: string): string {
  return `SELECT p.* FROM persoon p WHERE p.id = ${id}`;
}

/** The person as the inzage bundle shows it (its own columns, camelCase); the caller checked it is visible. */
export async function persoonVoorInzage(q: Uitvoerder, id: string): Promise<Record<string, unknown>> {
  const [r] = rijen<Record<string, unknown>>(
    await q.query(
      `SELECT bsn, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, gemeente_code AS "gemeenteCode", telefoon, email, aangemaakt_op AS "aangemaaktOp"
         FROM persoon
        WHERE id = $1`,
      [id],
    ),
  );
  return r!;
}

/** A person's new address (a handover): the postcode, and the gemeente when known. */
export async function werkPersoonAdresBij(
  q: Uitvoerder,
  id: string,
  postcode: string,
  gemeenteCode: string | null,
): Promise<void> {
  await q.query(
    `UPDATE persoon
        SET postcode = $2, gemeente_code = coalesce($3, gemeente_code)
      WHERE id = $1`,
    [id, postcode, gemeenteCode],
  );
}
