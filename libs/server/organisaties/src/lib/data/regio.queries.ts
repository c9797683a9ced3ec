import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { RegioInstellingen } from '@rmc/shared-domain';

/**
 * Regions, gemeenten and the PC4 reference data: the only SQL that names `regio`, `gemeente` and
 * `pc4_gemeente` (docs/architecture.md, "Who owns which table"). Every function takes the executor of
 * the caller's transaction (`Db.em`, or a held QueryRunner), so RLS and the transaction stay the caller's.
 */

export interface RegioRij {
  id: string;
  naam: string;
  contactgemeente_code: string;
  instellingen: RegioInstellingen;
  actief: boolean;
}

/** One region with its settings, or undefined. */
export async function regioOpId(q: Uitvoerder, regioId: string): Promise<RegioRij | undefined> {
  const [r] = rijen<RegioRij>(
    await q.query(
      `SELECT id, naam, contactgemeente_code, instellingen, actief
         FROM regio
        WHERE id = $1`,
      [regioId],
    ),
  );
  return r;
}

/** The gemeenten of a region, by name. */
export async function gemeentenVanRegio(q: Uitvoerder, regioId: string): Promise<Array<{ code: string; naam: string }>> {
  return rijen(
    await q.query(
      `SELECT code, naam
         FROM gemeente
        WHERE regio_id = $1
        ORDER BY naam`,
      [regioId],
    ),
  );
}

/** Whether gemeente `code` belongs to region `regioId`. */
export async function gemeenteHoortBijRegio(q: Uitvoerder, code: string, regioId: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM gemeente
        WHERE code = $1
          AND regio_id = $2`,
      [code, regioId],
    ),
  );
  return rows.length > 0;
}

/** Merges `instellingen` into the region's settings. */
export async function wijzigRegioInstellingen(q: Uitvoerder, regioId: string, instellingen: object): Promise<void> {
  await q.query(
    `UPDATE regio
        SET instellingen = instellingen || $2::jsonb
      WHERE id = $1`,
    [regioId, JSON.stringify(instellingen)],
  );
}

export interface PlatformRegioRij {
  id: string;
  naam: string;
  contactgemeenteCode: string;
  actief: boolean;
  gemeenteCodes: string[];
}

/** Regions with their gemeente codes, by name; one region when `regioId` is given. */
export async function regiosMetGemeenten(q: Uitvoerder, regioId?: string): Promise<PlatformRegioRij[]> {
  return rijen(
    await q.query(
      `SELECT r.id, r.naam, r.contactgemeente_code AS "contactgemeenteCode", r.actief,
              coalesce((SELECT array_agg(code ORDER BY code) FROM gemeente g WHERE g.regio_id = r.id), '{}') AS "gemeenteCodes"
         FROM regio r
        WHERE $1::uuid IS NULL OR r.id = $1
        ORDER BY r.naam`,
      [regioId ?? null],
    ),
  );
}

/** The gemeenten among `codes` that exist, with the region each belongs to (if any). */
export async function gemeentenOpCode(q: Uitvoerder, codes: string[]): Promise<Array<{ code: string; regio_id: string | null }>> {
  return rijen(
    await q.query(
      `SELECT code, regio_id
         FROM gemeente
        WHERE code = ANY($1)`,
      [codes],
    ),
  );
}

/** Whether a region with this name (case-insensitive) exists. */
export async function regioNaamBestaat(q: Uitvoerder, naam: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM regio
        WHERE lower(naam) = lower($1)`,
      [naam],
    ),
  );
  return rows.length > 0;
}

