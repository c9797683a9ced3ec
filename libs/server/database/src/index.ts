/**
 * The database lib: data source options, the migrate step, the SQL helpers of migrations and the
 * historical migrations that span several contexts. The ordered list of every migration lives in
 * `@rmc/server-migrations` (it imports the contexts' migration folders, which import this lib).
 */
export * from './lib/data-source';
export * from './lib/sql-helpers';
export * from './lib/migratie-lijst';
export { DATABASE_MIGRATIES } from './lib/migrations';
