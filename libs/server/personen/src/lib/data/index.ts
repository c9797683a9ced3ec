export * from './personen.queries';
export * from './nazorg-bron.queries';
