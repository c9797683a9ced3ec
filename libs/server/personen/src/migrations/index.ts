import { Zoeken1735700000000 } from './1735700000000-zoeken';

/** The personen context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const PERSONEN_MIGRATIES = [Zoeken1735700000000];
