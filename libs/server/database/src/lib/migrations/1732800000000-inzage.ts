import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../sql-helpers';

/**
 * The person's rights. Inzage needs "who viewed the dossier" from the audit, which the app role may not
 * read: a SECURITY DEFINER function returns exactly one person's rows of the caller's region, only for
 * RMC roles. Its owner (the migration role) is admitted by a SELECT policy that names that role, so
 * FORCE RLS stays on for everyone else. Erasure needs DELETE on the person's tables.
 */
export class Inzage1732800000000 implements MigrationInterface {
  name = 'Inzage1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY audit_inzage_eigenaar ON audit_log FOR SELECT USING (current_user = %L)', current_user);
      END $$;
      CREATE FUNCTION audit_inzage(p_pseudo text)
        RETURNS TABLE (tijdstip timestamptz, actor text, rol text, actie text, subject_type text, doel text, resultaat text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT a.tijdstip, g.naam, a.rol, a.actie, a.subject_type, a.doel, a.resultaat
            FROM audit_log a LEFT JOIN gebruiker g ON g.id = a.actor_id
           WHERE a.persoon_pseudo = p_pseudo AND a.regio_id = app_regio() AND app_is_rmc()
           ORDER BY a.tijdstip
        $f$;
      REVOKE ALL ON FUNCTION audit_inzage(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION audit_inzage(text) TO ${APP_ROLE};
      GRANT DELETE ON persoon, casus, casus_deling, levensdomein_scan, plan_actie, contactmoment, partner_notitie, melding, melding_gebeurtenis, overdracht TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      REVOKE DELETE ON persoon, casus, casus_deling, levensdomein_scan, plan_actie, contactmoment, partner_notitie, melding, melding_gebeurtenis, overdracht FROM ${APP_ROLE};
      DROP FUNCTION audit_inzage(text);
      DROP POLICY audit_inzage_eigenaar ON audit_log;
    `);
  }
}
