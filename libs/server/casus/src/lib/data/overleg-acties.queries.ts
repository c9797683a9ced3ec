import { organisatieNaamSql, organisatieSoortSql } from '@rmc/server-organisaties';
import { persoonOpIdSql } from '@rmc/server-personen';
import type { OverlegActie } from '@rmc/shared-api-types';
import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * What the overleg context reads and writes of casus's tables (plan actions, their status history,
 * cases and shares; *Mijn acties*): casus owns them and exports these query functions (overleg imports
 * casus). Every function takes the executor of the caller's transaction.
 */

/** An action item as the API answers it (`OverlegActie` of the shared contract). */
export type OverlegActieRij = OverlegActie;

/** Plan actions matching `where` (conditions on alias `a`) with their owner's name and status history, oldest first. */
export async function planActies(q: Uitvoerder, where: string, params: unknown[]): Promise<OverlegActieRij[]> {
  return rijen(
    await q.query(
      `SELECT a.id, a.agendapunt_id AS "agendapuntId", a.omschrijving, a.eigenaar_organisatie_id AS "eigenaarOrganisatieId",
              ${organisatieNaamSql('a.eigenaar_organisatie_id')} AS eigenaar, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status,
              coalesce((SELECT json_agg(json_build_object('status', s.status, 'toelichting', s.toelichting, 'op', s.op) ORDER BY s.op)
                          FROM plan_actie_status s
                         WHERE s.actie_id = a.id), '[]') AS historie
         FROM plan_actie a
        WHERE ${where}
        ORDER BY a.aangemaakt_op`,
      params,
    ),
  );
}

/** Whether case `id` is visible (under RLS: in the caller's region). */
export async function casusBestaat(q: Uitvoerder, id: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM casus
        WHERE id = $1`,
      [id],
    ),
  );
  return rows.length > 0;
}

/** Of `organisatieIds`, those with an active share (not withdrawn, not ended) of case `casusId`. */
export async function organisatiesMetActieveDeling(
  q: Uitvoerder,
  casusId: string,
  organisatieIds: string[],
): Promise<Set<string>> {
  const rows = rijen<{ organisatie_id: string }>(
    await q.query(
      `SELECT DISTINCT d.organisatie_id
         FROM casus_deling d
        WHERE d.casus_id = $1
          AND d.organisatie_id = ANY($2::uuid[])
          AND d.ingetrokken_op IS NULL
          AND d.eind_datum >= current_date`,
      [casusId, organisatieIds],
    ),
  );
  return new Set(rows.map((r) => r.organisatie_id));
}

/** An action from a meeting into the case plan, owned by a (partner) organisation. */
export async function maakPlanActieUitOverleg(
  q: Uitvoerder,
  a: {
    casusId: string;
    regioId: string;
    omschrijving: string;
    eigenaarOrganisatieId: string;
    eigenaarGebruikerId: string | null;
    deadline: string;
    overlegId: string;
    agendapuntId: string;
    reeksId: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_organisatie_id, eigenaar_gebruiker_id, deadline, overleg_id, agendapunt_id, reeks_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      a.casusId,
      a.regioId,
      a.omschrijving,
      a.eigenaarOrganisatieId,
      a.eigenaarGebruikerId,
      a.deadline,
      a.overlegId,
      a.agendapuntId,
      a.reeksId,
    ],
  );
}

/**
 * *Mijn acties*: the open actions of user `$1`: named to them; for a partner (`$2`: its organisation) its
 * organisation's; for the region's staff (`$3`) also the region's own unnamed actions on their cases.
 * `$4` true: only overdue ones (a range on the sort key `coalesce(deadline, 'infinity')`, which the
 * open-action indexes hold); null: all.
 */
const MIJN_ACTIES = `FROM plan_actie a
        JOIN casus c ON c.id = a.casus_id
       WHERE a.status = 'open'
         AND (a.eigenaar_gebruiker_id = $1 OR ($2::uuid IS NOT NULL AND a.eigenaar_organisatie_id = $2)
              OR ($3 AND a.eigenaar_gebruiker_id IS NULL AND c.consulent_id = $1
                  AND coalesce(${organisatieSoortSql('a.eigenaar_organisatie_id')}, 'regio-team') = 'regio-team'))
         AND ($4::boolean IS NULL OR (coalesce(a.deadline, 'infinity'::date) < app_vandaag()) = $4::boolean)`;

export async function telMijnActies(q: Uitvoerder, params: unknown[]): Promise<number> {
  const [r] = rijen<{ n: number }>(
    await q.query(
      `SELECT count(*)::int AS n
       ${MIJN_ACTIES}`,
      params,
    ),
  );
  return r?.n ?? 0;
}

/**
 * One page of *Mijn acties*: `na` is the cursor condition and `limit` a placeholder, both in `params`
 * after `$1..$4`. With the young person's name of the case (the caller decides whether to show it).
 */
export async function mijnActiesPagina<T>(
  q: Uitvoerder,
  na: string,
  ordening: string,
  limit: string,
  params: unknown[],
): Promise<T[]> {
  return rijen(
    await q.query(
      `SELECT x.id, x."casusId", x.omschrijving, x.deadline, x.status, x."overlegId", x."teLaat", x.sleutel, p.voornaam, p.achternaam
         FROM (SELECT a.id, a.casus_id AS "casusId", a.omschrijving, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, a.overleg_id AS "overlegId",
                      coalesce(a.deadline < app_vandaag(), false) AS "teLaat", coalesce(a.deadline, 'infinity'::date)::text AS sleutel,
                      coalesce(a.deadline, 'infinity'::date) AS k, c.persoon_id
               ${MIJN_ACTIES}
                 AND ${na}
               ORDER BY ${ordening}
               LIMIT ${limit}) x
         LEFT JOIN LATERAL (${persoonOpIdSql('x.persoon_id')}) p ON true
        ORDER BY x.k, x.id`,
      params,
    ),
  );
}
