import { APP_ROLE } from '@rmc/server-database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (issue 13) on meldingen by the student's name, accent-insensitive (`zoektekst`, personen's
 * migration `1735700000000-zoeken`): one trigram GIN index with both tenant columns in front,
 * `(regio_id, vestiging_id, zoektekst(naam))`, so the region's search and the school's each scan their own
 * key (two separate indexes made the planner read the vestiging one for a region's search, by trigram
 * only). `LIKE` is not leakproof, so under RLS only a SECURITY DEFINER function can use it (see that
 * migration): `zoek_melding_ids(patronen, max)` applies the `melding_tenant` policy's USING condition
 * itself and returns at most `max` ids; the owner is admitted by the existing SELECT policy
 * `melding_compliance_eigenaar`. A date of birth for the school: `(vestiging_id, geboortedatum)` (the region
 * has `melding_regio_geboortedatum_idx`); a BSN: the existing `melding_bsn_idx` (`=` is leakproof).
 */
export class MeldingZoeken1735710000000 implements MigrationInterface {
  name = 'MeldingZoeken1735710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX melding_zoeknaam_idx ON melding
        USING gin (regio_id, vestiging_id, zoektekst(voornaam || ' ' || achternaam) gin_trgm_ops);
      CREATE INDEX melding_vestiging_geboortedatum_idx ON melding (vestiging_id, geboortedatum);

      CREATE FUNCTION zoek_melding_ids(p_patronen text[], p_max int) RETURNS uuid[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $f$
        DECLARE
          v_waar text := '';
          v_patroon text;
          v_ids uuid[];
        BEGIN
          IF coalesce(array_length(p_patronen, 1), 0) = 0 THEN RETURN '{}'; END IF;
          FOREACH v_patroon IN ARRAY p_patronen LOOP
            v_waar := v_waar || format(' AND zoektekst(m.voornaam || '' '' || m.achternaam) LIKE %L', zoektekst(v_patroon));
          END LOOP;
          EXECUTE format(
            'SELECT coalesce(array_agg(id), ''{}'') FROM (
               SELECT m.id FROM melding m
                WHERE m.regio_id = %L::uuid AND (%L::boolean OR (m.casus_id IS NOT NULL AND m.casus_id = ANY(%L::uuid[]))) %s
               UNION
               SELECT m.id FROM melding m WHERE m.vestiging_id = %L::uuid %s
               LIMIT %s) x',
            app_regio(), app_is_rmc() OR app_rol_leeg(), app_gedeelde_casussen(), v_waar, app_vestiging(), v_waar, p_max)
            INTO v_ids;
          RETURN v_ids;
        END
      $f$;
      REVOKE ALL ON FUNCTION zoek_melding_ids(text[], int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION zoek_melding_ids(text[], int) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS zoek_melding_ids(text[], int);
      DROP INDEX IF EXISTS melding_zoeknaam_idx;
      DROP INDEX IF EXISTS melding_vestiging_geboortedatum_idx;
    `);
  }
}
