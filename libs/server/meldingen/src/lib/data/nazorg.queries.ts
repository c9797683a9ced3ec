import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * Meldingen for the reminder scan and retention (nazorg; docs/architecture.md, "Who owns which table":
 * meldingen owns `melding`, `melding_gebeurtenis` and `import_batch`). Each runs on the caller's
 * transaction, under its RLS. The candidate queries name the region and repeat the predicate of their
 * partial index (migration 1734600000000, ADR 0013): keep their text as it is.
 */

/** Meldingen not picked up whose deadline is within a week and not yet reminded about (`oppak_herinnerd`). */
export async function meldingenOppakDue(
  q: Uitvoerder,
  regioId: string,
  vandaag: string,
): Promise<Array<{ id: string; deadline: string }>> {
  return rijen<{ id: string; deadline: string }>(
    await q.query(
      `SELECT id, to_char(oppak_deadline, 'YYYY-MM-DD') AS deadline FROM melding
        WHERE regio_id = $1 AND status = 'ontvangen' AND opgepakt_op IS NULL AND oppak_deadline IS NOT NULL
          AND oppak_herinnerd IS DISTINCT FROM oppak_deadline AND oppak_deadline <= $2::date + 7`,
      [regioId, vandaag],
    ),
  );
}

/** Picked-up meldingen without feedback filed at least `dagen` days ago and not yet reminded about (`terugkoppel_herinnerd`). */
export async function meldingenTerugkoppelDue(
  q: Uitvoerder,
  regioId: string,
  vandaag: string,
  dagen: number,
): Promise<Array<{ id: string; gemeld: string; consulent_id: string }>> {
  return rijen<{ id: string; gemeld: string; consulent_id: string }>(
    await q.query(
      `SELECT id, to_char(gemeld_op_datum, 'YYYY-MM-DD') AS gemeld, consulent_id FROM melding
        WHERE regio_id = $1 AND opgepakt_op IS NOT NULL AND consulent_id IS NOT NULL AND teruggemeld_op IS NULL
          AND terugkoppel_herinnerd IS DISTINCT FROM gemeld_op_datum AND gemeld_op_datum <= $2::date - $3::int`,
      [regioId, vandaag, dagen],
    ),
  );
}

/**
 * A region's meldingen past the age limit + term by the birth date on the melding and past the term
 * since filing, whose student never became a person here. `persoonBestaatSql`: the personen context's
 * expression "a person with this melding's BSN in its region" (`EXISTS (…)` over `m.bsn`, `m.regio_id`).
 */
export async function verlopenMeldingen(
  q: Uitvoerder,
  regioId: string,
  vandaag: string,
  jaren: number,
  termijnJaren: number,
  persoonBestaatSql: string,
): Promise<Array<{ id: string; bsn: string }>> {
  return rijen<{ id: string; bsn: string }>(
    await q.query(
      `SELECT m.id, m.bsn FROM melding m
        WHERE m.regio_id = $3 AND m.geboortedatum < ($1::date - make_interval(years => $2))::date + 2
          AND m.geboortedatum + make_interval(years => $2) < $1::date
          AND m.gemeld_op_datum + make_interval(years => $4) < $1::date
          AND NOT ${persoonBestaatSql}`,
      [vandaag, jaren, regioId, termijnJaren],
    ),
  );
}

/** Deletes meldingen and their events (retention; the caller deletes its own rows about them first). */
export async function verwijderMeldingen(q: Uitvoerder, ids: readonly string[]): Promise<void> {
  await q.query(`DELETE FROM melding_gebeurtenis WHERE melding_id = ANY($1::uuid[])`, [ids]);
  await q.query(`DELETE FROM melding WHERE id = ANY($1::uuid[])`, [ids]);
}

/** Blanks the raw CSV of the vestiging's imports older than `dagen` days (in the school's context); the ids blanked. */
export async function wisOudeImportInhoud(q: Uitvoerder, dagen: number): Promise<Array<{ id: string }>> {
  return rijen<{ id: string }>(
    await q.query(
      `UPDATE import_batch SET inhoud = '' WHERE inhoud <> '' AND aangemaakt_op < now() - make_interval(days => $1) RETURNING id`,
      [dagen],
    ),
  );
}

/**
 * Deletes a vestiging's meldingen without a region past the age limit + term (`jaren`) and the term
 * since filing (`termijnJaren`), in the school's context; returns id and BSN (for the audit pseudonym).
 */
export async function verwijderSchoolMeldingen(
  q: Uitvoerder,
  vestigingId: string,
  vandaag: string,
  jaren: number,
  termijnJaren: number,
): Promise<Array<{ id: string; bsn: string }>> {
  return rijen<{ id: string; bsn: string }>(
    await q.query(
      `DELETE FROM melding m
            WHERE m.regio_id IS NULL AND m.vestiging_id = $1
              AND m.geboortedatum + make_interval(years => $3) < $2::date
              AND m.gemeld_op_datum + make_interval(years => $4) < $2::date
            RETURNING m.id, m.bsn`,
      [vestigingId, vandaag, jaren, termijnJaren],
    ),
  );
}

/**
 * The scan's handled markers on meldingen (`oppak_herinnerd`, `terugkoppel_herinnerd`: the anchor the
 * reminder was about), one statement for a block of ids; nazorg cuts the blocks.
 */
export async function markeerMeldingen(
  q: Uitvoerder,
  kolom: 'oppak_herinnerd' | 'terugkoppel_herinnerd',
  waarden: ReadonlyArray<readonly [id: string, waarde: string | null]>,
): Promise<void> {
  const sql =
    kolom === 'oppak_herinnerd'
      ? `UPDATE melding t
         SET oppak_herinnerd = u.waarde::date
         FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
         WHERE t.id = u.id`
      : `UPDATE melding t
         SET terugkoppel_herinnerd = u.waarde::date
         FROM unnest($1::uuid[], $2::text[]) AS u(id, waarde)
         WHERE t.id = u.id`;
  await q.query(sql, [waarden.map(([id]) => id), waarden.map(([, w]) => w)]);
}
