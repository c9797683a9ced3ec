import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention on the school side, where no region owns the data: a melding filed for a student whose
 * municipality has no region on the platform, and the raw CSV of an import. The sweep runs in the
 * school's context (RLS admits the vestiging), but a melding's events include rows only the region may
 * read; the foreign key removes them with the melding, because RLS does not filter referential actions.
 */
export class SchoolzijdeBewaartermijn1734000000000 implements MigrationInterface {
  name = 'SchoolzijdeBewaartermijn1734000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE melding_gebeurtenis DROP CONSTRAINT melding_gebeurtenis_melding_id_fkey;
      ALTER TABLE melding_gebeurtenis ADD CONSTRAINT melding_gebeurtenis_melding_id_fkey FOREIGN KEY (melding_id) REFERENCES melding(id) ON DELETE CASCADE;
      CREATE INDEX import_batch_te_wissen_idx ON import_batch (aangemaakt_op) WHERE inhoud <> '';
      CREATE INDEX melding_zonder_regio_idx ON melding (vestiging_id) WHERE regio_id IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX melding_zonder_regio_idx;
      DROP INDEX import_batch_te_wissen_idx;
      ALTER TABLE melding_gebeurtenis DROP CONSTRAINT melding_gebeurtenis_melding_id_fkey;
      ALTER TABLE melding_gebeurtenis ADD CONSTRAINT melding_gebeurtenis_melding_id_fkey FOREIGN KEY (melding_id) REFERENCES melding(id);
    `);
  }
}
