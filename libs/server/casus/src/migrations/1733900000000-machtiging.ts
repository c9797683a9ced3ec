import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forceRls, grant } from '@rmc/server-database';

/**
 * The signed machtiging (consent form) as an attachment of a share under toestemming: one file per
 * share, kept in the database with the case (so erasure and retention reach it), for the region's RMC
 * roles only — a partner never downloads the consent form.
 */
export class Machtiging1733900000000 implements MigrationInterface {
  name = 'Machtiging1733900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deling_machtiging (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        casus_id uuid NOT NULL REFERENCES casus(id),
        deling_id uuid NOT NULL UNIQUE REFERENCES casus_deling(id),
        bestandsnaam text NOT NULL,
        mime text NOT NULL CHECK (mime IN ('application/pdf', 'image/png', 'image/jpeg')),
        grootte integer NOT NULL,
        inhoud bytea NOT NULL,
        door uuid REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
    `);
    await forceRls(q, 'deling_machtiging', `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`);
    await grant(q, ['deling_machtiging'], 'SELECT, INSERT, UPDATE, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deling_machtiging`);
  }
}
