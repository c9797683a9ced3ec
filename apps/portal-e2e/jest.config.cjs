// End-to-end specs: playwright-core + axe in Debian Chromium against the built portal, served by the
// real API (with worker, PostgreSQL, Redis and the SMTP sink) that globalSetup starts.
module.exports = {
  displayName: 'portal-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/specs/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `${__dirname}/tsconfig.json` }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 90000,
  // One browser at a time: the CI machine has two cores and the API runs beside it.
  maxWorkers: 1,
};
