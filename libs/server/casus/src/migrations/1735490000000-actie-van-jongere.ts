import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan action the young person took on themselves (issue 15, the youth channel): they see it in
 * `/jongere` and may mark it done there. The jongere context's migration adds the RLS policy that lets
 * them change only such actions of their own case.
 */
export class ActieVanJongere1735490000000 implements MigrationInterface {
  name = 'ActieVanJongere1735490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_actie ADD COLUMN eigenaar_jongere boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_actie DROP COLUMN eigenaar_jongere`);
  }
}
