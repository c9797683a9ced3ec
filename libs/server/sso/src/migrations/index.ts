import { Sso1735310000000 } from './1735310000000-sso';
import { SsoLogoutJti1735730000000 } from './1735730000000-sso-logout-jti';
import { SsoIdpPlatformAlleenInstellingen1735750000000 } from './1735750000000-sso-idp-platform-alleen-instellingen';

/** The sso context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const SSO_MIGRATIES = [Sso1735310000000, SsoLogoutJti1735730000000, SsoIdpPlatformAlleenInstellingen1735750000000];
