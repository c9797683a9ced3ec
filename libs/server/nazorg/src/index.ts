export * from './lib/nazorg.module';
export * from './lib/scanner';
