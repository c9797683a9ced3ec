export * from './lib/personen.module';
