import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, forceRls, grant } from '@rmc/server-database';

/**
 * Single sign-on per organisation (docs/adr/0017-oidc-sso.md).
 *
 * - `sso_idp`: an OIDC identity provider of one organisation of a region (`regio_id` + `organisatie_id`,
 *   configured by the region) or of one school instelling (`instelling_id`, configured by the platform).
 *   The client secret is stored AES-256-GCM encrypted (`client_secret_versleuteld`). RLS: the region's
 *   own rows, or the platform. The login flow runs before anyone is known, so it reads a provider only
 *   through the SECURITY DEFINER functions below (owner admitted by the policy `sso_idp_eigenaar`).
 * - `sso_koppeling`: which account a provider's subject (`sub`) belongs to, made at the first login.
 * - `sso_aanvraag`: a login in progress (state, nonce, PKCE verifier; after the callback, a TOTP step
 *   still to do), keyed by the SHA-256 of an opaque cookie, ten minutes at most.
 * - `sso_sessie`: the provider's `sub`/`sid` of a platform session, for back-channel and RP-initiated logout.
 * These three have no RLS: they are read before a region or a user is known (like `login_poging`).
 */
export class Sso1735310000000 implements MigrationInterface {
  name = 'Sso1735310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sso_idp (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid REFERENCES regio(id),
        organisatie_id uuid REFERENCES organisatie(id),
        instelling_id uuid REFERENCES instelling(id),
        naam text NOT NULL CHECK (length(naam) BETWEEN 2 AND 100),
        issuer text NOT NULL,
        client_id text NOT NULL,
        client_secret_versleuteld text NOT NULL,
        domeinen text[] NOT NULL CHECK (cardinality(domeinen) >= 1),
        gebruiker_claim text NOT NULL DEFAULT 'email',
        mfa_acr text[] NOT NULL DEFAULT '{}',
        wachtwoord_login_uit boolean NOT NULL DEFAULT false,
        actief boolean NOT NULL DEFAULT true,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz NOT NULL DEFAULT now(),
        CHECK ((regio_id IS NOT NULL AND organisatie_id IS NOT NULL AND instelling_id IS NULL)
            OR (regio_id IS NULL AND organisatie_id IS NULL AND instelling_id IS NOT NULL))
      );
      CREATE INDEX sso_idp_regio_idx ON sso_idp (regio_id, naam);
      CREATE INDEX sso_idp_organisatie_idx ON sso_idp (organisatie_id) WHERE actief;
      CREATE INDEX sso_idp_instelling_idx ON sso_idp (instelling_id) WHERE actief;

      CREATE TABLE sso_koppeling (
        idp_id uuid NOT NULL REFERENCES sso_idp(id) ON DELETE CASCADE,
        subject text NOT NULL,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idp_id, subject),
        UNIQUE (idp_id, gebruiker_id)
      );

      CREATE TABLE sso_aanvraag (
        sleutel text PRIMARY KEY,
        idp_id uuid NOT NULL REFERENCES sso_idp(id) ON DELETE CASCADE,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        gebruiker_id uuid REFERENCES gebruiker(id) ON DELETE CASCADE,
        lidmaatschap_id uuid,
        subject text,
        sid text,
        id_token_versleuteld text,
        verloopt_op timestamptz NOT NULL
      );
      CREATE INDEX sso_aanvraag_verloopt_idx ON sso_aanvraag (verloopt_op);

      CREATE TABLE sso_sessie (
        sessie_id uuid PRIMARY KEY REFERENCES sessie(id) ON DELETE CASCADE,
        idp_id uuid NOT NULL REFERENCES sso_idp(id) ON DELETE CASCADE,
        subject text NOT NULL,
        sid text,
        id_token_versleuteld text,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sso_sessie_sub_idx ON sso_sessie (idp_id, subject);
      CREATE INDEX sso_sessie_sid_idx ON sso_sessie (idp_id, sid) WHERE sid IS NOT NULL;
    `);
    await forceRls(q, 'sso_idp', `regio_id = (SELECT app_regio()) OR (SELECT app_platform())`);
    await grant(q, ['sso_idp'], 'SELECT, INSERT, UPDATE');
    await grant(q, ['sso_koppeling'], 'SELECT, INSERT');
    await grant(q, ['sso_aanvraag', 'sso_sessie'], 'SELECT, INSERT, UPDATE, DELETE');
    await q.query(`
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY sso_idp_eigenaar ON sso_idp FOR SELECT USING (current_user = %L)', current_user);
      END $$;

      -- The login buttons: name and domains of the active providers, nothing else.
      CREATE FUNCTION sso_idp_knoppen()
        RETURNS TABLE (id uuid, naam text, domeinen text[])
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT i.id, i.naam, i.domeinen FROM sso_idp i WHERE i.actief ORDER BY i.naam, i.id
        $f$;

      -- One active provider for the flow (start, callback, logout, back-channel logout).
      CREATE FUNCTION sso_idp_voor_login(p_id uuid)
        RETURNS TABLE (id uuid, regio_id uuid, organisatie_id uuid, instelling_id uuid, naam text, issuer text,
                       client_id text, client_secret_versleuteld text, domeinen text[], gebruiker_claim text, mfa_acr text[])
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT i.id, i.regio_id, i.organisatie_id, i.instelling_id, i.naam, i.issuer, i.client_id, i.client_secret_versleuteld,
                 i.domeinen, i.gebruiker_claim, i.mfa_acr
            FROM sso_idp i WHERE i.id = p_id AND i.actief
        $f$;

      -- Whether an active provider of this organisation (or of this instelling) switched password login off.
      CREATE FUNCTION sso_wachtwoord_uit(p_organisatie_id uuid, p_instelling_id uuid)
        RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT EXISTS (SELECT 1 FROM sso_idp i
                          WHERE i.actief AND i.wachtwoord_login_uit
                            AND (i.organisatie_id = p_organisatie_id OR i.instelling_id = p_instelling_id))
        $f$;
      REVOKE ALL ON FUNCTION sso_idp_knoppen() FROM PUBLIC;
      REVOKE ALL ON FUNCTION sso_idp_voor_login(uuid) FROM PUBLIC;
      REVOKE ALL ON FUNCTION sso_wachtwoord_uit(uuid, uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION sso_idp_knoppen() TO ${APP_ROLE};
      GRANT EXECUTE ON FUNCTION sso_idp_voor_login(uuid) TO ${APP_ROLE};
      GRANT EXECUTE ON FUNCTION sso_wachtwoord_uit(uuid, uuid) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION sso_wachtwoord_uit(uuid, uuid);
      DROP FUNCTION sso_idp_voor_login(uuid);
      DROP FUNCTION sso_idp_knoppen();
      DROP TABLE sso_sessie;
      DROP TABLE sso_aanvraag;
      DROP TABLE sso_koppeling;
      DROP TABLE sso_idp;
    `);
  }
}
