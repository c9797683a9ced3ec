export * from './lib/rollen';
export * from './lib/organisaties';
export * from './lib/regio-instellingen';
export * from './lib/identiteit';
export * from './lib/bsn';
export * from './lib/verzuim/werkdagen';
export * from './lib/verzuim/melding';
export * from './lib/verzuim/agenda';
