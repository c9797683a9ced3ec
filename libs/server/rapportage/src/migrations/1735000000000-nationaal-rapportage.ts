import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National scale, part 2: compliance reads one school year of one region (or vestiging) through an
 * index, not the region's whole history.
 *
 * `compliance_meldingen` becomes two index-served branches instead of one OR:
 * - the region's meldingen of the period, for RMC roles and the beleidsmedewerker;
 * - the school's own vestiging, minus what the first branch already returned.
 * The session functions are evaluated once per statement (sub-selects, as in 1734500000000). Same
 * columns, same rows, same grants (CREATE OR REPLACE keeps them).
 *
 * The timeline joins handovers by their new case (`overdracht.nieuwe_casus_id`): indexed too.
 */
const INDEXEN: [naam: string, definitie: string][] = [
  ['melding_regio_periode_idx', 'melding (regio_id, gemeld_op_datum)'],
  ['melding_vestiging_periode_idx', 'melding (vestiging_id, gemeld_op_datum)'],
  ['overdracht_nieuwe_casus_idx', 'overdracht (nieuwe_casus_id) WHERE nieuwe_casus_id IS NOT NULL'],
];

const KOLOMMEN = `m.vestiging_id, m.instelling_id, m.regio_id, m.soort, m.agenda_id, m.begindatum, m.gemeld_op_datum,
                 m.volledig, m.oppak_deadline, m.opgepakt_op, m.teruggemeld_op`;
const SIGNATUUR = `compliance_meldingen(p_van date, p_tot date)
  RETURNS TABLE (vestiging_id uuid, instelling_id uuid, regio_id uuid, soort text, agenda_id uuid, begindatum date, gemeld_op_datum date,
                 volledig boolean, oppak_deadline date, opgepakt_op timestamptz, teruggemeld_op timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public`;
const REGIO_TOEGELATEN = `(SELECT app_is_rmc() OR coalesce(current_setting('app.rol', true), '') = 'beleidsmedewerker')`;

export class NationaalRapportage1735000000000 implements MigrationInterface {
  name = 'NationaalRapportage1735000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [naam, definitie] of INDEXEN) await q.query(`CREATE INDEX IF NOT EXISTS ${naam} ON ${definitie}`);
    await q.query(`
      CREATE OR REPLACE FUNCTION ${SIGNATUUR} AS $f$
        SELECT ${KOLOMMEN}
          FROM melding m
         WHERE m.regio_id = (SELECT app_regio())
           AND m.gemeld_op_datum BETWEEN p_van AND p_tot
           AND ${REGIO_TOEGELATEN}
        UNION ALL
        SELECT ${KOLOMMEN}
          FROM melding m
         WHERE m.vestiging_id = (SELECT app_vestiging())
           AND m.gemeld_op_datum BETWEEN p_van AND p_tot
           AND NOT (m.regio_id IS NOT DISTINCT FROM (SELECT app_regio()) AND ${REGIO_TOEGELATEN})
      $f$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ${SIGNATUUR} AS $f$
        SELECT ${KOLOMMEN}
          FROM melding m
         WHERE m.gemeld_op_datum BETWEEN p_van AND p_tot
           AND ((m.regio_id = app_regio() AND (app_is_rmc() OR current_setting('app.rol', true) = 'beleidsmedewerker'))
                OR m.vestiging_id = app_vestiging())
      $f$;
    `);
    for (const [naam] of INDEXEN) await q.query(`DROP INDEX IF EXISTS ${naam}`);
  }
}
