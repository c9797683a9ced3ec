export * from './personen.queries';
