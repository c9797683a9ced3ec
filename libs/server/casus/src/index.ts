export * from './lib/casus.module';
export { CasusService } from './lib/casus.service';
export { casusTijdlijn, persoonTijdlijn } from './lib/data/tijdlijn.queries';
export { CASUS_OVERLEG_BRON, type CasusOverlegBron } from './lib/overleg-bron.port';
export { CASUS_ONDERDELEN_WIS, CASUS_WIS, CasusWissenModule } from './lib/wissen';
export {
  actiesVoorJongere,
  casussenVanJongere,
  delingenVoorJongere,
  trekToestemmingIn,
  voegJongereBerichtToe,
  zetJongereActieGedaan,
  type JongereActieRij,
  type JongereCasusRij,
  type JongereDelingRij,
} from './lib/data/jongere-kanaal.queries';
export { casusRij, type CasusRij } from './lib/data/casus-lezen.queries';
export * from './lib/data/overleg-acties.queries';
export { CasusPoortenModule } from './lib/poorten.module';
export * from './lib/data/nazorg-bron.queries';
export * from './lib/data/zoeken.queries';
export * from './lib/data/overzicht.queries';
