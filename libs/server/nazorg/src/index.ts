export * from './lib/nazorg.module';
export * from './lib/scanner';
export * from './lib/bewaartermijn';
export * from './lib/schoolzijde';
export * from './lib/tick';
export { HERINNERINGEN_WIS, NAZORG_WIS, NazorgWissenModule } from './lib/wissen';
export * from './lib/data/casus-nazorg.queries';
export * from './lib/bronnen.port';
export * from './lib/bronnen.module';
