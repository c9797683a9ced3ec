import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Db, DEFAULT_JOB_OPTS, JOB_MAIL_VERZEND, mailJobId } from '@rmc/server-core';
import type { Queue } from 'bullmq';
import { plaatsMails } from './data/outbox.queries';
import { MAIL_QUEUE } from './tokens';

export interface UitgaandeMail {
  /** Idempotency key: one mail per key, ever (e.g. `uitnodiging-<tokenId>`). */
  sleutel: string;
  ontvanger: string;
  onderwerp: string;
  /** Plain text; templates never carry personal data of young people — only a link into the portal. */
  tekst: string;
  /**
   * A set-password mail: the id of its `wachtwoord_token` row. The text carries
   * WACHTWOORD_TOKEN_PLAATSHOUDER where the link's token goes; the relay makes the token at send
   * time, so the outbox never holds a usable link.
   */
  wachtwoordTokenId?: string;
  /**
   * A one-time link owned by another context (e.g. the young person's invitation, `jongere-link`): its
   * row id. The text carries WACHTWOORD_TOKEN_PLAATSHOUDER where the token goes; the relay makes the
   * token and hands its hash to the owner's {@link MailLinkZetter} at send time.
   */
  link?: { soort: string; id: string };
}

/**
 * The owner of a one-time link sets a fresh token's hash on its row, when that link is still open (one
 * `Db.systeem` statement); false when it was used, voided or expired (the mail is then dropped).
 */
export type MailLinkZetter = (sql: Pick<Db, 'systeem'>, linkId: string, hash: string) => Promise<boolean>;

/** Stands for the set-password (or other one-time link's) token in an outbox text until the relay sends it. */
export const WACHTWOORD_TOKEN_PLAATSHOUDER = '{{token}}';

/**
 * Transactional outbox: the mail row commits with the domain change; after commit a job with a
 * deterministic id is enqueued. If Redis is down the worker's reconciler enqueues it later.
 */
@Injectable()
export class OutboxService implements OnModuleDestroy {
  private readonly log = new Logger('Outbox');

  constructor(
    private readonly db: Db,
    @Inject(MAIL_QUEUE) private readonly queue: Queue,
  ) {}

  async plaats(mail: UitgaandeMail): Promise<string> {
    const [{ id }] = await plaatsMails(this.db, [mail], 'teruggeven');
    this.db.afterCommit(() => this.queue.add(JOB_MAIL_VERZEND, { outboxId: id }, { ...DEFAULT_JOB_OPTS, jobId: mailJobId(id) }));
    this.log.log({ msg: 'mail queued', outboxId: id });
    return id;
  }

  async onModuleDestroy() {
    await this.queue.close();
  }
}
