import { loadConfig } from '@rmc/server-core';
import { SsoGeheim } from './geheim';

const config = (extra: Record<string, string> = {}) =>
  loadConfig({
    APP_DATABASE_URL: 'postgres://a@127.0.0.1/x',
    SMTP_URL: 'smtp://127.0.0.1:1025',
    PUBLIC_URL: 'http://localhost:4200',
    PSEUDONYM_KEY: 'test-pseudonym-key-0123456789abcdef0123',
    ...extra,
  });

describe('SsoGeheim (AES-256-GCM)', () => {
  const g = new SsoGeheim(config());

  it('round-trips, with a fresh IV each time', () => {
    const a = g.versleutel('geheim-123', 'idp-1');
    const b = g.versleutel('geheim-123', 'idp-1');
    expect(a).not.toEqual(b);
    expect(a).not.toContain('geheim-123');
    expect(g.ontsleutel(a, 'idp-1')).toBe('geheim-123');
  });

  it('refuses another provider id (associated data) and a changed ciphertext', () => {
    const a = g.versleutel('geheim-123', 'idp-1');
    expect(() => g.ontsleutel(a, 'idp-2')).toThrow();
    const delen = a.split('.');
    delen[3] = Buffer.from('anders').toString('base64url');
    expect(() => g.ontsleutel(delen.join('.'), 'idp-1')).toThrow();
  });

  it('uses SSO_SECRET_KEY when set (another key cannot decrypt)', () => {
    const eigen = new SsoGeheim(config({ SSO_SECRET_KEY: 'ab'.repeat(32) }));
    const a = eigen.versleutel('x', 'i');
    expect(eigen.ontsleutel(a, 'i')).toBe('x');
    expect(() => g.ontsleutel(a, 'i')).toThrow();
    expect(() => config({ SSO_SECRET_KEY: 'te-kort' })).toThrow(/SSO_SECRET_KEY/);
  });
});
