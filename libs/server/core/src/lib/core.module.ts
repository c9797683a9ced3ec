import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { AuditService } from './audit/audit.service';
import { RecordAccess } from './auth/record-access';
import { APP_CONFIG, type AppConfig } from './config/config';
import { dataSourceOptions } from '@rmc/server-database';
import { ExportDienst } from './export/export-dienst';
import { PdfRenderer } from './pdf/pdf-renderer';
import { ERASURE_PARTICIPANTS, PersoonWisser, type WisDeelnemer } from './persoonsgegevens/verwijderen';
import { Db } from './tenancy/db.service';

/** Config, the app-role data source, the request context and the audit. Shared by api and worker. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.appDatabaseUrl, config.dbPoolMax) }),
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            setup: (cls, req) => {
              const incoming = req.headers['x-request-id'];
              cls.set('traceId', typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID());
              cls.set('herkomst', 'api');
            },
          },
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Filled by the context modules (`wisDeelnemer(...)`), run by PersoonWisser.
        { provide: ERASURE_PARTICIPANTS, useValue: [] as WisDeelnemer[] },
        Db,
        AuditService,
        RecordAccess,
        PdfRenderer,
        ExportDienst,
        PersoonWisser,
      ],
      exports: [APP_CONFIG, ERASURE_PARTICIPANTS, Db, AuditService, RecordAccess, PdfRenderer, ExportDienst, PersoonWisser],
    };
  }
}
