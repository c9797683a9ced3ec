import { OverlegZoeken1735720000000 } from './1735720000000-overleg-zoeken';

/** The overleg context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const OVERLEG_MIGRATIES = [OverlegZoeken1735720000000];
