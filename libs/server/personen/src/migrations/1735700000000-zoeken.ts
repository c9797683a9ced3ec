import { APP_ROLE } from '@rmc/server-database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (issue 13): accent-insensitive name search on trigram indexes, served under RLS.
 *
 * - `unaccent`, `pg_trgm` and `btree_gin` (trusted extensions: the database owner creates them, no
 *   superuser). `btree_gin` lets one GIN index hold the tenant column next to the trigrams, so a region's
 *   matches are found inside the index, not among the whole country's.
 * - `zoektekst(text)`: lower case without accents. `unaccent()` itself is only STABLE (it finds its
 *   dictionary through the search path), so no index can use it; this wrapper names the dictionary by
 *   schema and is IMMUTABLE. The melding and overleg search indexes use it too.
 * - `persoon (regio_id, zoektekst(voornaam || ' ' || achternaam))` as trigrams.
 * - **Why a function**: under RLS PostgreSQL evaluates the policy before any condition whose operator is
 *   not LEAKPROOF, and `LIKE` (`textlike`) is not, so a plain query as the app role never uses a trigram
 *   index (measured: a filtered scan of the region's list index, 23,008 rows for 11 on the region set).
 *   `zoek_persoon_ids(patronen, max)` (SECURITY DEFINER, owner = the migration role, admitted by the SELECT
 *   policy `persoon_zoeken_eigenaar` like `audit_inzage`) finds at most `max` ids through the index and
 *   applies the policy's own RMC condition (`regio_id = app_regio()` and an RMC role or a role-less job);
 *   the caller's statement then reads those ids (`id = ANY(…)`, leakproof) under RLS and CASL as always.
 *   A partner never reads persons (CASL), and its case search filters its few shared cases directly.
 *   The patterns are LIKE patterns (`%woord%`, escaped by the caller) and go into the statement as
 *   literals (`format(%L)`), so the planner sees constants and picks the trigram index.
 * - A BSN is searched exactly on the unique `(regio_id, bsn)`, a date of birth on
 *   `persoon_regio_geboortedatum_idx`: `=` on text and date is leakproof, so these need no function.
 */
export class Zoeken1735700000000 implements MigrationInterface {
  name = 'Zoeken1735700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
      CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
      CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public;

      CREATE FUNCTION zoektekst(t text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
      GRANT EXECUTE ON FUNCTION zoektekst(text) TO ${APP_ROLE};

      CREATE INDEX persoon_zoeknaam_idx ON persoon
        USING gin (regio_id, zoektekst(voornaam || ' ' || achternaam) gin_trgm_ops);

      DO $$ BEGIN
        EXECUTE format('CREATE POLICY persoon_zoeken_eigenaar ON persoon FOR SELECT USING (current_user = %L)', current_user);
      END $$;
      CREATE FUNCTION zoek_persoon_ids(p_patronen text[], p_max int) RETURNS uuid[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $f$
        DECLARE
          v_waar text := '';
          v_patroon text;
          v_ids uuid[];
        BEGIN
          IF coalesce(array_length(p_patronen, 1), 0) = 0 OR app_regio() IS NULL OR NOT (app_is_rmc() OR app_rol_leeg()) THEN
            RETURN '{}';
          END IF;
          FOREACH v_patroon IN ARRAY p_patronen LOOP
            v_waar := v_waar || format(' AND zoektekst(p.voornaam || '' '' || p.achternaam) LIKE %L', zoektekst(v_patroon));
          END LOOP;
          EXECUTE format('SELECT coalesce(array_agg(id), ''{}'') FROM (SELECT p.id FROM persoon p WHERE p.regio_id = %L::uuid %s LIMIT %s) x',
                         app_regio(), v_waar, p_max)
            INTO v_ids;
          RETURN v_ids;
        END
      $f$;
      REVOKE ALL ON FUNCTION zoek_persoon_ids(text[], int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION zoek_persoon_ids(text[], int) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS zoek_persoon_ids(text[], int);
      DROP POLICY IF EXISTS persoon_zoeken_eigenaar ON persoon;
      DROP INDEX IF EXISTS persoon_zoeknaam_idx;
      DROP FUNCTION IF EXISTS zoektekst(text);
    `);
  }
}
