import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may change which provider (docs/adr/0017-oidc-sso.md, decision 2): a region its own organisations'
 * providers; the platform the providers of school instellingen. The platform still reads every provider
 * (support: "SSO does not work in our region"), but no longer inserts or updates a region's. The one
 * policy for all commands is split: read as before, write by owner.
 */
export class SsoIdpPlatformAlleenInstellingen1735750000000 implements MigrationInterface {
  name = 'SsoIdpPlatformAlleenInstellingen1735750000000';

  async up(q: QueryRunner): Promise<void> {
    const schrijven = `(regio_id IS NOT NULL AND regio_id = (SELECT app_regio()))
                       OR (instelling_id IS NOT NULL AND (SELECT app_platform()))`;
    await q.query(`
      DROP POLICY sso_idp_tenant ON sso_idp;
      CREATE POLICY sso_idp_lezen ON sso_idp FOR SELECT USING (regio_id = (SELECT app_regio()) OR (SELECT app_platform()));
      CREATE POLICY sso_idp_toevoegen ON sso_idp FOR INSERT WITH CHECK (${schrijven});
      CREATE POLICY sso_idp_wijzigen ON sso_idp FOR UPDATE USING (${schrijven}) WITH CHECK (${schrijven});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY sso_idp_wijzigen ON sso_idp;
      DROP POLICY sso_idp_toevoegen ON sso_idp;
      DROP POLICY sso_idp_lezen ON sso_idp;
      CREATE POLICY sso_idp_tenant ON sso_idp USING (regio_id = (SELECT app_regio()) OR (SELECT app_platform()))
        WITH CHECK (regio_id = (SELECT app_regio()) OR (SELECT app_platform()));
    `);
  }
}
