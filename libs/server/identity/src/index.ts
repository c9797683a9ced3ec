export * from './lib/identity.module';
export * from './lib/session.service';
export * from './lib/auth.service';
export * from './lib/uitnodigingen.service';
export * from './lib/tokens';
export * from './lib/data/leden.queries';
export * from './lib/data/regio-leden.queries';
