import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { OrganisatieDto } from '@rmc/shared-api-types';

/**
 * Organisations in a region: the only SQL that names `organisatie` (docs/architecture.md, "Who owns
 * which table"). Every function takes the executor of the caller's transaction.
 */

export type OrganisatieRij = OrganisatieDto & { regioId: string };

const SELECT = `SELECT o.id, o.naam, o.soort, o.gemeente_code AS "gemeenteCode", o.actief, o.regio_id AS "regioId"
  FROM organisatie o`;

/** The sort key (kind, name) of organisation `id`, for keyset paging. */
export async function organisatieSorteersleutel(q: Uitvoerder, id: string): Promise<{ soort: string; naam: string } | undefined> {
  const [r] = rijen<{ soort: string; naam: string }>(
    await q.query(
      `SELECT soort, naam
         FROM organisatie
        WHERE id = $1`,
      [id],
    ),
  );
  return r;
}

/** How many organisations match `where` (a condition on alias `o`, e.g. from RecordAccess.where). */
export async function telOrganisaties(q: Uitvoerder, where: string, params: unknown[]): Promise<number> {
  const [r] = rijen<{ n: number }>(
    await q.query(
      `SELECT count(*)::int AS n
         FROM organisatie o
        WHERE ${where}`,
      params,
    ),
  );
  return r?.n ?? 0;
}

/** One page by kind, name and id: `where` and `na` are conditions on alias `o`, `limit` a placeholder. */
export async function organisatiePagina(
  q: Uitvoerder,
  where: string,
  na: string,
  limit: string,
  params: unknown[],
): Promise<OrganisatieRij[]> {
  return rijen(
    await q.query(
      `${SELECT}
        WHERE (${where}) AND ${na}
        ORDER BY o.soort, o.naam, o.id
        LIMIT ${limit}`,
      params,
    ),
  );
}

export async function organisatieOpId(q: Uitvoerder, id: string): Promise<OrganisatieRij | undefined> {
  const [r] = rijen<OrganisatieRij>(
    await q.query(
      `${SELECT}
        WHERE o.id = $1`,
      [id],
    ),
  );
  return r;
}

/** Whether region `regioId` has an organisation with this name (case-insensitive). */
export async function organisatieNaamBestaat(q: Uitvoerder, regioId: string, naam: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM organisatie
        WHERE regio_id = $1
          AND lower(naam) = lower($2)`,
      [regioId, naam],
    ),
  );
  return rows.length > 0;
}

/** A new organisation; returns its id. */
export async function maakOrganisatie(
  q: Uitvoerder,
  input: { regioId: string; naam: string; soort: string; gemeenteCode: string | null },
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO organisatie (regio_id, naam, soort, gemeente_code)
       VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [input.regioId, input.naam, input.soort, input.gemeenteCode],
    ),
  );
  return r!.id;
}

export async function wijzigOrganisatieNaam(q: Uitvoerder, id: string, naam: string): Promise<void> {
  await q.query(
    `UPDATE organisatie
        SET naam = $2
      WHERE id = $1`,
    [id, naam],
  );
}

export async function wijzigOrganisatieActief(q: Uitvoerder, id: string, actief: boolean): Promise<void> {
  await q.query(
    `UPDATE organisatie
        SET actief = $2
      WHERE id = $1`,
    [id, actief],
  );
}

/** The region's first regio-team (the organisation of its coordinators), or undefined. */
export async function regioTeamVan(q: Uitvoerder, regioId: string): Promise<{ id: string } | undefined> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `SELECT id
         FROM organisatie
        WHERE regio_id = $1
          AND soort = 'regio-team'
        ORDER BY aangemaakt_op
        LIMIT 1`,
      [regioId],
    ),
  );
  return r;
}

/** SQL expression for another context's statement: the name of the organisation whose id is `kolom`. */
export function organisatieNaamSql(kolom: string): string {
  return `(SELECT naam FROM organisatie WHERE id = ${kolom})`;
}

/** Of `ids`, the active organisations (visible under RLS: the caller's region). */
export async function actieveOrganisatieIds(q: Uitvoerder, ids: string[]): Promise<string[]> {
  const rows = rijen<{ id: string }>(
    await q.query(
      `SELECT id
         FROM organisatie
        WHERE id = ANY($1::uuid[])
          AND actief`,
      [ids],
    ),
  );
  return rows.map((r) => r.id);
}

/** Id, name and kind of organisations `ids`, by name. */
export async function organisatiesOpIds(
  q: Uitvoerder,
  ids: string[],
): Promise<Array<{ id: string; naam: string; soort: OrganisatieDto['soort'] }>> {
  return rijen(
    await q.query(
      `SELECT id, naam, soort
         FROM organisatie
        WHERE id = ANY($1::uuid[])
        ORDER BY naam`,
      [ids],
    ),
  );
}

/** Whether organisation `id` is a regio-team. */
export async function isRegioTeam(q: Uitvoerder, id: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM organisatie
        WHERE id = $1
          AND soort = 'regio-team'`,
      [id],
    ),
  );
  return rows.length > 0;
}

/** SQL expression for another context's statement: the kind of the organisation whose id is `kolom` (null when none or not visible). */
export function organisatieSoortSql(kolom: string): string {
  return `(SELECT soort FROM organisatie WHERE id = ${kolom})`;
}

/** SQL fragment for another context's statement: `<soort> organisatie <alias> ON <voorwaarde>` (the scan's owning organisation of an action). */
export function organisatieJoinSql(soort: 'JOIN' | 'LEFT JOIN', alias: string, voorwaarde: string): string {
  return `${soort} organisatie ${alias} ON ${voorwaarde}`;
}
