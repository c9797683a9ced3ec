import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, createQueue, QUEUE_IMPORT, type AppConfig } from '@rmc/server-core';
import type { Queue } from 'bullmq';
import { IMPORT_QUEUE, ImportService } from './import.service';
import { MeldingenController } from './meldingen.controller';
import { MeldingenService } from './meldingen.service';
import { MeldingenWissenModule } from './wissen';

@Module({
  imports: [MeldingenWissenModule],
  controllers: [MeldingenController],
  exports: [MeldingenService, IMPORT_QUEUE],
  providers: [
    MeldingenService,
    ImportService,
    { provide: IMPORT_QUEUE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createQueue(config, QUEUE_IMPORT) },
  ],
})
export class MeldingenModule implements OnModuleDestroy {
  constructor(@Inject(IMPORT_QUEUE) private readonly queue: Queue) {}

  async onModuleDestroy() {
    await this.queue.close();
  }
}
