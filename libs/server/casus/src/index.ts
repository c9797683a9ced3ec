export * from './lib/casus.module';
export { CasusService } from './lib/casus.service';
export { casusTijdlijn, persoonTijdlijn } from './lib/tijdlijn';
