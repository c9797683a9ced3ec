import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../sql-helpers';

/**
 * The beleidsmedewerker works with aggregates only, yet the melding policy admitted it to whole rows
 * (BSN, name, address) so that compliance could count them; only CASL kept the fields out (the gap named
 * in ADR 0008). Compliance now reads through a SECURITY DEFINER function that returns only the columns
 * the figures need, and the melding policy no longer admits the beleidsmedewerker at all. The function's
 * owner (the migration role) is admitted by a SELECT policy naming that role, as for `audit_inzage`.
 */
export class ComplianceZonderPersoon1734100000000 implements MigrationInterface {
  name = 'ComplianceZonderPersoon1734100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY melding_compliance_eigenaar ON melding FOR SELECT USING (current_user = %L)', current_user);
      END $$;
      CREATE FUNCTION compliance_meldingen(p_van date, p_tot date)
        RETURNS TABLE (vestiging_id uuid, instelling_id uuid, regio_id uuid, soort text, agenda_id uuid, begindatum date, gemeld_op_datum date,
                       volledig boolean, oppak_deadline date, opgepakt_op timestamptz, teruggemeld_op timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT m.vestiging_id, m.instelling_id, m.regio_id, m.soort, m.agenda_id, m.begindatum, m.gemeld_op_datum,
                 m.volledig, m.oppak_deadline, m.opgepakt_op, m.teruggemeld_op
            FROM melding m
           WHERE m.gemeld_op_datum BETWEEN p_van AND p_tot
             AND ((m.regio_id = app_regio() AND (app_is_rmc() OR current_setting('app.rol', true) = 'beleidsmedewerker'))
                  OR m.vestiging_id = app_vestiging())
        $f$;
      REVOKE ALL ON FUNCTION compliance_meldingen(date, date) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION compliance_meldingen(date, date) TO ${APP_ROLE};

      DROP POLICY melding_tenant ON melding;
      CREATE POLICY melding_tenant ON melding
        USING (
          (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR (casus_id IS NOT NULL AND casus_gedeeld_met_mij(casus_id))))
          OR vestiging_id = app_vestiging())
        WITH CHECK (
          (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg()))
          OR vestiging_id = app_vestiging());
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY melding_tenant ON melding;
      CREATE POLICY melding_tenant ON melding
        USING (
          (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR current_setting('app.rol', true) = 'beleidsmedewerker'
                                       OR (casus_id IS NOT NULL AND casus_gedeeld_met_mij(casus_id))))
          OR vestiging_id = app_vestiging())
        WITH CHECK (
          (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg()))
          OR vestiging_id = app_vestiging());
      DROP FUNCTION compliance_meldingen(date, date);
      DROP POLICY melding_compliance_eigenaar ON melding;
    `);
  }
}
