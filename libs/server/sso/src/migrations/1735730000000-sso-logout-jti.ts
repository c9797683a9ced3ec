import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grant } from '@rmc/server-database';

/**
 * `sso_logout_jti`: the `jti` of every accepted back-channel logout token, per provider, until the token
 * could no longer be accepted anyway (`verloopt_op`: its `exp`, at least `iat` + the accepted age). A
 * replayed token is refused (docs/adr/0017-oidc-sso.md, 9). No RLS: read before anyone is known, like
 * `sso_sessie`; expired rows are removed on every accepted logout.
 */
export class SsoLogoutJti1735730000000 implements MigrationInterface {
  name = 'SsoLogoutJti1735730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sso_logout_jti (
        idp_id uuid NOT NULL REFERENCES sso_idp(id) ON DELETE CASCADE,
        jti text NOT NULL CHECK (length(jti) BETWEEN 1 AND 200),
        verloopt_op timestamptz NOT NULL,
        PRIMARY KEY (idp_id, jti)
      );
      CREATE INDEX sso_logout_jti_verloopt_idx ON sso_logout_jti (verloopt_op);
    `);
    await grant(q, ['sso_logout_jti'], 'SELECT, INSERT, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_logout_jti`);
  }
}
