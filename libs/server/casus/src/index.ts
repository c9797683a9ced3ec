export * from './lib/casus.module';
