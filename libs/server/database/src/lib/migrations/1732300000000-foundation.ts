import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, forceRls, grant } from '../sql-helpers';

/**
 * Foundation schema. Tenant tables carry regio_id and are protected by FORCE RLS; the app connects
 * as a member of APP_ROLE (no ownership, no BYPASSRLS). Context comes from set_config(..., true)
 * per transaction: app.regio_id, app.gebruiker_id, app.platform. Missing context reads zero rows.
 * Registries (gemeente, pc4, instelling, vestiging, regio) and identity tables are not tenant data:
 * see docs/adr/0003-tenancy-model.md.
 */
export class Foundation1732300000000 implements MigrationInterface {
  name = 'Foundation1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE};

      CREATE FUNCTION app_regio() RETURNS uuid LANGUAGE sql STABLE AS
        $f$ SELECT NULLIF(current_setting('app.regio_id', true), '')::uuid $f$;
      CREATE FUNCTION app_gebruiker() RETURNS uuid LANGUAGE sql STABLE AS
        $f$ SELECT NULLIF(current_setting('app.gebruiker_id', true), '')::uuid $f$;
      CREATE FUNCTION app_platform() RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $f$;

      CREATE TABLE regio (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        naam text NOT NULL UNIQUE,
        contactgemeente_code text NOT NULL,
        instellingen jsonb NOT NULL,
        actief boolean NOT NULL DEFAULT true,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE gemeente (
        code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
        naam text NOT NULL,
        regio_id uuid REFERENCES regio(id)
      );
      ALTER TABLE regio ADD CONSTRAINT regio_contactgemeente_fk FOREIGN KEY (contactgemeente_code) REFERENCES gemeente(code) DEFERRABLE INITIALLY DEFERRED;
      CREATE TABLE pc4_gemeente (
        pc4 integer PRIMARY KEY CHECK (pc4 BETWEEN 1000 AND 9999),
        gemeente_code text NOT NULL REFERENCES gemeente(code)
      );
      CREATE TABLE instelling (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        naam text NOT NULL,
        brin text NOT NULL UNIQUE
      );
      CREATE TABLE vestiging (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instelling_id uuid NOT NULL REFERENCES instelling(id),
        naam text NOT NULL,
        plaats text NOT NULL,
        postcode text NOT NULL
      );

      CREATE TABLE organisatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        naam text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('regio-team','pro-vso-school','werk-en-inkomen','wijkteam','jeugdhulp','ggd','leerplicht','overig')),
        gemeente_code text REFERENCES gemeente(code),
        actief boolean NOT NULL DEFAULT true,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (regio_id, naam)
      );

      CREATE TABLE gebruiker (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        naam text NOT NULL,
        wachtwoord_hash text,
        totp_secret text,
        totp_actief boolean NOT NULL DEFAULT false,
        actief boolean NOT NULL DEFAULT true,
        mislukte_pogingen integer NOT NULL DEFAULT 0,
        geblokkeerd_tot timestamptz,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX gebruiker_email_uq ON gebruiker (lower(email));

      CREATE TABLE lidmaatschap (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        rol text NOT NULL,
        regio_id uuid REFERENCES regio(id),
        organisatie_id uuid REFERENCES organisatie(id),
        vestiging_id uuid REFERENCES vestiging(id),
        -- Deactivating a user in one region ends only that region's memberships.
        actief boolean NOT NULL DEFAULT true,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        CHECK ((regio_id IS NULL) = (organisatie_id IS NULL))
      );
      CREATE UNIQUE INDEX lidmaatschap_uq ON lidmaatschap (gebruiker_id, rol, coalesce(organisatie_id::text, ''), coalesce(vestiging_id::text, ''));
      CREATE INDEX lidmaatschap_regio_idx ON lidmaatschap (regio_id);

      CREATE TABLE sessie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        lidmaatschap_id uuid NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        laatst_actief_op timestamptz NOT NULL DEFAULT now(),
        inactief_minuten integer NOT NULL,
        max_uren integer NOT NULL,
        ingetrokken_op timestamptz
      );
      CREATE INDEX sessie_gebruiker_idx ON sessie (gebruiker_id);

      CREATE TABLE wachtwoord_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        verloopt_op timestamptz NOT NULL,
        gebruikt_op timestamptz
      );

      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sleutel text NOT NULL UNIQUE,
        ontvanger text NOT NULL,
        onderwerp text NOT NULL,
        tekst text NOT NULL,
        status text NOT NULL DEFAULT 'wacht' CHECK (status IN ('wacht','verzonden','mislukt')),
        pogingen integer NOT NULL DEFAULT 0,
        laatste_fout text,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        verzonden_op timestamptz
      );
      CREATE INDEX email_outbox_wacht_idx ON email_outbox (aangemaakt_op) WHERE status = 'wacht';

      CREATE TABLE persoon (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        bsn text NOT NULL,
        voornaam text NOT NULL,
        achternaam text NOT NULL,
        geboortedatum date NOT NULL,
        postcode text NOT NULL,
        gemeente_code text REFERENCES gemeente(code),
        telefoon text,
        email text,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (regio_id, bsn)
      );

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        tijdstip timestamptz NOT NULL DEFAULT clock_timestamp(),
        regio_id uuid,
        actor_id uuid,
        namens_id uuid,
        rol text,
        organisatie_id uuid,
        actie text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        persoon_pseudo text,
        doel text NOT NULL,
        resultaat text NOT NULL CHECK (resultaat IN ('toegestaan','geweigerd')),
        herkomst text,
        trace_id text
      );
      CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id);
      CREATE INDEX audit_log_pseudo_idx ON audit_log (persoon_pseudo);
    `);

    // Tenant tables: FORCE RLS.
    await forceRls(q, 'organisatie', `regio_id = app_regio() OR app_platform()`);
    await forceRls(
      q,
      'lidmaatschap',
      `regio_id = app_regio() OR gebruiker_id = app_gebruiker() OR app_platform()`,
      `regio_id = app_regio() OR app_platform()`,
    );
    await forceRls(q, 'persoon', `regio_id = app_regio()`);
    // Audit: insert-only for the app (own region or none); nobody reads it through the app role.
    await q.query(`
      ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
      CREATE POLICY audit_insert ON audit_log FOR INSERT WITH CHECK (regio_id IS NULL OR regio_id = app_regio());
    `);

    await grant(q, ['regio', 'gemeente', 'pc4_gemeente', 'instelling', 'vestiging'], 'SELECT, INSERT, UPDATE');
    await grant(q, ['organisatie', 'lidmaatschap', 'persoon'], 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, ['gebruiker', 'sessie', 'wachtwoord_token', 'email_outbox'], 'SELECT, INSERT, UPDATE');
    await grant(q, ['audit_log'], 'INSERT');
    await q.query(`GRANT USAGE ON SEQUENCE audit_log_id_seq TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_log, persoon, email_outbox, wachtwoord_token, sessie, lidmaatschap, gebruiker,
        organisatie, vestiging, instelling, pc4_gemeente;
      ALTER TABLE regio DROP CONSTRAINT regio_contactgemeente_fk;
      DROP TABLE gemeente, regio;
      DROP FUNCTION app_regio(), app_gebruiker(), app_platform();
    `);
  }
}
