import { rijen, type Db, type Uitvoerder } from '@rmc/server-core';

/**
 * The school registry (MBO instellingen and their vestigingen): the only SQL that names `instelling`
 * and `vestiging` (docs/architecture.md, "Who owns which table"). Every function takes the executor of
 * the caller's transaction.
 */

export interface InstellingMetVestigingen {
  id: string;
  naam: string;
  brin: string;
  vestigingen: Array<{ id: string; naam: string; plaats: string; postcode: string }> | null;
}

/** Every instelling with its vestigingen (null when it has none), by name. */
export async function instellingenMetVestigingen(q: Uitvoerder): Promise<InstellingMetVestigingen[]> {
  return rijen(
    await q.query(
      `SELECT i.id, i.naam, i.brin,
              (SELECT json_agg(json_build_object('id', v.id, 'naam', v.naam, 'plaats', v.plaats, 'postcode', v.postcode) ORDER BY v.naam)
                 FROM vestiging v
                WHERE v.instelling_id = i.id) AS vestigingen
         FROM instelling i
        ORDER BY i.naam`,
    ),
  );
}

/** Whether instelling `id` exists. */
export async function instellingBestaat(q: Uitvoerder, id: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM instelling
        WHERE id = $1`,
      [id],
    ),
  );
  return rows.length > 0;
}

/** The vestigingen of an instelling, by name. */
export async function vestigingenVanInstelling(
  q: Uitvoerder,
  instellingId: string,
): Promise<Array<{ id: string; naam: string }>> {
  return rijen(
    await q.query(
      `SELECT id, naam
         FROM vestiging
        WHERE instelling_id = $1
        ORDER BY naam`,
      [instellingId],
    ),
  );
}

/** SQL expression for another context's statement: the name of the instelling whose id is `kolom`. */
export function instellingNaamSql(kolom: string): string {
  return `(SELECT naam FROM instelling WHERE id = ${kolom})`;
}

/** SQL expression for another context's statement: the name of the vestiging whose id is `kolom`. */
export function vestigingNaamSql(kolom: string): string {
  return `(SELECT naam FROM vestiging WHERE id = ${kolom})`;
}

/** Vestigingen `ids` plus every vestiging of instelling `instellingId` (when given), with their instelling, by instelling and name. */
export async function vestigingenMetInstelling(
  q: Uitvoerder,
  ids: string[],
  instellingId: string | null,
): Promise<Array<{ vestigingId: string; vestigingNaam: string; instellingId: string; instellingNaam: string }>> {
  return rijen(
    await q.query(
      `SELECT v.id AS "vestigingId", v.naam AS "vestigingNaam", i.id AS "instellingId", i.naam AS "instellingNaam"
         FROM vestiging v
         JOIN instelling i ON i.id = v.instelling_id
        WHERE v.id = ANY($1::uuid[]) OR v.instelling_id = $2::uuid
        ORDER BY i.naam, v.naam`,
      [ids, instellingId],
    ),
  );
}

/** SQL expression for another context's statement: the instelling of the vestiging whose id is `kolom`. */
export function vestigingInstellingSql(kolom: string): string {
  return `(SELECT instelling_id FROM vestiging WHERE id = ${kolom})`;
}

/** Every vestiging with its instelling (platform rows: one `Db.systeem` statement; school-side retention walks them). */
export async function alleVestigingen(q: Pick<Db, 'systeem'>): Promise<Array<{ id: string; instelling_id: string }>> {
  return q.systeem<{ id: string; instelling_id: string }>(`SELECT id, instelling_id FROM vestiging`);
}
