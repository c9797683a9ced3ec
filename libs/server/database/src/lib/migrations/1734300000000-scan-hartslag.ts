import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../sql-helpers';

/**
 * The reminder scan runs from the database on a timer in every worker, not from a queue, so queue lag
 * cannot show that it stopped. Each tick records when it ran, how long it took and how many regions
 * failed; readiness and metrics show the age. Infrastructure, no tenant data: one row per job name.
 */
export class ScanHartslag1734300000000 implements MigrationInterface {
  name = 'ScanHartslag1734300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE worker_hartslag (
        taak text PRIMARY KEY,
        laatst timestamptz NOT NULL,
        duur_ms integer NOT NULL,
        regios integer NOT NULL,
        mislukt integer NOT NULL
      );
      GRANT SELECT, INSERT, UPDATE ON worker_hartslag TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE worker_hartslag`);
  }
}
