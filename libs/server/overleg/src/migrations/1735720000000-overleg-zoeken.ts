import { APP_ROLE } from '@rmc/server-database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (issue 13) on a meeting's title, accent-insensitive (`zoektekst`, personen's `1735700000000-zoeken`),
 * on a trigram GIN index. `LIKE` is not leakproof, so under RLS only a SECURITY DEFINER function uses it (see
 * that migration): `zoek_overleg_ids(patronen, max)` applies `overleg`'s policy condition itself (the region,
 * and an RMC role or the caller's organisation among the participants); its owner is admitted by the SELECT
 * policy `overleg_zoeken_eigenaar`. Patterns (`zoek_like_patronen`), `p_max` clamping, `EXECUTE … USING`
 * and the search path as in that migration.
 */
export class OverlegZoeken1735720000000 implements MigrationInterface {
  name = 'OverlegZoeken1735720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX overleg_zoektitel_idx ON overleg USING gin (regio_id, zoektekst(titel) gin_trgm_ops);

      DO $$ BEGIN
        EXECUTE format('CREATE POLICY overleg_zoeken_eigenaar ON overleg FOR SELECT USING (current_user = %L)', current_user);
      END $$;
      CREATE FUNCTION zoek_overleg_ids(p_woorden text[], p_max int) RETURNS uuid[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
        DECLARE
          v_patronen text[] := public.zoek_like_patronen(p_woorden);
          v_max int := least(greatest(coalesce(p_max, 0), 0), 200);
          v_waar text := '';
          v_ids uuid[];
        BEGIN
          IF cardinality(v_patronen) = 0 OR v_max = 0 OR public.app_regio() IS NULL THEN RETURN '{}'; END IF;
          FOR i IN 1 .. cardinality(v_patronen) LOOP
            v_waar := v_waar || format(' AND public.zoektekst(o.titel) LIKE $3[%s]', i);
          END LOOP;
          EXECUTE 'SELECT coalesce(array_agg(x.id), ''{}'') FROM (
                     SELECT o.id FROM public.overleg o
                      WHERE o.regio_id = $1 AND ($2 OR $4 = ANY(o.deelnemer_organisaties))' || v_waar || '
                      LIMIT $5) x'
            INTO v_ids
            USING public.app_regio(), public.app_is_rmc() OR public.app_rol_leeg(), v_patronen, public.app_organisatie(), v_max;
          RETURN v_ids;
        END
      $f$;
      REVOKE ALL ON FUNCTION zoek_overleg_ids(text[], int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION zoek_overleg_ids(text[], int) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS zoek_overleg_ids(text[], int);
      DROP POLICY IF EXISTS overleg_zoeken_eigenaar ON overleg;
      DROP INDEX IF EXISTS overleg_zoektitel_idx;
    `);
  }
}
