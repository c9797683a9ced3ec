import { SessieMfaExtern1735300000000 } from './1735300000000-sessie-mfa-extern';

/** The identity context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const IDENTITY_MIGRATIES = [SessieMfaExtern1735300000000];
