import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import {
  APP_CONFIG,
  AuthGuard,
  CoreModule,
  createQueue,
  ProblemFilter,
  QUEUE_SCAN,
  TenantTransactionInterceptor,
  type AppConfig,
} from '@rmc/server-core';
import { casusNazorgBron, CasusModule } from '@rmc/server-casus';
import { IdentityModule } from '@rmc/server-identity';
import { JongereModule } from '@rmc/server-jongere';
import { MeldingenModule } from '@rmc/server-meldingen';
import { NotificatiesModule } from '@rmc/server-notificaties';
import { OrganisatiesModule } from '@rmc/server-organisaties';
import { OverlegModule } from '@rmc/server-overleg';
import { NazorgBronnenModule, NazorgModule } from '@rmc/server-nazorg';
import { PersonenModule, persoonNazorgBron } from '@rmc/server-personen';
import { PlatformModule } from '@rmc/server-platform';
import { RapportageModule } from '@rmc/server-rapportage';
import { SsoModule } from '@rmc/server-sso';
import { VerzuimagendaModule } from '@rmc/server-verzuimagenda';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { OverzichtController } from './overzicht/overzicht.controller';
import { OverzichtService } from './overzicht/overzicht.service';
import { throttlerStorage } from './redis-throttler-storage';
import { SCAN_QUEUE } from './wachtrij-stand';
import { WachtrijenController } from './wachtrijen.controller';
import { ZoekenController } from './zoeken/zoeken.controller';
import { ZoekenService } from './zoeken/zoeken.service';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        // Counters shared by all API instances in Redis (ADR 0016).
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
          storage: throttlerStorage(config),
        }),
        NotificatiesModule,
        IdentityModule,
        SsoModule,
        OrganisatiesModule,
        PersonenModule,
        PlatformModule,
        MeldingenModule,
        CasusModule,
        OverlegModule,
        NazorgModule,
        // Nazorg's ports (the task list's case and person), implemented by casus and personen (they sit above nazorg).
        NazorgBronnenModule.forRoot({ casus: casusNazorgBron, personen: persoonNazorgBron }),
        VerzuimagendaModule,
        RapportageModule,
        JongereModule,
      ],
      controllers: [HealthController, WachtrijenController, MetricsController, ZoekenController, OverzichtController],
      providers: [
        // Search over the contexts' own search queries (issue 13).
        ZoekenService,
        // The start page's counts over the contexts' exported count queries (issue 13).
        OverzichtService,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Only read here (counts, schedulers, failed ticks); the workers own the schedulers.
        { provide: SCAN_QUEUE, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createQueue(c, QUEUE_SCAN) },
      ],
    };
  }
}
