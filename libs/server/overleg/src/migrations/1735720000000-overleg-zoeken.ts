import { APP_ROLE } from '@rmc/server-database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (issue 13) on a meeting's title, accent-insensitive (`zoektekst`, personen's `1735700000000-zoeken`),
 * on a trigram GIN index. `LIKE` is not leakproof, so under RLS only a SECURITY DEFINER function uses it (see
 * that migration): `zoek_overleg_ids(patronen, max)` applies `overleg`'s policy condition itself (the region,
 * and an RMC role or the caller's organisation among the participants); its owner is admitted by the SELECT
 * policy `overleg_zoeken_eigenaar`.
 */
export class OverlegZoeken1735720000000 implements MigrationInterface {
  name = 'OverlegZoeken1735720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX overleg_zoektitel_idx ON overleg USING gin (regio_id, zoektekst(titel) gin_trgm_ops);

      DO $$ BEGIN
        EXECUTE format('CREATE POLICY overleg_zoeken_eigenaar ON overleg FOR SELECT USING (current_user = %L)', current_user);
      END $$;
      CREATE FUNCTION zoek_overleg_ids(p_patronen text[], p_max int) RETURNS uuid[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $f$
        DECLARE
          v_waar text := '';
          v_patroon text;
          v_ids uuid[];
        BEGIN
          IF coalesce(array_length(p_patronen, 1), 0) = 0 OR app_regio() IS NULL THEN RETURN '{}'; END IF;
          FOREACH v_patroon IN ARRAY p_patronen LOOP
            v_waar := v_waar || format(' AND zoektekst(o.titel) LIKE %L', zoektekst(v_patroon));
          END LOOP;
          EXECUTE format(
            'SELECT coalesce(array_agg(id), ''{}'') FROM (
               SELECT o.id FROM overleg o
                WHERE o.regio_id = %L::uuid AND (%L::boolean OR %L::uuid = ANY(o.deelnemer_organisaties)) %s
                LIMIT %s) x',
            app_regio(), app_is_rmc() OR app_rol_leeg(), app_organisatie(), v_waar, p_max)
            INTO v_ids;
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
