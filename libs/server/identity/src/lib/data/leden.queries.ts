import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * Memberships and user names for other contexts (docs/architecture.md, "Who owns which table": identity owns
 * `gebruiker` and `lidmaatschap`). Every function runs on the caller's transaction, under its RLS; "the region"
 * is the caller's (`app_regio()`).
 */

/** The roles that work cases in a region: a case's consulent and procesregie are always one of these. */
const CASUS_ROLLEN = ['regio-consulent', 'regio-coordinator', 'leerplichtambtenaar'];

/** Whether the user is an active member of the region, of organisation `organisatieId` when given. */
export async function isActiefLid(q: Uitvoerder, gebruikerId: string, organisatieId: string | null): Promise<boolean> {
  const rows = rijen(
    await q.query(
      [
        `SELECT 1`,
        `FROM lidmaatschap`,
        `WHERE gebruiker_id = $1`,
        `AND actief`,
        `AND regio_id = app_regio()`,
        `AND ($2::uuid IS NULL OR organisatie_id = $2)`,
      ].join('\n'),
      [gebruikerId, organisatieId],
    ),
  );
  return rows.length > 0;
}

/**
 * Whether the user works cases in the region (an active consulent, coordinator or leerplichtambtenaar
 * membership). `actieveGebruiker`: the account itself must be active too (a new assignment).
 */
export async function isCasusMedewerker(
  q: Uitvoerder,
  gebruikerId: string,
  opties: { actieveGebruiker?: boolean } = {},
): Promise<boolean> {
  const account = opties.actieveGebruiker === true;
  const rows = rijen(
    await q.query(
      [
        `SELECT 1`,
        `FROM lidmaatschap l`,
        ...(account ? [`JOIN gebruiker g ON g.id = l.gebruiker_id`] : []),
        `WHERE l.gebruiker_id = $1`,
        `AND l.regio_id = app_regio()`,
        `AND l.actief`,
        ...(account ? [`AND g.actief`] : []),
        `AND l.rol = ANY($2::text[])`,
      ].join('\n'),
      [gebruikerId, CASUS_ROLLEN],
    ),
  );
  return rows.length > 0;
}

/** The users with an active membership of one of these organisations (each once). */
export async function actieveLedenVan(q: Uitvoerder, organisatieIds: readonly string[]): Promise<string[]> {
  if (!organisatieIds.length) return [];
  const rows = rijen<{ id: string }>(
    await q.query(
      [`SELECT DISTINCT gebruiker_id AS id`, `FROM lidmaatschap`, `WHERE organisatie_id = ANY($1::uuid[])`, `AND actief`].join(
        '\n',
      ),
      [organisatieIds],
    ),
  );
  return rows.map((r) => r.id);
}

/** SQL expression for another context's statement: the name of the user whose id is `kolom` (null when none). */
export function gebruikerNaamSql(kolom: string): string {
  return `(SELECT naam FROM gebruiker WHERE id = ${kolom})`;
}

/** SQL expression: the work e-mail address of the user whose id is `kolom` (the young person's contact with their consulent). */
export function gebruikerEmailSql(kolom: string): string {
  return `(SELECT email FROM gebruiker WHERE id = ${kolom})`;
}
