import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grant } from '../sql-helpers';

/**
 * API access for school systems: a long-lived token per vestiging, bound to a technical account with
 * the role school-systeem (it may only file and read its own meldingen). Looked up by token hash
 * before any context exists, like `sessie`, so it is an identity table (docs/adr/0003).
 */
export class Systeemkoppelingen1732500000000 implements MigrationInterface {
  name = 'Systeemkoppelingen1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE systeemkoppeling (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vestiging_id uuid NOT NULL REFERENCES vestiging(id),
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        naam text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        aangemaakt_door uuid NOT NULL REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        laatst_gebruikt_op timestamptz,
        ingetrokken_op timestamptz
      );
      CREATE INDEX systeemkoppeling_vestiging_idx ON systeemkoppeling (vestiging_id);
    `);
    // A school coordinator creates (and revokes) the technical membership of its own vestiging's system.
    await q.query(`
      DROP POLICY lidmaatschap_tenant ON lidmaatschap;
      CREATE POLICY lidmaatschap_tenant ON lidmaatschap
        USING (regio_id = app_regio() OR gebruiker_id = app_gebruiker() OR app_platform()
               OR (regio_id IS NULL AND rol = 'school-systeem' AND vestiging_id = app_vestiging()))
        WITH CHECK (regio_id = app_regio() OR app_platform()
               OR (regio_id IS NULL AND rol = 'school-systeem' AND vestiging_id = app_vestiging()));
    `);
    await grant(q, ['systeemkoppeling'], 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE systeemkoppeling;
      DROP POLICY lidmaatschap_tenant ON lidmaatschap;
      CREATE POLICY lidmaatschap_tenant ON lidmaatschap
        USING (regio_id = app_regio() OR gebruiker_id = app_gebruiker() OR app_platform())
        WITH CHECK (regio_id = app_regio() OR app_platform());
    `);
  }
}
