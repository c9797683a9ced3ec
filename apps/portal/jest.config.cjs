// Portal component and API-client tests: Angular's TestBed in jsdom, zoneless like the app
// (jest-preset-angular compiles the standalone components JIT). Run by the unit step of
// tools/scripts/test-all.sh and by `npm run test:portal`.
const { createCjsPreset } = require('jest-preset-angular/presets');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = `${__dirname}/../..`;

module.exports = {
  ...createCjsPreset({ tsconfig: `${__dirname}/tsconfig.spec.json` }),
  displayName: 'portal',
  rootDir: root,
  testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  setupFilesAfterEnv: [`${__dirname}/src/test-setup.ts`],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testMatch: ['<rootDir>/apps/portal/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
