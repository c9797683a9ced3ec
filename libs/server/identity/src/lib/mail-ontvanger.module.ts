import { Global, Module } from '@nestjs/common';
import { MAIL_ONTVANGER_PORT } from '@rmc/server-notificaties';
import { identityMailOntvanger } from './data/mail-ontvanger.queries';

/**
 * Provides the notificaties context's `MailOntvangerPort` (identity owns the accounts). Global, so the
 * notificaties services find it; imported by `IdentityModule` (API) and by the worker, which sends mail
 * without the rest of identity.
 */
@Global()
@Module({
  providers: [{ provide: MAIL_ONTVANGER_PORT, useValue: identityMailOntvanger }],
  exports: [MAIL_ONTVANGER_PORT],
})
export class MailOntvangerModule {}
