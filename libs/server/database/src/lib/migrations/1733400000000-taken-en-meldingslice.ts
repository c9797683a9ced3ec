import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 1. The melding policy no longer admits the whole region: only the region's RMC roles and the
 *    beleidsmedewerker (aggregates), role-less jobs, the filing vestiging, and a partner for meldingen
 *    linked to a case shared with it (the "verzuim" section is then still a CASL field decision).
 *    Closes the gap named in ADR 0008: the database, not only CASL, keeps partners out of meldingen.
 * 2. Follow-up tasks get a kind: besides nazorg check-ins, the oud-vsv yearly contact and the
 *    JIKP / Kwint quarterly follow-up are stored tasks the worker reminds about.
 */
export class TakenEnMeldingslice1733400000000 implements MigrationInterface {
  name = 'TakenEnMeldingslice1733400000000';

  async up(q: QueryRunner): Promise<void> {
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

      ALTER TABLE nazorg_taak ADD COLUMN soort text NOT NULL DEFAULT 'nazorg' CHECK (soort IN ('nazorg', 'jaarcontact', 'kwint'));
      ALTER TABLE nazorg_taak DROP CONSTRAINT nazorg_taak_casus_id_moment_key;
      ALTER TABLE nazorg_taak ADD CONSTRAINT nazorg_taak_casus_soort_moment_key UNIQUE (casus_id, soort, moment);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM nazorg_taak WHERE soort <> 'nazorg';
      ALTER TABLE nazorg_taak DROP CONSTRAINT nazorg_taak_casus_soort_moment_key;
      ALTER TABLE nazorg_taak ADD CONSTRAINT nazorg_taak_casus_id_moment_key UNIQUE (casus_id, moment);
      ALTER TABLE nazorg_taak DROP COLUMN soort;
      DROP POLICY melding_tenant ON melding;
      CREATE POLICY melding_tenant ON melding USING (regio_id = app_regio() OR vestiging_id = app_vestiging()) WITH CHECK (regio_id = app_regio() OR vestiging_id = app_vestiging());
    `);
  }
}
