import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forceRls, grant } from '../sql-helpers';

/**
 * The case through the routekaart, shared with chain partners slice by slice.
 * Partners work inside the region (same app.regio_id), so region-level RLS is not enough: case data is
 * readable by the region's RMC roles, and by a partner organisation only through an active share
 * (casus_deling) — written as RLS too, so a CASL bug cannot open a case to a partner.
 * Context adds app.rol and app.organisatie_id.
 */
export class Casus1732600000000 implements MigrationInterface {
  name = 'Casus1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_organisatie() RETURNS uuid LANGUAGE sql STABLE AS
        $f$ SELECT NULLIF(current_setting('app.organisatie_id', true), '')::uuid $f$;
      CREATE FUNCTION app_is_rmc() RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT coalesce(current_setting('app.rol', true), '') IN ('regio-coordinator', 'regio-consulent', 'leerplichtambtenaar') $f$;
      -- Jobs and the seed run without a role: they act for the region as a whole (never a request).
      CREATE FUNCTION app_rol_leeg() RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT coalesce(current_setting('app.rol', true), '') = '' $f$;

      ALTER TABLE casus
        ADD COLUMN bron_toelichting text,
        ADD COLUMN oordeel_signalering jsonb,
        ADD COLUMN intake jsonb,
        ADD COLUMN big5 jsonb,
        ADD COLUMN procesregie_id uuid REFERENCES gebruiker(id),
        ADD COLUMN casusregie_organisatie_id uuid REFERENCES organisatie(id),
        ADD COLUMN evaluatie jsonb,
        ADD COLUMN sluitreden text,
        ADD COLUMN sluit_onderbouwing text,
        ADD COLUMN afgesloten_op timestamptz,
        ADD COLUMN nazorg_tot date,
        ADD COLUMN gewijzigd_op timestamptz NOT NULL DEFAULT now();

      CREATE TABLE casus_deling (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        casus_id uuid NOT NULL REFERENCES casus(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        organisatie_id uuid NOT NULL REFERENCES organisatie(id),
        grondslag text NOT NULL CHECK (grondslag IN ('toestemming', 'wettelijke-taak')),
        toestemming jsonb,
        vierstappen jsonb,
        doel text NOT NULL,
        secties text[] NOT NULL,
        eind_datum date NOT NULL,
        ingetrokken_op timestamptz,
        aangemaakt_door uuid NOT NULL REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX casus_deling_casus_idx ON casus_deling (casus_id);
      CREATE INDEX casus_deling_org_idx ON casus_deling (organisatie_id);

      CREATE FUNCTION casus_gedeeld_met_mij(c uuid) RETURNS boolean LANGUAGE sql STABLE AS
        $f$ SELECT EXISTS (SELECT 1 FROM casus_deling d WHERE d.casus_id = c AND d.organisatie_id = app_organisatie()
              AND d.ingetrokken_op IS NULL AND d.eind_datum >= current_date) $f$;

      CREATE TABLE levensdomein_scan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        casus_id uuid NOT NULL REFERENCES casus(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        datum date NOT NULL,
        scores jsonb NOT NULL,
        door uuid REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE plan_actie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        casus_id uuid NOT NULL REFERENCES casus(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        omschrijving text NOT NULL,
        eigenaar_organisatie_id uuid REFERENCES organisatie(id),
        eigenaar_gebruiker_id uuid REFERENCES gebruiker(id),
        deadline date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'niet-gedaan', 'niet-mogelijk')),
        toelichting text,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE contactmoment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        casus_id uuid NOT NULL REFERENCES casus(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        datum date NOT NULL,
        vorm text NOT NULL,
        uitkomst text NOT NULL,
        notitie text,
        door uuid REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE partner_notitie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        casus_id uuid NOT NULL REFERENCES casus(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        organisatie_id uuid NOT NULL REFERENCES organisatie(id),
        tekst text NOT NULL,
        door uuid REFERENCES gebruiker(id),
        op timestamptz NOT NULL DEFAULT now()
      );

      -- Persons: only the region's RMC roles, or a partner with an active share on one of the person's cases.
      DROP POLICY persoon_tenant ON persoon;
      CREATE POLICY persoon_tenant ON persoon
        USING (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR EXISTS (SELECT 1 FROM casus c WHERE c.persoon_id = persoon.id AND casus_gedeeld_met_mij(c.id))))
        WITH CHECK (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg()));
    `);
    await q.query(`
      DROP POLICY casus_tenant ON casus;
      CREATE POLICY casus_tenant ON casus
        USING (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR casus_gedeeld_met_mij(id)))
        WITH CHECK (regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR casus_gedeeld_met_mij(id)));
    `);
    const rmcOfGedeeld = `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR casus_gedeeld_met_mij(casus_id))`;
    await forceRls(q, 'levensdomein_scan', rmcOfGedeeld, `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`);
    await forceRls(q, 'plan_actie', rmcOfGedeeld);
    await forceRls(q, 'contactmoment', rmcOfGedeeld, `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`);
    await forceRls(q, 'partner_notitie', rmcOfGedeeld);
    await forceRls(
      q,
      'casus_deling',
      `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR organisatie_id = app_organisatie())`,
      `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`,
    );
    await grant(
      q,
      ['casus_deling', 'levensdomein_scan', 'plan_actie', 'contactmoment', 'partner_notitie'],
      'SELECT, INSERT, UPDATE',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE partner_notitie, contactmoment, plan_actie, levensdomein_scan;
      DROP POLICY casus_tenant ON casus;
      CREATE POLICY casus_tenant ON casus USING (regio_id = app_regio()) WITH CHECK (regio_id = app_regio());
      DROP POLICY persoon_tenant ON persoon;
      CREATE POLICY persoon_tenant ON persoon USING (regio_id = app_regio()) WITH CHECK (regio_id = app_regio());
      DROP FUNCTION casus_gedeeld_met_mij(uuid);
      DROP TABLE casus_deling;
      ALTER TABLE casus DROP COLUMN bron_toelichting, DROP COLUMN oordeel_signalering, DROP COLUMN intake, DROP COLUMN big5, DROP COLUMN procesregie_id,
        DROP COLUMN casusregie_organisatie_id, DROP COLUMN evaluatie, DROP COLUMN sluitreden, DROP COLUMN sluit_onderbouwing, DROP COLUMN afgesloten_op,
        DROP COLUMN nazorg_tot, DROP COLUMN gewijzigd_op;
      DROP FUNCTION app_rol_leeg(), app_is_rmc(), app_organisatie();
    `);
  }
}
