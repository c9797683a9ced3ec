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
 *   Hardening (security review): the caller passes the raw words; `zoek_like_patronen` normalises them
 *   (`zoektekst`) and only then escapes `\ % _` (fullwidth `％ ＿ ＼` become wildcards under `unaccent`), and
 *   refuses more than 5 words or one over 100 characters; `p_max` is clamped to 0–200. The patterns and the
 *   tenant ids go in as parameters (`EXECUTE … USING`: one-shot plan, the planner still sees the values and
 *   picks the trigram index), never into the statement's text, so no term shows in an error's CONTEXT.
 *   `search_path = pg_catalog, public, pg_temp` and `public.`-qualified names: a temporary table or function
 *   of the caller (the app role has TEMP) is never read.
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

      -- The words' LIKE patterns, built here after normalising: zoektekst() (unaccent) turns fullwidth ％ ＿ ＼
      -- into % _ \\, so escaping before it (in the caller) would let them act as wildcards. Refuses more than 5
      -- words, a NULL word or one over 100 characters (the API's term is at most 100); a word that normalises
      -- to nothing is left out. No input ever goes into a statement's text.
      CREATE FUNCTION zoek_like_patronen(p_woorden text[]) RETURNS text[]
        LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $f$
        DECLARE
          v_woord text;
          v_norm text;
          v_patronen text[] := '{}';
        BEGIN
          IF cardinality(p_woorden) > 5 THEN
            RAISE EXCEPTION 'zoeken: hoogstens 5 woorden' USING ERRCODE = '22023';
          END IF;
          FOREACH v_woord IN ARRAY coalesce(p_woorden, '{}') LOOP
            IF v_woord IS NULL OR length(v_woord) > 100 THEN
              RAISE EXCEPTION 'zoeken: een woord is leeg of langer dan 100 tekens' USING ERRCODE = '22023';
            END IF;
            v_norm := public.zoektekst(v_woord);
            CONTINUE WHEN v_norm = '';
            v_norm := replace(replace(replace(v_norm, chr(92), chr(92) || chr(92)), '%', chr(92) || '%'), '_', chr(92) || '_');
            v_patronen := v_patronen || ('%' || v_norm || '%');
          END LOOP;
          RETURN v_patronen;
        END
      $f$;

      DO $$ BEGIN
        EXECUTE format('CREATE POLICY persoon_zoeken_eigenaar ON persoon FOR SELECT USING (current_user = %L)', current_user);
      END $$;
      CREATE FUNCTION zoek_persoon_ids(p_woorden text[], p_max int) RETURNS uuid[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
        DECLARE
          v_patronen text[] := public.zoek_like_patronen(p_woorden);
          v_max int := least(greatest(coalesce(p_max, 0), 0), 200);
          v_waar text := '';
          v_ids uuid[];
        BEGIN
          IF cardinality(v_patronen) = 0 OR v_max = 0 OR public.app_regio() IS NULL
             OR NOT (public.app_is_rmc() OR public.app_rol_leeg()) THEN
            RETURN '{}';
          END IF;
          FOR i IN 1 .. cardinality(v_patronen) LOOP
            v_waar := v_waar || format(' AND public.zoektekst(p.voornaam || '' '' || p.achternaam) LIKE $2[%s]', i);
          END LOOP;
          EXECUTE 'SELECT coalesce(array_agg(x.id), ''{}'') FROM (SELECT p.id FROM public.persoon p WHERE p.regio_id = $1'
                  || v_waar || ' LIMIT $3) x'
            INTO v_ids USING public.app_regio(), v_patronen, v_max;
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
      DROP FUNCTION IF EXISTS zoek_like_patronen(text[]);
      DROP POLICY IF EXISTS persoon_zoeken_eigenaar ON persoon;
      DROP INDEX IF EXISTS persoon_zoeknaam_idx;
      DROP FUNCTION IF EXISTS zoektekst(text);
    `);
  }
}
