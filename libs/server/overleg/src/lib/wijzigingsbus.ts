import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@rmc/server-core';
import { Client } from 'pg';
import { Subject } from 'rxjs';

const KANAAL = 'rmc_overleg';

/**
 * Change signals of meetings across API replicas, over PostgreSQL LISTEN/NOTIFY: a change committed on
 * one replica reaches the live streams on every replica. The payload is only the meeting id. While the
 * listening connection is down (database restart), signals fall back to this replica and the
 * connection is re-established; clients refetch on the next signal.
 */
@Injectable()
export class Wijzigingsbus implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Wijzigingsbus');
  readonly signalen = new Subject<string>();
  private client: Client | null = null;
  private gestopt = false;
  private herstel: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.verbind();
  }

  async onModuleDestroy(): Promise<void> {
    this.gestopt = true;
    if (this.herstel) clearTimeout(this.herstel);
    await this.client?.end().catch(() => undefined);
  }

  private async verbind(): Promise<void> {
    // keepAlive: a half-open connection (host gone) is noticed and replaced instead of hanging.
    const client = new Client({
      connectionString: this.config.appDatabaseUrl,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      query_timeout: 2_000,
    });
    const opnieuw = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      if (!this.gestopt) this.herstel = setTimeout(() => void this.verbind(), 1_000);
    };
    client.on('notification', (n) => n.channel === KANAAL && n.payload && this.signalen.next(n.payload));
    client.on('error', (err) => {
      this.log.warn({ msg: 'listen connection lost; reconnecting', err: err.message });
      opnieuw();
    });
    client.on('end', opnieuw);
    try {
      await client.connect();
      await client.query(`LISTEN ${KANAAL}`);
      this.client = client;
    } catch (err) {
      this.log.warn({ msg: 'listen connection failed; retrying', err: String(err) });
      client.end().catch(() => undefined);
      if (!this.gestopt) this.herstel = setTimeout(() => void this.verbind(), 1_000);
    }
  }

  /**
   * After commit: tell every replica (this one included, through its own LISTEN). Fire and forget: a
   * slow or broken listening connection never holds up the request that made the change.
   */
  meld(overlegId: string): void {
    const client = this.client;
    if (!client) return this.signalen.next(overlegId);
    client.query(`SELECT pg_notify($1, $2)`, [KANAAL, overlegId]).catch(() => this.signalen.next(overlegId));
  }
}
