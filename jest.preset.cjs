// Shared Jest settings: ts-jest in transpile-only mode (tsc typechecks separately).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

/**
 * ESM-only packages the server loads with `import()` (openid-client 6 and its two dependencies).
 * Node 24 runs them from the compiled CommonJS build natively (require of ESM); Jest's own module
 * loader does not, so they are transpiled to CommonJS here (docs/adr/0017-oidc-sso.md).
 */
const ESM_PAKKETTEN = ['openid-client', 'oauth4webapi', 'jose'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: `${__dirname}/tsconfig.spec.json` }],
    [`/node_modules/(${ESM_PAKKETTEN.join('|')})/.+\\.js$`]: `${__dirname}/tools/jest/esm-naar-cjs.cjs`,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PAKKETTEN.join('|')})/)`],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
