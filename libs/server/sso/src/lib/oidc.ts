import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rmc/server-core';
import { createHash } from 'node:crypto';
import type * as OidcClient from 'openid-client';
import type * as Jose from 'jose';

/**
 * openid-client 6 and jose are ESM only. `import()` compiles to `require()` in the CommonJS build, which
 * Node 24 runs for ES modules; Jest transpiles these packages (jest.preset.cjs). Loaded once, lazily.
 */
let oidcModule: Promise<typeof OidcClient> | undefined;
let joseModule: Promise<typeof Jose> | undefined;
export const laadOidc = () => (oidcModule ??= import('openid-client'));
export const laadJose = () => (joseModule ??= import('jose'));

export interface IdpVerbinding {
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const CACHE_MS = 10 * 60_000;

/**
 * The discovered configuration of a provider (metadata, JWKS location), cached per provider for ten
 * minutes and keyed by issuer, client id and a hash of the secret, so a changed config is discovered again.
 */
@Injectable()
export class OidcKlant {
  private readonly cache = new Map<string, { sleutel: string; tot: number; config: Promise<OidcClient.Configuration> }>();
  private readonly jwks = new Map<string, ReturnType<typeof Jose.createRemoteJWKSet>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async configuratie(idp: IdpVerbinding): Promise<OidcClient.Configuration> {
    const sleutel = createHash('sha256').update(`${idp.issuer}\n${idp.clientId}\n${idp.clientSecret}`).digest('hex');
    const nu = Date.now();
    const hit = this.cache.get(idp.id);
    if (hit && hit.sleutel === sleutel && hit.tot > nu) return hit.config;
    const oidc = await laadOidc();
    const config = oidc
      .discovery(new URL(idp.issuer), idp.clientId, idp.clientSecret, undefined, {
        execute: this.config.sso.httpToegestaan ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .then((c) => {
        // Also check the ID token's signature against the provider's keys (not only TLS to the token endpoint).
        oidc.enableNonRepudiationChecks(c);
        return c;
      });
    this.cache.set(idp.id, { sleutel, tot: nu + CACHE_MS, config });
    config.catch(() => this.cache.delete(idp.id));
    return config;
  }

  /** The provider's key set (jose), for verifying back-channel logout tokens. */
  async sleutelset(idp: IdpVerbinding): Promise<ReturnType<typeof Jose.createRemoteJWKSet>> {
    const c = await this.configuratie(idp);
    const uri = c.serverMetadata().jwks_uri;
    if (!uri) throw new Error('sso: provider has no jwks_uri');
    let set = this.jwks.get(uri);
    if (!set) {
      const jose = await laadJose();
      set = jose.createRemoteJWKSet(new URL(uri));
      this.jwks.set(uri, set);
    }
    return set;
  }
}