/** A new region; returns its id. */
export async function maakRegio(
  q: Uitvoerder,
  input: { naam: string; contactgemeenteCode: string; instellingen: RegioInstellingen },
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO regio (naam, contactgemeente_code, instellingen)
       VALUES ($1, $2, $3)
       RETURNING id`,
      [input.naam, input.contactgemeenteCode, JSON.stringify(input.instellingen)],
    ),
  );
  return r!.id;
}

/** Puts gemeenten `codes` in region `regioId`. */
export async function deelGemeentenIn(q: Uitvoerder, regioId: string, codes: string[]): Promise<void> {
  await q.query(
    `UPDATE gemeente
        SET regio_id = $1
      WHERE code = ANY($2)`,
    [regioId, codes],
  );
}

export async function wijzigRegioNaam(q: Uitvoerder, regioId: string, naam: string): Promise<void> {
  await q.query(
    `UPDATE regio
        SET naam = $2
      WHERE id = $1`,
    [regioId, naam],
  );
}

export async function wijzigRegioActief(q: Uitvoerder, regioId: string, actief: boolean): Promise<void> {
  await q.query(
    `UPDATE regio
        SET actief = $2
      WHERE id = $1`,
    [regioId, actief],
  );
}

/** Every gemeente with the active region it belongs to (regioId/regioNaam null otherwise), by name. */
export async function gemeentenMetActieveRegio(
  q: Uitvoerder,
): Promise<Array<{ code: string; naam: string; regioId: string | null; regioNaam: string | null }>> {
  return rijen(
    await q.query(
      `SELECT g.code, g.naam, g.regio_id AS "regioId", r.naam AS "regioNaam"
         FROM gemeente g
         LEFT JOIN regio r ON r.id = g.regio_id AND r.actief
        ORDER BY g.naam`,
    ),
  );
}

/** Of `ids`, the regions that are active. */
export async function actieveRegioIds(q: Uitvoerder, ids: string[]): Promise<string[]> {
  const rows = rijen<{ id: string }>(
    await q.query(
      `SELECT id
         FROM regio
        WHERE id = ANY($1::uuid[])
          AND actief`,
      [ids],
    ),
  );
  return rows.map((r) => r.id);
}

/** Names of regions `ids` (id → name). */
export async function regioNamen(q: Uitvoerder, ids: string[]): Promise<Map<string, string>> {
  const rows = rijen<{ id: string; naam: string }>(
    await q.query(
      `SELECT id, naam
         FROM regio
        WHERE id = ANY($1::uuid[])`,
      [ids],
    ),
  );
  return new Map(rows.map((r) => [r.id, r.naam]));
}

/** The gemeente a PC4 lies in and that gemeente's region (null when none), or undefined for an unknown PC4. */
export async function gemeenteVoorPc4(
  q: Uitvoerder,
  pc4: number,
): Promise<{ code: string; regio_id: string | null } | undefined> {
  const [g] = rijen<{ code: string; regio_id: string | null }>(
    await q.query(
      `SELECT g.code, g.regio_id
         FROM pc4_gemeente p
         JOIN gemeente g ON g.code = p.gemeente_code
        WHERE p.pc4 = $1`,
      [pc4],
    ),
  );
  return g;
}

/** Where a melding with this PC4 goes: the gemeente, its region and whether that region is active; undefined for an unknown PC4. */
export async function routeVoorPc4(
  q: Uitvoerder,
  pc4: number,
): Promise<{ gemeente_code: string; regio_id: string | null; actief: boolean | null } | undefined> {
  const [r] = rijen<{ gemeente_code: string; regio_id: string | null; actief: boolean | null }>(
    await q.query(
      `SELECT g.code AS gemeente_code, g.regio_id, r.actief
         FROM pc4_gemeente p
         JOIN gemeente g ON g.code = p.gemeente_code
         LEFT JOIN regio r ON r.id = g.regio_id
        WHERE p.pc4 = $1`,
      [pc4],
    ),
  );
  return r;
}

/**
 * SQL fragment for a set-based statement of another context (the CSV import): a subquery with
 * `gemeente_code` and `regio_id` (null unless the region is active) for the PC4 expression `pc4`,
 * to be used as `LEFT JOIN LATERAL (${routeVoorPc4Sql('s.pc4')}) route ON true`.
 */
export function routeVoorPc4Sql(pc4: string): string {
  return `SELECT g.code AS gemeente_code, CASE WHEN r.actief THEN g.regio_id END AS regio_id
          FROM pc4_gemeente p
          JOIN gemeente g ON g.code = p.gemeente_code
          LEFT JOIN regio r ON r.id = g.regio_id
         WHERE p.pc4 = ${pc4}`;
}

/** SQL expression for another context's statement: the name of the region whose id is `kolom` (null when none). */
export function regioNaamSql(kolom: string): string {
  return `(SELECT naam FROM regio WHERE id = ${kolom})`;
}

/** SQL expression for another context's statement: the settings (jsonb) of the region whose id is `kolom`. */
export function regioInstellingenSql(kolom: string): string {
  return `(SELECT instellingen FROM regio WHERE id = ${kolom})`;
}

/** SQL expression for another context's statement: whether the region whose id is `kolom` is active (null when none). */
export function regioActiefSql(kolom: string): string {
  return `(SELECT actief FROM regio WHERE id = ${kolom})`;
}
