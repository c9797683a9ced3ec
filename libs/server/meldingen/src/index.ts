export * from './lib/meldingen.module';
export { MeldingenService } from './lib/meldingen.service';
export { IMPORT_QUEUE } from './lib/import.service';
export * from './lib/indiening';
export * from './lib/import-verwerking';
export { MELDINGEN_WIS, MeldingenWissenModule } from './lib/wissen';
export * from './lib/data/casus-meldingen.queries';
export { CASUS_OPENER, type CasusOpener } from './lib/casus-opener.port';
export * from './lib/data/nazorg.queries';
