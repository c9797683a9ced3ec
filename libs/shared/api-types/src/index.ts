/**
 * Request/response shapes of the REST API under /api/v1 (shared by api and portal), one file per
 * context. Server DTOs `implements` the request types and services return the response types, so a
 * renamed field fails the build on both sides. Errors: see problems.ts.
 */
export * from './problems';
export * from './paging';
export * from './identity';
export * from './organisaties';
export * from './personen';
export * from './platform';
export * from './meldingen';
export * from './notificaties';
export * from './verzuimagenda';
export * from './rapportage';
export * from './casus';
export * from './overleg';
export * from './nazorg';
export * from './sso';
export * from './jongere';
export * from './zoeken';
export * from './overzicht';
