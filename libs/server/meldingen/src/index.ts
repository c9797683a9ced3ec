export * from './lib/meldingen.module';
export * from './lib/indiening';
export * from './lib/import-verwerking';
