export * from './lib/nazorg.module';
export * from './lib/scanner';
export * from './lib/bewaartermijn';
