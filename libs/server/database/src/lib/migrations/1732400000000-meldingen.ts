import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forceRls, grant } from '../sql-helpers';

/**
 * Verzuimmeldingen, the verzuimagenda, triage, feedback and in-app notifications.
 * Cross-party rows are admitted by explicit policies (DESIGN.md): a school reads the meldingen its
 * vestiging filed in every region; a region reads the meldingen routed to it; an agenda is visible to
 * its instelling and to the regions that are party to it. School context: app.vestiging_id and
 * app.instelling_id, set from the verified session like app.regio_id.
 */
export class Meldingen1732400000000 implements MigrationInterface {
  name = 'Meldingen1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_vestiging() RETURNS uuid LANGUAGE sql STABLE AS
        $f$ SELECT NULLIF(current_setting('app.vestiging_id', true), '')::uuid $f$;
      CREATE FUNCTION app_instelling() RETURNS uuid LANGUAGE sql STABLE AS
        $f$ SELECT NULLIF(current_setting('app.instelling_id', true), '')::uuid $f$;

      CREATE TABLE verzuimagenda (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instelling_id uuid NOT NULL REFERENCES instelling(id),
        schooljaar text NOT NULL CHECK (schooljaar ~ '^[0-9]{4}-[0-9]{4}$'),
        versie integer NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept','ter-accordering','vastgesteld','vervangen')),
        inhoud jsonb NOT NULL,
        regio_ids uuid[] NOT NULL,
        goedkeuringen jsonb NOT NULL DEFAULT '{}',
        vorige_versie_id uuid REFERENCES verzuimagenda(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz NOT NULL DEFAULT now(),
        vastgesteld_op timestamptz,
        UNIQUE (instelling_id, schooljaar, versie)
      );

      CREATE TABLE casus (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        persoon_id uuid NOT NULL REFERENCES persoon(id),
        doelgroep text NOT NULL,
        consulent_id uuid REFERENCES gebruiker(id),
        fase text NOT NULL DEFAULT 'waarnemen',
        bron text NOT NULL DEFAULT 'melding',
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX casus_persoon_idx ON casus (persoon_id);

      CREATE TABLE melding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid REFERENCES regio(id),
        instelling_id uuid NOT NULL REFERENCES instelling(id),
        vestiging_id uuid NOT NULL REFERENCES vestiging(id),
        gemeld_door uuid REFERENCES gebruiker(id),
        agenda_id uuid REFERENCES verzuimagenda(id),
        soort text NOT NULL,
        status text NOT NULL,
        bsn text NOT NULL,
        voornaam text NOT NULL,
        achternaam text NOT NULL,
        geboortedatum date NOT NULL,
        postcode text NOT NULL,
        gemeente_code text REFERENCES gemeente(code),
        telefoon text,
        afwijkend_verblijfadres text,
        begindatum date NOT NULL,
        einddatum date,
        vermoedelijke_soort text NOT NULL,
        vermoedelijke_reden text,
        alles_gemist boolean,
        door_school_ondernomen text,
        actie_gewenst boolean NOT NULL DEFAULT false,
        toelichting_actie_gewenst text,
        melder_naam text NOT NULL,
        melder_functie text NOT NULL,
        melder_telefoon text,
        melder_email text,
        verzuim_dagen integer CHECK (verzuim_dagen >= 0),
        verzuim_uren integer CHECK (verzuim_uren >= 0),
        zorgen text[] NOT NULL DEFAULT '{}',
        afspraken_met_student text,
        betrokken_contacten text,
        lopende_hulp text,
        verwachting_van_regio text,
        vorige_melding_id uuid REFERENCES melding(id),
        volledig boolean NOT NULL,
        ontbrekend text[] NOT NULL DEFAULT '{}',
        gemeld_op timestamptz NOT NULL DEFAULT now(),
        gemeld_op_datum date NOT NULL,
        oppak_deadline date,
        opgepakt_op timestamptz,
        consulent_id uuid REFERENCES gebruiker(id),
        oordeel text CHECK (oordeel IN ('actie-vereist','geen-actie','ter-kennisneming')),
        oordeel_reden text,
        casus_id uuid REFERENCES casus(id),
        terugmeld_status text CHECK (terugmeld_status IN ('in-behandeling','afgesloten','ter-kennisneming')),
        reden_afgesloten text,
        terugmeld_toelichting text,
        regio_contactpersoon text,
        teruggemeld_op timestamptz,
        import_sleutel text,
        UNIQUE (vestiging_id, import_sleutel)
      );
      CREATE INDEX melding_regio_status_idx ON melding (regio_id, status);
      CREATE INDEX melding_vestiging_idx ON melding (vestiging_id, gemeld_op DESC);
      CREATE INDEX melding_bsn_idx ON melding (bsn);

      -- History of a melding; school-visible events only reach the school (never region notes).
      CREATE TABLE melding_gebeurtenis (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        melding_id uuid NOT NULL REFERENCES melding(id),
        regio_id uuid REFERENCES regio(id),
        vestiging_id uuid NOT NULL,
        soort text NOT NULL,
        tekst text,
        zichtbaar_voor_school boolean NOT NULL,
        door uuid REFERENCES gebruiker(id),
        op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX melding_gebeurtenis_melding_idx ON melding_gebeurtenis (melding_id, op);

      CREATE TABLE notificatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        regio_id uuid REFERENCES regio(id),
        soort text NOT NULL,
        tekst text NOT NULL,
        link text NOT NULL,
        sleutel text NOT NULL UNIQUE,
        gelezen_op timestamptz,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notificatie_gebruiker_idx ON notificatie (gebruiker_id, aangemaakt_op DESC);

      CREATE TABLE import_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vestiging_id uuid NOT NULL REFERENCES vestiging(id),
        instelling_id uuid NOT NULL REFERENCES instelling(id),
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        proefrun boolean NOT NULL,
        status text NOT NULL DEFAULT 'wacht' CHECK (status IN ('wacht','bezig','klaar','mislukt')),
        kolommen jsonb NOT NULL,
        inhoud text NOT NULL,
        totaal integer NOT NULL DEFAULT 0,
        verwerkt integer NOT NULL DEFAULT 0,
        goed integer NOT NULL DEFAULT 0,
        al_aanwezig integer NOT NULL DEFAULT 0,
        fout integer NOT NULL DEFAULT 0,
        fouten jsonb NOT NULL DEFAULT '[]',
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        klaar_op timestamptz
      );
    `);

    await forceRls(q, 'verzuimagenda', `instelling_id = app_instelling() OR app_regio() = ANY(regio_ids)`);
    await forceRls(q, 'casus', `regio_id = app_regio()`);
    await forceRls(q, 'melding', `regio_id = app_regio() OR vestiging_id = app_vestiging()`);
    await forceRls(
      q,
      'melding_gebeurtenis',
      `regio_id = app_regio() OR (vestiging_id = app_vestiging() AND zichtbaar_voor_school)`,
      `regio_id = app_regio() OR vestiging_id = app_vestiging()`,
    );
    // A notification belongs to its user; whoever notifies (a region or a school) writes it for them.
    await q.query(`
      ALTER TABLE notificatie ENABLE ROW LEVEL SECURITY;
      ALTER TABLE notificatie FORCE ROW LEVEL SECURITY;
      CREATE POLICY notificatie_eigen ON notificatie FOR SELECT USING (gebruiker_id = app_gebruiker());
      CREATE POLICY notificatie_lezen ON notificatie FOR UPDATE USING (gebruiker_id = app_gebruiker()) WITH CHECK (gebruiker_id = app_gebruiker());
      CREATE POLICY notificatie_maken ON notificatie FOR INSERT WITH CHECK (app_gebruiker() IS NOT NULL AND (regio_id IS NULL OR regio_id = app_regio() OR app_vestiging() IS NOT NULL));
    `);
    await forceRls(q, 'import_batch', `vestiging_id = app_vestiging()`);

    await grant(q, ['verzuimagenda', 'casus', 'melding', 'melding_gebeurtenis', 'import_batch'], 'SELECT, INSERT, UPDATE');
    await grant(q, ['notificatie'], 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE import_batch, notificatie, melding_gebeurtenis, melding, casus, verzuimagenda;
      DROP FUNCTION app_vestiging(), app_instelling();
    `);
  }
}
