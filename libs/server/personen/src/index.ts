export * from './lib/personen.module';
export * from './lib/data';
export { PERSONEN_WIS, PersonenWissenModule } from './lib/wissen';
export { PERSOON_TIJDLIJN, type PersoonTijdlijnBron } from './lib/tijdlijn.port';
