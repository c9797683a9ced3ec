import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search ("Vind alles", issue 13): accent-insensitive name search on trigram indexes.
 *
 * - `unaccent` and `pg_trgm` (both trusted extensions: the database owner creates them, no superuser) and
 *   `btree_gin`, so one GIN index holds the tenant column next to the trigrams: a region's matches are
 *   found inside the index, not among the whole country's.
 * - `zoektekst(text)`: lower-case without accents. `unaccent()` itself is only STABLE (it reads its
 *   dictionary through the search path), so an index cannot use it; this wrapper names the dictionary
 *   by schema and is IMMUTABLE. The other contexts' search indexes (melding, overleg) use it too.
 * - `persoon (regio_id, zoektekst(voornaam || ' ' || achternaam))` as trigrams. A BSN is searched exactly on
 *   the existing unique `(regio_id, bsn)`; a date of birth on `persoon_regio_geboortedatum_idx`.
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
      GRANT EXECUTE ON FUNCTION zoektekst(text) TO rmc_app_rol;

      CREATE INDEX persoon_zoeknaam_idx ON persoon
        USING gin (regio_id, zoektekst(voornaam || ' ' || achternaam) gin_trgm_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS persoon_zoeknaam_idx;
      DROP FUNCTION IF EXISTS zoektekst(text);
    `);
  }
}
