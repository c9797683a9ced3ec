import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vervolgmelding may point at an earlier melding of the same vestiging that was routed to another
 * region. Erasing the earlier one (on request or by retention) must not fail on a row the erasing
 * region cannot see (RLS): the link is cleared by the foreign key itself, which RLS does not filter.
 */
export class VervolgmeldingLos1733700000000 implements MigrationInterface {
  name = 'VervolgmeldingLos1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE melding DROP CONSTRAINT melding_vorige_melding_id_fkey;
      ALTER TABLE melding ADD CONSTRAINT melding_vorige_melding_id_fkey FOREIGN KEY (vorige_melding_id) REFERENCES melding(id) ON DELETE SET NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE melding DROP CONSTRAINT melding_vorige_melding_id_fkey;
      ALTER TABLE melding ADD CONSTRAINT melding_vorige_melding_id_fkey FOREIGN KEY (vorige_melding_id) REFERENCES melding(id);
    `);
  }
}
