import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `email_outbox.link_soort` + `link_id`: a mail whose one-time link belongs to another context (today the
 * young person's invitation, `jongere-link`) names that context's link row; the relay makes the token
 * and sets its hash there only when it sends (as `wachtwoord_token_id` does for set-password mails), so
 * the outbox never holds a usable link. No foreign key: the owner's row may be gone, then the mail drops.
 */
export class OutboxLink1735740000000 implements MigrationInterface {
  name = 'OutboxLink1735740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE email_outbox
        ADD COLUMN link_soort text CHECK (link_soort ~ '^[a-z][a-z-]{1,40}$'),
        ADD COLUMN link_id uuid,
        ADD CONSTRAINT email_outbox_link_paar CHECK ((link_soort IS NULL) = (link_id IS NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_link_paar, DROP COLUMN link_id, DROP COLUMN link_soort`);
  }
}
