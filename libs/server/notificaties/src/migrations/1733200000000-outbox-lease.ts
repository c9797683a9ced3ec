import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox claims become durable: a row is claimed ('versturen' with a lease) in its own committed
 * transaction before the SMTP send, and marked sent afterwards with retries. A database restart during
 * the send no longer makes the row look unsent (ADR 0005).
 */
export class OutboxLease1733200000000 implements MigrationInterface {
  name = 'OutboxLease1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_status_check;
      ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_status_check CHECK (status IN ('wacht', 'versturen', 'verzonden', 'mislukt'));
      ALTER TABLE email_outbox ADD COLUMN lease_tot timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE email_outbox SET status = 'wacht' WHERE status = 'versturen';
      ALTER TABLE email_outbox DROP COLUMN lease_tot;
      ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_status_check;
      ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_status_check CHECK (status IN ('wacht', 'verzonden', 'mislukt'));
    `);
  }
}
