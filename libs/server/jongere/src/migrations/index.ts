import { JongereKanaal1735500000000 } from './1735500000000-jongere-kanaal';
import { JongereLinkBijVerzenden1735740000001 } from './1735740000001-jongere-link-bij-verzenden';

/** The jongere context's migrations (new ones: add the file here and to this list). */
export const JONGERE_MIGRATIES = [JongereKanaal1735500000000, JongereLinkBijVerzenden1735740000001];
