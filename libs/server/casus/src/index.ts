export * from './lib/casus.module';
export { CasusService } from './lib/casus.service';
export { casusTijdlijn, persoonTijdlijn } from './lib/tijdlijn';
export { CASUS_ONDERDELEN_WIS, CASUS_WIS, CasusWissenModule } from './lib/wissen';
