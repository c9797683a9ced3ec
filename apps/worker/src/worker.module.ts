import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  APP_CONFIG,
  CoreModule,
  createLogger,
  Db,
  QUEUE_AUDIT,
  QUEUE_IMPORT,
  QUEUE_MAIL,
  QUEUE_SCAN,
  type AppConfig,
} from '@rmc/server-core';
import { dataSourceOptions } from '@rmc/server-database';
import { importDataSource } from '@rmc/server-meldingen';
import { MAIL_ONTVANGER_PORT, MailRelay, NotificatiesModule, type MailOntvangerPort } from '@rmc/server-notificaties';
import { MailOntvangerModule } from '@rmc/server-identity';
import { casusNazorgBron, CasusWissenModule } from '@rmc/server-casus';
import { JONGERE_LINK_SOORT, JongereWissenModule, zetJongereLinkHash } from '@rmc/server-jongere';
import { MeldingenWissenModule } from '@rmc/server-meldingen';
import { NazorgBronnenModule, NazorgWissenModule } from '@rmc/server-nazorg';
import { OverlegWissenModule } from '@rmc/server-overleg';
import { PersonenWissenModule, persoonNazorgBron } from '@rmc/server-personen';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AuditProcessor } from './audit.processor';
import { ImportProcessor } from './import.processor';
import { MailProcessor } from './mail.processor';
import { ScanProcessor } from './scan.processor';
import {
  AUDIT_DB,
  IMPORT_BRON,
  MAIL_TRANSPORT,
  SCAN_DB,
  WORKER_LOG,
  WORKER_OPTIES,
  type WorkerLog,
  type WorkerOptions,
} from './tokens';

/** The worker's own pools, closed at shutdown. */
const POOLS = Symbol('POOLS');

/** The worker's main pool (the mail relay, the outbox reconciler): 5 connections, as the app role. */
const WORKER_POOL = 5;

/** A data source of its own, opened at startup, closed by {@link Werk} at shutdown. */
async function eigenPool(ds: DataSource, pools: DataSource[]): Promise<DataSource> {
  await ds.initialize();
  pools.push(ds);
  return ds;
}

/**
 * Starts the processors once every provider exists, stops them before the container closes the
 * queues and pools they use (`stop`, called by `startWorker().close()`), and closes the worker's own pools.
 */
@Injectable()
export class Werk implements OnApplicationBootstrap, OnApplicationShutdown {
  private gestopt?: Promise<void>;

  constructor(
    private readonly mail: MailProcessor,
    private readonly imports: ImportProcessor,
    private readonly scan: ScanProcessor,
    private readonly audit: AuditProcessor,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter,
    @Inject(WORKER_LOG) private readonly log: WorkerLog,
    @Inject(POOLS) private readonly pools: DataSource[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.mail.start();
    this.imports.start();
    // Reminders, retention and the digest: BullMQ job schedulers per region on the scan queue, shared by
    // all workers; the database decides what is due and claims by key, so a lost Redis only delays (ADR 0009, 0013).
    await this.scan.start();
    // Seals the audit log into its hash chains: one scheduler shared by all workers (ADR 0015).
    await this.audit.start();
    this.log.info({ msg: 'worker started', queues: [QUEUE_MAIL, QUEUE_IMPORT, QUEUE_SCAN, QUEUE_AUDIT] });
  }

  /** Stops taking jobs and waits for the running ones (idempotent). */
  stop(): Promise<void> {
    this.gestopt ??= (async () => {
      await this.scan.stop();
      await this.audit.stop();
      await this.mail.stop();
      await this.imports.stop();
    })();
    return this.gestopt;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
    for (const ds of this.pools) if (ds.isInitialized) await ds.destroy();
    this.transport.close();
  }
}

/**
 * The worker as a Nest application context (no HTTP): the same CoreModule (config, the tenancy service
 * `Db`, the request store, audit) and the notificaties context's module (outbox queue) as the API, plus
 * the processors. Every tenant statement goes through `Db` (ADR 0005, 0013).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, opts: WorkerOptions): DynamicModule {
    const pools: DataSource[] = [];
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ ...config, dbPoolMax: WORKER_POOL }),
        NotificatiesModule,
        // Identity's side of the mail (recipients, set-password tokens): the port notificaties declares.
        MailOntvangerModule,
        // Retention erases persons: the same erasure participants the contexts register in the API.
        NazorgWissenModule,
        CasusWissenModule,
        OverlegWissenModule,
        MeldingenWissenModule,
        PersonenWissenModule,
        JongereWissenModule,
        // The scan's and retention's case and person sides: nazorg's ports, implemented by casus and personen.
        NazorgBronnenModule.forRoot({ casus: casusNazorgBron, personen: persoonNazorgBron }),
      ],
      providers: [
        { provide: WORKER_OPTIES, useValue: opts },
        { provide: WORKER_LOG, useValue: createLogger(config.logLevel) },
        { provide: POOLS, useValue: pools },
        // Its own small pool: a long tick never takes the connections of the mail relay or an import.
        {
          provide: SCAN_DB,
          useFactory: async () => Db.van(await eigenPool(new DataSource(dataSourceOptions(config.appDatabaseUrl, 3)), pools)),
        },
        {
          provide: AUDIT_DB,
          useFactory: async () => Db.van(await eigenPool(new DataSource(dataSourceOptions(config.appDatabaseUrl, 1)), pools)),
        },
        // CSV imports: their own pool of 2; an import never waits for, nor takes, the scan's or the relay's connections.
        { provide: IMPORT_BRON, useFactory: () => eigenPool(importDataSource(config.appDatabaseUrl), pools) },
        {
          provide: MAIL_TRANSPORT,
          useFactory: () =>
            createTransport(config.smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
        },
        {
          // The claim's lease equals the job lock: a killed sender's row is offered again once both expire.
          provide: MailRelay,
          inject: [Db, MAIL_ONTVANGER_PORT, MAIL_TRANSPORT, WORKER_LOG, APP_CONFIG],
          useFactory: (db: Db, accounts: MailOntvangerPort, transport: Transporter, log: WorkerLog, cfg: AppConfig) =>
            new MailRelay(db, accounts, transport, cfg.mailFrom, {}, log, opts.lockDurationMs ?? 30_000, {
              [JONGERE_LINK_SOORT]: zetJongereLinkHash,
            }),
        },
        MailProcessor,
        ImportProcessor,
        ScanProcessor,
        AuditProcessor,
        Werk,
      ],
    };
  }
}
