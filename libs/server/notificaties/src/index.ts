export * from './lib/outbox.service';
export * from './lib/mail-relay';
export * from './lib/tokens';
export * from './lib/mail-ontvanger.port';
export * from './lib/notificaties.module';
export * from './lib/notificatie.service';
export * from './lib/data/notificatie.queries';
export * from './lib/data/outbox.queries';
