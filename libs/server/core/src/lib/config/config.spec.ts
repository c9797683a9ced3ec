import { ConfigError, loadConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://owner@db:5432/rmc',
  APP_DATABASE_URL: 'postgres://app:pw@db:5432/rmc',
  SMTP_URL: 'smtp://mail:25',
  PUBLIC_URL: 'https://rmc.example.nl/',
  PSEUDONYM_KEY: 'x'.repeat(40),
};

describe('loadConfig', () => {
  it('accepts a complete production configuration', () => {
    const c = loadConfig(base);
    expect(c.publicUrl).toBe('https://rmc.example.nl');
    expect(c.demoMode).toBe(false);
    expect(c.queueBackend).toBe('redis');
    expect(c.totpVerplichtZonderRegio).toBe(true);
  });

  it('names every missing or invalid variable at once', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'abc', QUEUE_BACKEND: 'kafka' })).toThrow(ConfigError);
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'abc', QUEUE_BACKEND: 'kafka' });
    } catch (e) {
      const msg = (e as Error).message;
      for (const name of [
        'APP_DATABASE_URL is required',
        'DATABASE_URL must use',
        'PORT must be',
        'QUEUE_BACKEND',
        'SMTP_URL is required',
        'PSEUDONYM_KEY is required',
      ])
        expect(msg).toContain(name);
    }
  });

  it('has no default secrets outside demo mode', () => {
    expect(() => loadConfig({ ...base, PSEUDONYM_KEY: undefined })).toThrow(/PSEUDONYM_KEY is required/);
    expect(() => loadConfig({ ...base, PSEUDONYM_KEY: 'kort' })).toThrow(/at least 32/);
    expect(() => loadConfig({ ...base, PSEUDONYM_KEY: 'demo-only-pseudonym-key-not-for-production-use' })).toThrow(/demo key/);
  });

  it('fills demo defaults only in DEMO_MODE', () => {
    const c = loadConfig({ DATABASE_URL: base.DATABASE_URL, APP_DATABASE_URL: base.APP_DATABASE_URL, DEMO_MODE: 'true' });
    expect(c.smtpUrl).toBe('smtp://127.0.0.1:1025');
    expect(c.pseudonymKey.length).toBeGreaterThanOrEqual(32);
  });
});
