import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../sql-helpers';

/**
 * 1. A handover to an organisation (leerplicht, W&I) can be acknowledged by that organisation: its
 *    users may set the status to 'geaccepteerd', nothing else.
 * 2. "Who viewed the dossier" in the inzage bundle names the organisation of each reader too.
 */
export class OntvangstEnInzage1733600000000 implements MigrationInterface {
  name = 'OntvangstEnInzage1733600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE POLICY overdracht_ontvangst ON overdracht FOR UPDATE
        USING (naar_organisatie_id = app_organisatie())
        WITH CHECK (naar_organisatie_id = app_organisatie() AND status = 'geaccepteerd');

      DROP FUNCTION audit_inzage(text);
      CREATE FUNCTION audit_inzage(p_pseudo text)
        RETURNS TABLE (tijdstip timestamptz, actor text, rol text, actie text, subject_type text, doel text, resultaat text, organisatie text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT a.tijdstip, g.naam, a.rol, a.actie, a.subject_type, a.doel, a.resultaat, o.naam
            FROM audit_log a LEFT JOIN gebruiker g ON g.id = a.actor_id LEFT JOIN organisatie o ON o.id = a.organisatie_id
           WHERE a.persoon_pseudo = p_pseudo AND a.regio_id = app_regio() AND app_is_rmc()
           ORDER BY a.tijdstip
        $f$;
      REVOKE ALL ON FUNCTION audit_inzage(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION audit_inzage(text) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY overdracht_ontvangst ON overdracht;
      DROP FUNCTION audit_inzage(text);
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
    `);
  }
}
