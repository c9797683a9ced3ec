import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 1. A share runs to the end of its end date in Amsterdam, not in the database's UTC day (which kept a
 *    partner's access up to two hours too long). `app_vandaag()` is the one place for that date.
 * 2. Updates of a handover may change only what the lifecycle changes: status, acceptance time, the
 *    receiving case, and blanking the package. The sender's grondslag, parties and case never change.
 */
export class DelingDagEnOverdrachtSlot1733800000000 implements MigrationInterface {
  name = 'DelingDagEnOverdrachtSlot1733800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_vandaag() RETURNS date LANGUAGE sql STABLE AS
        $f$ SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date $f$;
      CREATE OR REPLACE FUNCTION casus_gedeeld_met_mij(c uuid) RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT EXISTS (SELECT 1 FROM casus_deling d WHERE d.casus_id = c AND d.organisatie_id = app_organisatie()
              AND d.ingetrokken_op IS NULL AND d.eind_datum >= app_vandaag()) $f$;

      CREATE FUNCTION overdracht_wijziging_bewaken() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF NEW.regio_id IS DISTINCT FROM OLD.regio_id OR NEW.naar_regio_id IS DISTINCT FROM OLD.naar_regio_id
           OR NEW.naar_organisatie_id IS DISTINCT FROM OLD.naar_organisatie_id OR NEW.casus_id IS DISTINCT FROM OLD.casus_id
           OR NEW.grondslag IS DISTINCT FROM OLD.grondslag OR NEW.toelichting IS DISTINCT FROM OLD.toelichting
           OR NEW.aangeboden_door IS DISTINCT FROM OLD.aangeboden_door OR NEW.aangeboden_op IS DISTINCT FROM OLD.aangeboden_op
           OR (NEW.pakket IS DISTINCT FROM OLD.pakket AND NEW.pakket <> '{"gewist": true}'::jsonb)
           OR (OLD.status = 'geaccepteerd' AND NEW.status <> 'geaccepteerd') THEN
          RAISE EXCEPTION 'overdracht: alleen status, acceptatie en het wissen van het pakket mogen wijzigen' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $f$;
      CREATE TRIGGER overdracht_wijziging_bewaken BEFORE UPDATE ON overdracht FOR EACH ROW EXECUTE FUNCTION overdracht_wijziging_bewaken();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER overdracht_wijziging_bewaken ON overdracht;
      DROP FUNCTION overdracht_wijziging_bewaken();
      CREATE OR REPLACE FUNCTION casus_gedeeld_met_mij(c uuid) RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT EXISTS (SELECT 1 FROM casus_deling d WHERE d.casus_id = c AND d.organisatie_id = app_organisatie()
              AND d.ingetrokken_op IS NULL AND d.eind_datum >= current_date) $f$;
      DROP FUNCTION app_vandaag();
    `);
  }
}
