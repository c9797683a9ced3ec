export * from './lib/meldingen.module';
export { MeldingenService } from './lib/meldingen.service';
export * from './lib/indiening';
export * from './lib/import-verwerking';
