export * from './lib/meldingen.module';
export * from './lib/indiening';
