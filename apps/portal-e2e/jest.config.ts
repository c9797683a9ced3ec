// End-to-end specs: playwright-core + axe against the built portal served by the API.
// Loaded with Node's own TypeScript support (type stripping), so keep this file to plain syntax.
export default {
  displayName: 'portal-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/specs/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `${__dirname}/tsconfig.json` }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60_000,
  // One browser at a time: the CI machine has two cores and the API runs beside it.
  maxWorkers: 1,
};
