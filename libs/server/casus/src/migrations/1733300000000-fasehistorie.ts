import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forceRls, grant } from '@rmc/server-database';

/**
 * The phase history of a case, for its timeline. A trigger on casus records every phase change, whatever
 * path made it (the phase endpoint, closing by a warm handover, reopening from nazorg, a new case, the
 * seed), with the acting user. Like the contact log it is RMC data: a partner never reads it, not even
 * with a share. The app role may insert (through the trigger) and delete (erasure), never update.
 * The oordeel signalering gets its moment too (`signalering_op`), so the timeline can place it.
 */
export class Fasehistorie1733300000000 implements MigrationInterface {
  name = 'Fasehistorie1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE casus_fase_wijziging (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        casus_id uuid NOT NULL REFERENCES casus(id),
        van text,
        naar text NOT NULL,
        op timestamptz NOT NULL DEFAULT now(),
        door uuid REFERENCES gebruiker(id)
      );
      CREATE INDEX casus_fase_wijziging_casus_idx ON casus_fase_wijziging (casus_id, op);
      -- Existing cases: where they stand now, from the day they were created.
      INSERT INTO casus_fase_wijziging (regio_id, casus_id, van, naar, op) SELECT regio_id, id, NULL, fase, aangemaakt_op FROM casus;

      ALTER TABLE casus ADD COLUMN signalering_op timestamptz;

      -- Runs as the caller (no SECURITY DEFINER): the row passes the table's own RLS check.
      CREATE FUNCTION casus_fase_vastleggen() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF TG_OP = 'UPDATE' AND OLD.fase IS NOT DISTINCT FROM NEW.fase THEN
            RETURN NULL;
          END IF;
          INSERT INTO casus_fase_wijziging (regio_id, casus_id, van, naar, door)
            VALUES (NEW.regio_id, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.fase END, NEW.fase, app_gebruiker());
          RETURN NULL;
        END
      $f$;
      CREATE TRIGGER casus_fase_historie AFTER INSERT OR UPDATE OF fase ON casus FOR EACH ROW EXECUTE FUNCTION casus_fase_vastleggen();
    `);
    await forceRls(q, 'casus_fase_wijziging', `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`);
    await grant(q, ['casus_fase_wijziging'], 'SELECT, INSERT, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER casus_fase_historie ON casus;
      DROP FUNCTION casus_fase_vastleggen();
      ALTER TABLE casus DROP COLUMN signalering_op;
      DROP TABLE casus_fase_wijziging;
    `);
  }
}
