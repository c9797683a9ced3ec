import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '@rmc/server-database';

/**
 * The invitation link is made when the mail is sent (docs/adr/0018-youth-channel.md): the invitation
 * stores a link row with the hash of a token nobody holds, and the mail relay sets the hash of the
 * token it puts in the mail (`zetJongereLinkHash`, only while the link is unused and unexpired).
 */
export class JongereLinkBijVerzenden1735740000001 implements MigrationInterface {
  name = 'JongereLinkBijVerzenden1735740000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE (token_hash) ON jongere_link TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE (token_hash) ON jongere_link FROM ${APP_ROLE}`);
  }
}
