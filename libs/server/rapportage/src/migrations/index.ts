import { NationaalRapportage1735000000000 } from './1735000000000-nationaal-rapportage';
import { NationaalFilters1735100000000 } from './1735100000000-nationaal-filters';

/** The rapportage context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const RAPPORTAGE_MIGRATIES = [NationaalRapportage1735000000000, NationaalFilters1735100000000];
