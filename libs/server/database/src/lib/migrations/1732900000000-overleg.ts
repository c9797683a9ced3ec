import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forceRls, grant } from '../sql-helpers';

/**
 * Casusoverleg (MDO): meetings of the region with its partners. A meeting is visible to the region's
 * RMC roles and to the participating organisations (deelnemer_organisaties); its agenda items, attendance
 * and decisions follow the meeting. Action items are plan_actie rows (they flow into the case plan) with
 * a status history for the carry-over to the next meeting of the series.
 */
export class Overleg1732900000000 implements MigrationInterface {
  name = 'Overleg1732900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE overleg_reeks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        naam text NOT NULL,
        deelnemer_organisaties uuid[] NOT NULL
      );
      CREATE TABLE overleg (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        reeks_id uuid REFERENCES overleg_reeks(id),
        soort text NOT NULL,
        titel text NOT NULL,
        start timestamptz NOT NULL,
        plaats text,
        online_link text,
        voorzitter_id uuid NOT NULL REFERENCES gebruiker(id),
        deelnemer_organisaties uuid[] NOT NULL,
        status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'vastgesteld')),
        vastgesteld_op timestamptz,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE overleg_deelnemer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        overleg_id uuid NOT NULL REFERENCES overleg(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        aanwezig boolean,
        UNIQUE (overleg_id, gebruiker_id)
      );
      CREATE TABLE agendapunt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        overleg_id uuid NOT NULL REFERENCES overleg(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        casus_id uuid NOT NULL REFERENCES casus(id),
        vraag text NOT NULL,
        volgorde integer NOT NULL,
        notities text NOT NULL DEFAULT '',
        besluiten text[] NOT NULL DEFAULT '{}'
      );
      ALTER TABLE plan_actie
        ADD COLUMN overleg_id uuid REFERENCES overleg(id),
        ADD COLUMN agendapunt_id uuid REFERENCES agendapunt(id),
        ADD COLUMN reeks_id uuid REFERENCES overleg_reeks(id);
      CREATE TABLE plan_actie_status (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actie_id uuid NOT NULL REFERENCES plan_actie(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        status text NOT NULL,
        toelichting text,
        door uuid REFERENCES gebruiker(id),
        op timestamptz NOT NULL DEFAULT now()
      );
    `);
    const deelnemer = `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg() OR app_organisatie() = ANY(deelnemer_organisaties))`;
    await forceRls(q, 'overleg_reeks', deelnemer, `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`);
    await forceRls(q, 'overleg', deelnemer, `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`);
    // Rows below a meeting follow the meeting's own visibility (the subquery applies overleg's RLS).
    const volgtOverleg = `regio_id = app_regio() AND EXISTS (SELECT 1 FROM overleg o WHERE o.id = overleg_id)`;
    await forceRls(q, 'overleg_deelnemer', volgtOverleg);
    await forceRls(q, 'agendapunt', volgtOverleg);
    await forceRls(
      q,
      'plan_actie_status',
      `regio_id = app_regio() AND EXISTS (SELECT 1 FROM plan_actie a WHERE a.id = actie_id)`,
    );
    await grant(
      q,
      ['overleg_reeks', 'overleg', 'overleg_deelnemer', 'agendapunt', 'plan_actie_status'],
      'SELECT, INSERT, UPDATE',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE plan_actie_status;
      ALTER TABLE plan_actie DROP COLUMN overleg_id, DROP COLUMN agendapunt_id, DROP COLUMN reeks_id;
      DROP TABLE agendapunt, overleg_deelnemer, overleg, overleg_reeks;
    `);
  }
}
