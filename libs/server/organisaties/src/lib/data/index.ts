export * from './organisaties.queries';
export * from './regio.queries';
export * from './scholen.queries';
