import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan van aanpak's goals and agreed contact moments, next to its actions (`plan_actie`): one jsonb
 * document on the case, `{ doelen: [...], contactafspraken: [...] }`, replaced as a whole like `big5`.
 * The casus row's RLS (RMC roles; partners only via a share) covers it; the API never gives it to a partner.
 */
export class PlanVanAanpak1734200000000 implements MigrationInterface {
  name = 'PlanVanAanpak1734200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE casus ADD COLUMN plan jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE casus DROP COLUMN plan`);
  }
}
