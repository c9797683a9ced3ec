import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * The statements of filing one melding (`dienMeldingIn`: the API's form and the CSV import's row-by-row
 * retry). Every function takes the executor of the caller's transaction (the API's `Db` or the
 * import's held QueryRunner in the school's context).
 */

/** Whether melding `id` is an earlier melding of this student at this vestiging. */
export async function isEerdereMeldingVan(q: Uitvoerder, id: unknown, bsn: string, vestigingId: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT id
         FROM melding
        WHERE id = $1
          AND bsn = $2
          AND vestiging_id = $3`,
      [id, bsn, vestigingId],
    ),
  );
  return rows.length > 0;
}

/** The melding this vestiging already filed under this import key, if any. */
export async function meldingMetImportSleutel(
  q: Uitvoerder,
  vestigingId: string,
  importSleutel: string,
): Promise<{ id: string; regio_id: string | null } | undefined> {
  const [r] = rijen<{ id: string; regio_id: string | null }>(
    await q.query(
      `SELECT id, regio_id
         FROM melding
        WHERE vestiging_id = $1
          AND import_sleutel = $2`,
      [vestigingId, importSleutel],
    ),
  );
  return r;
}

/** The student's 20 newest meldingen at this vestiging (for the 7-day rule). */
export async function eerdereMeldingen(
  q: Uitvoerder,
  bsn: string,
  vestigingId: string,
): Promise<Array<{ id: string; soort: string; gemeld_op_datum: string }>> {
  return rijen(
    await q.query(
      `SELECT id, soort, to_char(gemeld_op_datum, 'YYYY-MM-DD') AS gemeld_op_datum
         FROM melding
        WHERE bsn = $1
          AND vestiging_id = $2
        ORDER BY gemeld_op DESC
        LIMIT 20`,
      [bsn, vestigingId],
    ),
  );
}

/** The columns of a new melding, in the order {@link voegMeldingIn} takes its values. */
export const MELDING_KOLOMMEN = [
  'regio_id',
  'instelling_id',
  'vestiging_id',
  'gemeld_door',
  'agenda_id',
  'soort',
  'status',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'gemeente_code',
  'telefoon',
  'afwijkend_verblijfadres',
  'begindatum',
  'einddatum',
  'vermoedelijke_soort',
  'vermoedelijke_reden',
  'alles_gemist',
  'door_school_ondernomen',
  'actie_gewenst',
  'toelichting_actie_gewenst',
  'melder_naam',
  'melder_functie',
  'melder_telefoon',
  'melder_email',
  'verzuim_dagen',
  'verzuim_uren',
  'zorgen',
  'afspraken_met_student',
  'betrokken_contacten',
  'lopende_hulp',
  'verwachting_van_regio',
  'vorige_melding_id',
  'volledig',
  'ontbrekend',
  'gemeld_op',
  'gemeld_op_datum',
  'oppak_deadline',
  'import_sleutel',
] as const;

/** A new melding; `waarden` follow {@link MELDING_KOLOMMEN}. Returns its id. */
export async function voegMeldingIn(
  q: Uitvoerder,
  waarden: { readonly [K in keyof typeof MELDING_KOLOMMEN]: unknown } & readonly unknown[],
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO melding (${MELDING_KOLOMMEN.join(', ')})
       VALUES (${MELDING_KOLOMMEN.map((_, i) => `$${i + 1}`).join(',')})
       RETURNING id`,
      [...waarden],
    ),
  );
  return r!.id;
}

/** The 'ingediend' event of a new melding (shown to the school). */
export async function gebeurtenisIngediend(
  q: Uitvoerder,
  g: { meldingId: string; regioId: string | null; vestigingId: string; tekst: string | null; door: string },
): Promise<void> {
  await q.query(
    `INSERT INTO melding_gebeurtenis (melding_id, regio_id, vestiging_id, soort, tekst, zichtbaar_voor_school, door)
     VALUES ($1, $2, $3, 'ingediend', $4, true, $5)`,
    [g.meldingId, g.regioId, g.vestigingId, g.tekst, g.door],
  );
}
