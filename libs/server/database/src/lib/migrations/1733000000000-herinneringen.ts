import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forceRls, grant } from '../sql-helpers';

/**
 * Reminders that remind people by themselves, exactly once: every due item is claimed by a
 * deterministic key (unique) in the same transaction as its notification and outbox mail, so a job
 * that runs twice, or two workers at once, produce one notification and at most one mail.
 */
export class Herinneringen1733000000000 implements MigrationInterface {
  name = 'Herinneringen1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE herinnering (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        sleutel text NOT NULL UNIQUE,
        regel text NOT NULL,
        onderwerp_id uuid NOT NULL,
        ontvanger_id uuid NOT NULL REFERENCES gebruiker(id),
        moment date NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE nazorg_taak (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        casus_id uuid NOT NULL REFERENCES casus(id),
        moment date NOT NULL,
        uitkomst text CHECK (uitkomst IN ('school', 'werk', 'dagbesteding', 'zorg', 'geen', 'geen-contact')),
        toelichting text,
        afgerond_op timestamptz,
        door uuid REFERENCES gebruiker(id),
        UNIQUE (casus_id, moment)
      );
      ALTER TABLE gebruiker ADD COLUMN mail_voorkeur text NOT NULL DEFAULT 'direct' CHECK (mail_voorkeur IN ('direct', 'dagelijks'));
      ALTER TABLE notificatie ADD COLUMN gemaild_op timestamptz;
    `);
    await forceRls(
      q,
      'herinnering',
      `regio_id = app_regio() AND (app_rol_leeg() OR ontvanger_id = app_gebruiker())`,
      `regio_id = app_regio() AND app_rol_leeg()`,
    );
    await forceRls(q, 'nazorg_taak', `regio_id = app_regio() AND (app_is_rmc() OR app_rol_leeg())`);
    await grant(q, ['herinnering', 'nazorg_taak'], 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE nazorg_taak, herinnering;
      ALTER TABLE gebruiker DROP COLUMN mail_voorkeur;
      ALTER TABLE notificatie DROP COLUMN gemaild_op;
    `);
  }
}
