/**
 * Test environment: real PostgreSQL and Redis (TEST_PG_URL / TEST_REDIS_URL, default the local
 * services). The database name is fixed per Jest run through RMC_TEST_RUN, set by the first caller.
 */
export function testEnv() {
  const run = (process.env['RMC_TEST_RUN'] ??= `${process.pid}_${Date.now()}`);
  const base = new URL(process.env['TEST_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres');
  // RMC_TEST_DB: run against an existing, migrated database instead of a fresh one (the restore test
  // points the isolation sweep at a restored copy); it is neither seeded nor dropped.
  const DB_NAME = process.env['RMC_TEST_DB'] || `rmc_it_${run}`;
  const owner = new URL(base.toString());
  owner.pathname = `/${DB_NAME}`;
  const app = new URL(owner.toString());
  app.username = 'rmc_app_test';
  app.password = 'rmc-app-test-wachtwoord';
  return {
    DB_NAME,
    ADMIN_URL: base.toString(),
    vars: {
      DATABASE_URL: owner.toString(),
      APP_DATABASE_URL: app.toString(),
      REDIS_URL: process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379',
      QUEUE_BACKEND: 'redis',
      QUEUE_PREFIX: `rmc-test-${run}`,
      SMTP_URL: 'smtp://127.0.0.1:1025',
      PUBLIC_URL: 'http://localhost:4200',
      PSEUDONYM_KEY: 'test-pseudonym-key-0123456789abcdef0123',
      LOG_LEVEL: 'warn',
      DEMO_MODE: 'false',
      NODE_ENV: 'test',
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      TOTP_REQUIRED_WITHOUT_REGION: 'false',
    },
  };
}
