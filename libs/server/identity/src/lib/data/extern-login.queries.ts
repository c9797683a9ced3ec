import { rijen, type Uitvoerder } from '@rmc/server-core';
import { vestigingInstellingSql } from '@rmc/server-organisaties';

/**
 * Account lookups for single sign-on (the sso context links a provider's subject to an account; it
 * never creates one). `gebruiker` has no RLS; `lidmaatschap` admits the user's own rows through
 * `app.gebruiker_id`, so the caller runs these inside `inContext({ gebruikerId })`.
 */
export async function actiefAccountOpEmail(q: Uitvoerder, email: string): Promise<{ id: string } | undefined> {
  const rows = rijen<{ id: string }>(
    await q.query(
      `SELECT g.id
       FROM gebruiker g
      WHERE lower(g.email) = lower($1)
        AND g.actief`,
      [email.trim()],
    ),
  );
  return rows[0];
}

export async function accountIsActief(q: Uitvoerder, gebruikerId: string): Promise<boolean> {
  const rows = rijen(await q.query(`SELECT 1 FROM gebruiker g WHERE g.id = $1 AND g.actief`, [gebruikerId]));
  return rows.length > 0;
}

/**
 * The user's active membership in a regional organisation (`organisatieId`) or at a vestiging of a
 * school instelling (`instellingId`): the one a single sign-on session runs on.
 */
export async function lidmaatschapBijOrganisatie(
  q: Uitvoerder,
  gebruikerId: string,
  plek: { organisatieId: string | null; instellingId: string | null },
): Promise<string | undefined> {
  const rows = rijen<{ id: string }>(
    await q.query(
      `SELECT l.id
       FROM lidmaatschap l
      WHERE l.gebruiker_id = $1
        AND l.actief
        AND ((l.organisatie_id IS NOT NULL AND l.organisatie_id = $2::uuid)
          OR (l.vestiging_id IS NOT NULL AND ${vestigingInstellingSql('l.vestiging_id')} = $3::uuid))
      ORDER BY l.aangemaakt_op
      LIMIT 1`,
      [gebruikerId, plek.organisatieId, plek.instellingId],
    ),
  );
  return rows[0]?.id;
}
