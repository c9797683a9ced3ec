export * from './lib/overleg.module';
export { OVERLEG_WIS, OverlegWissenModule } from './lib/wissen';
export { overleggenOverCasussen, type OverlegVoorJongereRij } from './lib/data/jongere.queries';
export * from './lib/data/zoeken.queries';
export * from './lib/data/overzicht.queries';
