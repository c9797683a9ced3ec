import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../sql-helpers';

/** Erasure (on request and after the retention term) reaches every table that holds a case's data. */
export class Bewaartermijn1733100000000 implements MigrationInterface {
  name = 'Bewaartermijn1733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT DELETE ON nazorg_taak, agendapunt, plan_actie_status, herinnering TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE DELETE ON nazorg_taak, agendapunt, plan_actie_status, herinnering FROM ${APP_ROLE}`);
  }
}
