import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the paged lists (issue 11, part 2). Each list filters on its tenant column (the RLS
 * predicate and the CASL admission repeat it), optionally on a filter column, and sorts on a key that
 * ends in `id`; the index has exactly those columns in that order, so one index range scan in key
 * order serves `WHERE … AND (key, id) < (cursor) ORDER BY key, id LIMIT n` without a sort over the
 * region's history. Partial indexes cover open work (open actions, open nazorg tasks).
 * The plain foreign-key indexes on `casus_id` come with the RLS migration 1734500000000.
 */
const INDEXEN: [naam: string, definitie: string][] = [
  // Caseload: newest first; for a consulent (`consulentId`) and per phase.
  ['casus_regio_lijst_idx', 'casus (regio_id, aangemaakt_op DESC, id DESC)'],
  ['casus_regio_consulent_lijst_idx', 'casus (regio_id, consulent_id, aangemaakt_op DESC, id DESC)'],
  ['casus_regio_fase_lijst_idx', 'casus (regio_id, fase, aangemaakt_op DESC, id DESC)'],
  // Meldingen: the region (triage) and the school (vestiging), with and without a status filter.
  ['melding_regio_lijst_idx', 'melding (regio_id, gemeld_op DESC, id DESC)'],
  ['melding_regio_status_lijst_idx', 'melding (regio_id, status, gemeld_op DESC, id DESC)'],
  ['melding_vestiging_lijst_idx', 'melding (vestiging_id, gemeld_op DESC, id DESC)'],
  ['melding_vestiging_status_lijst_idx', 'melding (vestiging_id, status, gemeld_op DESC, id DESC)'],
  // Personen: by name within the region.
  ['persoon_regio_naam_idx', 'persoon (regio_id, achternaam, voornaam, id)'],
  // Notificaties: the user's own, newest first.
  ['notificatie_gebruiker_lijst_idx', 'notificatie (gebruiker_id, aangemaakt_op DESC, id DESC)'],
  // Mijn acties: open actions named to a user or owned by an organisation, by deadline (none last).
  [
    'plan_actie_open_gebruiker_idx',
    "plan_actie (eigenaar_gebruiker_id, (coalesce(deadline, 'infinity'::date)), id) WHERE status = 'open'",
  ],
  [
    'plan_actie_open_organisatie_idx',
    "plan_actie (eigenaar_organisatie_id, (coalesce(deadline, 'infinity'::date)), id) WHERE status = 'open'",
  ],
  // Overleggen: newest meeting first.
  ['overleg_regio_lijst_idx', 'overleg (regio_id, start DESC, id DESC)'],
  // Nazorg taken: open tasks first by moment, then the finished ones; the open ones also on their own.
  ['nazorg_taak_lijst_idx', 'nazorg_taak (regio_id, (afgerond_op IS NOT NULL), moment, id)'],
  ['nazorg_taak_open_idx', 'nazorg_taak (regio_id, moment, id) WHERE afgerond_op IS NULL'],
  // Overdrachten: sending region, receiving region and receiving organisation, newest first.
  ['overdracht_regio_lijst_idx', 'overdracht (regio_id, aangeboden_op DESC, id DESC)'],
  ['overdracht_naar_regio_lijst_idx', 'overdracht (naar_regio_id, aangeboden_op DESC, id DESC) WHERE naar_regio_id IS NOT NULL'],
  [
    'overdracht_naar_organisatie_lijst_idx',
    'overdracht (naar_organisatie_id, aangeboden_op DESC, id DESC) WHERE naar_organisatie_id IS NOT NULL',
  ],
  // Organisaties: by kind and name within the region.
  ['organisatie_regio_lijst_idx', 'organisatie (regio_id, soort, naam, id)'],
];

/** Replaced by a list index above that starts with the same columns. */
const VERVANGEN: [naam: string, definitie: string][] = [
  ['melding_regio_status_idx', 'melding (regio_id, status)'],
  ['melding_vestiging_idx', 'melding (vestiging_id, gemeld_op DESC)'],
  ['notificatie_gebruiker_idx', 'notificatie (gebruiker_id, aangemaakt_op DESC)'],
];

export class LijstIndexen1734400000000 implements MigrationInterface {
  name = 'LijstIndexen1734400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [naam, definitie] of INDEXEN) await q.query(`CREATE INDEX IF NOT EXISTS ${naam} ON ${definitie}`);
    for (const [naam] of VERVANGEN) await q.query(`DROP INDEX IF EXISTS ${naam}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [naam, definitie] of VERVANGEN) await q.query(`CREATE INDEX IF NOT EXISTS ${naam} ON ${definitie}`);
    for (const [naam] of INDEXEN) await q.query(`DROP INDEX IF EXISTS ${naam}`);
  }
}
