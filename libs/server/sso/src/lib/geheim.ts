import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rmc/server-core';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSIE = 'v1';

/**
 * AES-256-GCM for the providers' client secrets (and a kept ID token), docs/adr/0017-oidc-sso.md:
 * `v1.<iv>.<tag>.<ciphertext>` (base64url), a fresh 96-bit IV each time, the provider id as associated
 * data (a ciphertext copied to another provider does not decrypt). The key is SSO_SECRET_KEY, or
 * derived from PSEUDONYM_KEY with HKDF when unset. Nothing here logs a value.
 */
@Injectable()
export class SsoGeheim {
  private readonly sleutel: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.sleutel =
      config.sso.secretKey ?? Buffer.from(hkdfSync('sha256', config.pseudonymKey, 'rmc-sso-client-secret', 'aes-256-gcm', 32));
  }

  versleutel(tekst: string, context: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.sleutel, iv);
    c.setAAD(Buffer.from(context));
    const inhoud = Buffer.concat([c.update(tekst, 'utf8'), c.final()]);
    return [VERSIE, iv.toString('base64url'), c.getAuthTag().toString('base64url'), inhoud.toString('base64url')].join('.');
  }

  ontsleutel(waarde: string, context: string): string {
    const [versie, iv, tag, inhoud] = waarde.split('.');
    if (versie !== VERSIE || !iv || !tag || inhoud === undefined) throw new Error('sso: unknown secret format');
    const d = createDecipheriv('aes-256-gcm', this.sleutel, Buffer.from(iv, 'base64url'));
    d.setAAD(Buffer.from(context));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(inhoud, 'base64url')), d.final()]).toString('utf8');
  }
}
