import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, createQueue, QUEUE_MAIL } from '@rmc/server-core';
import { OutboxService } from './outbox.service';
import { MAIL_QUEUE } from './tokens';

@Global()
@Module({
  providers: [
    { provide: MAIL_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createQueue(config, QUEUE_MAIL) },
    OutboxService,
  ],
  exports: [OutboxService, MAIL_QUEUE],
})
export class NotificatiesModule {}
