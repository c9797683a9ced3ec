import type { DataSource } from 'typeorm';
import type { Transporter } from 'nodemailer';

export type RelayResult = 'verzonden' | 'overgeslagen';

/**
 * Sends one outbox row. Claim first (row lock, SKIP LOCKED), return early if another run holds it or
 * it has already gone out, send, then mark sent in the same transaction. A second run of the same
 * job, or a run after a crash before commit, finds the row locked or sent and does nothing.
 * The Message-ID is derived from the row id, so a receiving MTA can drop the (rare) duplicate that
 * a crash between SMTP "250" and COMMIT could cause; see docs/adr/0005-outbox-and-jobs.md.
 */
export class MailRelay {
  constructor(
    private readonly ds: DataSource,
    private readonly transport: Transporter,
    private readonly from: string,
    private readonly hooks: { afterSend?: () => Promise<void> } = {},
    private readonly log: { info: (o: object) => void } = { info: (o) => console.log(JSON.stringify(o)) },
  ) {}

  async relay(outboxId: string): Promise<RelayResult> {
    return this.ds.transaction(async (em) => {
      const rows: Array<{ id: string; ontvanger: string; onderwerp: string; tekst: string }> = await em.query(
        `SELECT id, ontvanger, onderwerp, tekst FROM email_outbox WHERE id = $1 AND status = 'wacht' FOR UPDATE SKIP LOCKED`,
        [outboxId],
      );
      const row = rows[0];
      if (!row) return 'overgeslagen';
      try {
        await this.transport.sendMail({
          from: this.from,
          to: row.ontvanger,
          subject: row.onderwerp,
          text: row.tekst,
          messageId: `<${row.id}@rmc-platform>`,
          headers: { 'X-RMC-Outbox-Id': row.id },
        });
      } catch (err) {
        // Count the attempt outside this (rolled back) transaction, then let BullMQ retry with backoff.
        await this.ds.query(`UPDATE email_outbox SET pogingen = pogingen + 1, laatste_fout = $2 WHERE id = $1`, [row.id, String(err).slice(0, 300)]);
        throw err;
      }
      await this.hooks.afterSend?.();
      await em.query(`UPDATE email_outbox SET status = 'verzonden', verzonden_op = now(), pogingen = pogingen + 1 WHERE id = $1`, [row.id]);
      this.log.info({ msg: 'mail sent', outboxId: row.id });
      return 'verzonden';
    });
  }

  /** Rows that wait longer than `olderThanMs` (Redis lost the job, or the API could not enqueue). */
  async wachtend(olderThanMs: number, limit = 500): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT id FROM email_outbox WHERE status = 'wacht' AND aangemaakt_op < now() - ($1::int * interval '1 millisecond') ORDER BY aangemaakt_op LIMIT $2`,
      [olderThanMs, limit],
    );
    return rows.map((r) => r.id);
  }
}
