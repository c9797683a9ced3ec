const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/api/**/*.spec.ts',
    '<rootDir>/apps/worker/**/*.spec.ts',
    '<rootDir>/tools/**/*.spec.ts',
  ],
};
