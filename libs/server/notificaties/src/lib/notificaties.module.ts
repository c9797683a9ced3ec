import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, createQueue, QUEUE_MAIL } from '@rmc/server-core';
import { NotificatieService } from './notificatie.service';
import { NotificatiesController } from './notificaties.controller';
import { OutboxService } from './outbox.service';
import { MAIL_QUEUE } from './tokens';

@Global()
@Module({
  controllers: [NotificatiesController],
  providers: [
    NotificatieService,
    { provide: MAIL_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createQueue(config, QUEUE_MAIL) },
    OutboxService,
  ],
  exports: [OutboxService, NotificatieService, MAIL_QUEUE],
})
export class NotificatiesModule {}
