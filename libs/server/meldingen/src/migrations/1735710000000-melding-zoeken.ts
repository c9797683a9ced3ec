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
 * `melding_compliance_eigenaar`. Patterns (`zoek_like_patronen`), `p_max` clamping, `EXECUTE … USING`
 * and the search path as in that migration. A date of birth for the school: `(vestiging_id, geboortedatum)` (the region
 * has `melding_regio_geboortedatum_idx`); a BSN: the existing `melding_bsn_idx` (`=` is leakproof).
 */
export class MeldingZoeken1735710000000 implements MigrationInterface {
  name = 'MeldingZoeken1735710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX melding_zoeknaam_idx ON melding
        USING gin (regio_id, vestiging_id, zoektekst(voornaam || ' ' || achternaam) gin_trgm_ops);
      CREATE INDEX melding_vestiging_geboortedatum_idx ON melding (vestiging_id, geboortedatum);

      CREATE FUNCTION zoek_melding_ids(p_woorden text[], p_max int) RETURNS uuid[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
        DECLARE
          v_patronen text[] := public.zoek_like_patronen(p_woorden);
          v_max int := least(greatest(coalesce(p_max, 0), 0), 200);
          v_waar text := '';
          v_ids uuid[];
        BEGIN
          IF cardinality(v_patronen) = 0 OR v_max = 0 THEN RETURN '{}'; END IF;
          FOR i IN 1 .. cardinality(v_patronen) LOOP
            v_waar := v_waar || format(' AND public.zoektekst(m.voornaam || '' '' || m.achternaam) LIKE $4[%s]', i);
          END LOOP;
          EXECUTE 'SELECT coalesce(array_agg(x.id), ''{}'') FROM (
                     SELECT m.id FROM public.melding m
                      WHERE m.regio_id = $1 AND ($2 OR (m.casus_id IS NOT NULL AND m.casus_id = ANY($3)))' || v_waar || '
                     UNION
                     SELECT m.id FROM public.melding m WHERE m.vestiging_id = $5' || v_waar || '
                     LIMIT $6) x'
            INTO v_ids
            USING public.app_regio(), public.app_is_rmc() OR public.app_rol_leeg(), public.app_gedeelde_casussen(),
                  v_patronen, public.app_vestiging(), v_max;
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
