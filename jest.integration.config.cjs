// Real PostgreSQL + Redis + SMTP sink. One fresh database per run (globalSetup).
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'integration',
  testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  testTimeout: 60000,
  // Idle timers of pg pools / ioredis reconnects may outlive a suite by seconds; never let CI hang on them.
  forceExit: true,
};
