// End-to-end specs: playwright-core + axe against the built portal served by the API.
// Node loads this file itself (TypeScript type stripping, as an ES module): keep it to plain
// syntax and no __dirname. Jest takes this file's folder as <rootDir>.
export default {
  displayName: 'portal-e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/specs/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60_000,
  // One browser at a time: the CI machine has two cores and the API runs beside it.
  maxWorkers: 1,
};
