import { Db } from '@rmc/server-core';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Transporter } from 'nodemailer';
import { claimMail, geefMailTerug, laatMailVallen, markeerMailVerzonden, wachtendeMails } from './data/outbox.queries';
import type { MailOntvangerPort } from './mail-ontvanger.port';
import { WACHTWOORD_TOKEN_PLAATSHOUDER, type MailLinkZetter } from './outbox.service';

export type RelayResult = 'verzonden' | 'overgeslagen';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends one outbox row in three steps (docs/adr/0005-outbox-and-jobs.md):
 * 1. claim: a committed UPDATE to 'versturen' with a lease — only one run can hold it; a second run of
 *    the same job, or a concurrent worker, finds it claimed or sent and does nothing;
 * 2. send through SMTP, with a Message-ID derived from the row id;
 * 3. mark 'verzonden', retried until the database answers (a PostgreSQL restart during the send no
 *    longer makes the row look unsent).
 * A worker killed after claiming but before "250" leaves the claim to expire; the reconciler then
 * offers the row again. Only a kill between "250" and the mark can still duplicate (milliseconds).
 *
 * The outbox holds no secret link: a set-password mail names its token row (another context's one-time
 * link, its `link_soort` + `link_id`), and the relay sets a fresh token's hash there just before sending
 * (a resend makes the earlier link void). After delivery the body is blanked.
 */
export class MailRelay {
  private readonly db: Db;

  /**
   * `bron`: the tenancy service (the worker's) or a data source (tests). The outbox and the token rows
   * are platform bookkeeping, not tenant rows: every statement is one `Db.systeem` statement, committed on its own.
   * `accounts`: identity's side (the set-password token row), through the port identity implements.
   * `links`: per `link_soort`, the owning context's setter of its link row's hash (a mail of a kind
   * without a setter is dropped, never sent with the placeholder).
   */
  constructor(
    bron: Db | DataSource,
    private readonly accounts: Pick<MailOntvangerPort, 'zetWachtwoordTokenHash'>,
    private readonly transport: Transporter,
    private readonly from: string,
    private readonly hooks: { afterSend?: () => Promise<void> } = {},
    private readonly log: { info: (o: object) => void } = { info: (o) => console.log(JSON.stringify(o)) },
    private readonly leaseMs = 60_000,
    private readonly links: Readonly<Record<string, MailLinkZetter>> = {},
  ) {
    this.db = Db.van(bron);
  }

  async relay(outboxId: string): Promise<RelayResult> {
    const row = await claimMail(this.db, outboxId, this.leaseMs);
    if (!row) return 'overgeslagen';
    let tekst = row.tekst;
    if (row.wachtwoord_token_id) {
      // Same form as the identity context's tokens: 32 random bytes, base64url; only the SHA-256 is stored.
      const token = randomBytes(32).toString('base64url');
      const gezet = await this.accounts.zetWachtwoordTokenHash(
        this.db,
        row.wachtwoord_token_id,
        createHash('sha256').update(token).digest('hex'),
      );
      if (!gezet) {
        // The link was used or expired before it could be sent: nothing worth sending.
        await laatMailVallen(this.db, row.id, 'link al gebruikt of verlopen');
        this.log.info({ msg: 'mail dropped: set-password link used or expired', outboxId: row.id });
        return 'overgeslagen';
      }
      tekst = tekst.split(WACHTWOORD_TOKEN_PLAATSHOUDER).join(token);
    }
    if (row.link_soort && row.link_id) {
      const zet = this.links[row.link_soort];
      const token = randomBytes(32).toString('base64url');
      if (!zet || !(await zet(this.db, row.link_id, createHash('sha256').update(token).digest('hex')))) {
        await laatMailVallen(this.db, row.id, 'link al gebruikt of verlopen');
        this.log.info({ msg: 'mail dropped: one-time link used, voided or expired', outboxId: row.id, soort: row.link_soort });
        return 'overgeslagen';
      }
      tekst = tekst.split(WACHTWOORD_TOKEN_PLAATSHOUDER).join(token);
    }
    try {
      await this.transport.sendMail({
        from: this.from,
        to: row.ontvanger,
        subject: row.onderwerp,
        text: tekst,
        messageId: `<${row.id}@rmc-platform>`,
        headers: { 'X-RMC-Outbox-Id': row.id },
      });
    } catch (err) {
      // Not sent: give the row back (best effort; an expired lease does the same) and let BullMQ retry.
      await geefMailTerug(this.db, row.id, String(err).slice(0, 300)).catch(() => undefined);
      throw err;
    }
    await this.hooks.afterSend?.();
    for (let poging = 0; ; poging++) {
      try {
        await markeerMailVerzonden(this.db, row.id);
        break;
      } catch (err) {
        if (poging >= 60) throw err;
        await wacht(Math.min(500 * (poging + 1), 3_000));
      }
    }
    this.log.info({ msg: 'mail sent', outboxId: row.id });
    return 'verzonden';
  }

  /** Rows to offer again: waiting longer than `olderThanMs`, or claimed by a run whose lease expired. */
  async wachtend(olderThanMs: number, limit = 500): Promise<string[]> {
    return wachtendeMails(this.db, olderThanMs, limit);
  }
}
