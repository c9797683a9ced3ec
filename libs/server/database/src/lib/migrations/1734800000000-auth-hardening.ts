import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grant } from '../sql-helpers';

/**
 * Authentication hardening (ASVS L2, docs/adr/0012-login-throttle-without-enumeration.md):
 * 1. `gebruiker.totp_laatste_stap`: the last TOTP time step used; a code of that step or older is refused.
 * 2. `login_poging`: failed-login counters keyed by an HMAC of the lower-cased e-mail address, kept
 *    for known and unknown addresses alike, so a lock says nothing about whether an account exists.
 * 3. `email_outbox.wachtwoord_token_id`: an invitation row names its set-password token; the relay
 *    makes the secret link at send time, so the outbox never holds it. Sent bodies are blanked.
 * 4. The app role's grants on the tables without RLS are cut to what the code uses: UPDATE only on
 *    the columns the code writes, no DELETE or TRUNCATE (reasons per table in docs/architecture.md).
 */
const UPDATE_KOLOMMEN: Record<string, string[]> = {
  gebruiker: [
    'naam',
    'wachtwoord_hash',
    'totp_secret',
    'totp_actief',
    'totp_laatste_stap',
    'mislukte_pogingen',
    'geblokkeerd_tot',
    'mail_voorkeur',
  ],
  // laatst_actief_op: sessie_actor (runs as the app role); ingetrokken_op: logout and revocation.
  sessie: ['laatst_actief_op', 'ingetrokken_op'],
  // token_hash: the relay sets the hash of the link it sends; gebruikt_op: set-password.
  wachtwoord_token: ['token_hash', 'gebruikt_op'],
  // sleutel: the idempotent insert's ON CONFLICT DO UPDATE SET sleutel = EXCLUDED.sleutel.
  email_outbox: ['sleutel', 'status', 'lease_tot', 'pogingen', 'laatste_fout', 'verzonden_op', 'tekst'],
  systeemkoppeling: ['laatst_gebruikt_op', 'ingetrokken_op'],
};

export class AuthHardening1734800000000 implements MigrationInterface {
  name = 'AuthHardening1734800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE gebruiker ADD COLUMN totp_laatste_stap bigint;

      CREATE TABLE login_poging (
        sleutel text PRIMARY KEY,
        mislukt integer NOT NULL DEFAULT 0,
        geblokkeerd_tot timestamptz,
        laatst_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_poging_laatst_op_idx ON login_poging (laatst_op);

      ALTER TABLE email_outbox ADD COLUMN wachtwoord_token_id uuid REFERENCES wachtwoord_token (id) ON DELETE SET NULL;
      UPDATE email_outbox SET tekst = '' WHERE status = 'verzonden';
    `);
    await grant(q, ['login_poging'], 'SELECT, INSERT, UPDATE, DELETE');
    for (const [tabel, kolommen] of Object.entries(UPDATE_KOLOMMEN)) {
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${tabel} FROM ${APP_ROLE}`);
      await q.query(`GRANT UPDATE (${kolommen.join(', ')}) ON ${tabel} TO ${APP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [tabel, kolommen] of Object.entries(UPDATE_KOLOMMEN)) {
      await q.query(`REVOKE UPDATE (${kolommen.join(', ')}) ON ${tabel} FROM ${APP_ROLE}`);
      await q.query(`GRANT UPDATE ON ${tabel} TO ${APP_ROLE}`);
    }
    await q.query(`
      ALTER TABLE email_outbox DROP COLUMN wachtwoord_token_id;
      DROP TABLE login_poging;
      ALTER TABLE gebruiker DROP COLUMN totp_laatste_stap;
    `);
  }
}
