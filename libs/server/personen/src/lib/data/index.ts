export * from './personen.queries';
export * from './nazorg-bron.queries';
export * from './zoeken.queries';
