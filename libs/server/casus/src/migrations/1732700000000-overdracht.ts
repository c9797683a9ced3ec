import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forceRls, grant } from '@rmc/server-database';

/**
 * Warm handover: the only way case data crosses regions. The sending region writes a package under a
 * recorded grondslag; the receiving region (or an organisation such as leerplicht or W&I at the age
 * limit) reads it and, for a region, accepts it into a case of its own.
 */
export class Overdracht1732700000000 implements MigrationInterface {
  name = 'Overdracht1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE overdracht (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        naar_regio_id uuid REFERENCES regio(id),
        naar_organisatie_id uuid REFERENCES organisatie(id),
        casus_id uuid NOT NULL REFERENCES casus(id),
        grondslag text NOT NULL,
        toelichting text,
        pakket jsonb NOT NULL,
        status text NOT NULL DEFAULT 'aangeboden' CHECK (status IN ('aangeboden', 'geaccepteerd')),
        aangeboden_door uuid NOT NULL REFERENCES gebruiker(id),
        aangeboden_op timestamptz NOT NULL DEFAULT now(),
        geaccepteerd_op timestamptz,
        nieuwe_casus_id uuid,
        CHECK ((naar_regio_id IS NULL) <> (naar_organisatie_id IS NULL))
      );
    `);
    // regio_id is the SENDING region; the receiver is admitted by its own column.
    await forceRls(
      q,
      'overdracht',
      `(regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())) OR (naar_regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())) OR naar_organisatie_id = app_organisatie()`,
      `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`,
    );
    // The receiving region may mark it accepted (and nothing else: the service only sets status fields).
    await q.query(`
      CREATE POLICY overdracht_accepteren ON overdracht FOR UPDATE
        USING (naar_regio_id = app_regio() AND app_is_rmc()) WITH CHECK (naar_regio_id = app_regio() AND app_is_rmc());
    `);
    await grant(q, ['overdracht'], 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE overdracht`);
  }
}
