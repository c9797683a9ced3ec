import { Sso1735310000000 } from './1735310000000-sso';

/** The sso context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const SSO_MIGRATIES = [Sso1735310000000];
