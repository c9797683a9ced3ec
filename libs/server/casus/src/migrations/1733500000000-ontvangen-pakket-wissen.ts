import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The receiving region can blank a handover package it received (erasure on request or by the
 * retention job): the package is a copy of personal data in the receiver's care, although the row
 * belongs to the sending region. Only the receiving region's RMC roles or its role-less jobs.
 */
export class OntvangenPakketWissen1733500000000 implements MigrationInterface {
  name = 'OntvangenPakketWissen1733500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE POLICY overdracht_ontvanger_wist ON overdracht FOR UPDATE
        USING (naar_regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg()))
        WITH CHECK (naar_regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg()) AND pakket = '{"gewist": true}'::jsonb);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY overdracht_ontvanger_wist ON overdracht`);
  }
}
