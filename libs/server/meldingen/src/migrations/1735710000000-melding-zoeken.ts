import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (issue 13) on meldingen by the student's name, accent-insensitive (`zoektekst`, personen's
 * migration `1735700000000-zoeken`), one GIN index per tenant column: the region's triage
 * (`regio_id`) and the school's own meldingen (`vestiging_id`). A date of birth for the school:
 * `(vestiging_id, geboortedatum)` (the region already has `melding_regio_geboortedatum_idx`). A BSN:
 * the existing `melding_bsn_idx`.
 */
export class MeldingZoeken1735710000000 implements MigrationInterface {
  name = 'MeldingZoeken1735710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX melding_regio_zoeknaam_idx ON melding
        USING gin (regio_id, zoektekst(voornaam || ' ' || achternaam) gin_trgm_ops) WHERE regio_id IS NOT NULL;
      CREATE INDEX melding_vestiging_zoeknaam_idx ON melding
        USING gin (vestiging_id, zoektekst(voornaam || ' ' || achternaam) gin_trgm_ops);
      CREATE INDEX melding_vestiging_geboortedatum_idx ON melding (vestiging_id, geboortedatum);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS melding_regio_zoeknaam_idx;
      DROP INDEX IF EXISTS melding_vestiging_zoeknaam_idx;
      DROP INDEX IF EXISTS melding_vestiging_geboortedatum_idx;
    `);
  }
}
