export * from './lib/subjects';
export * from './lib/rules';
export * from './lib/matrix';
export * from './lib/fields';
export { packRules, unpackRules } from '@casl/ability/extra';
