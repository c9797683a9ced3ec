import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National scale, background work (ADR 0013): the reminder scan and retention read only what is due.
 *
 * - A **handled marker** per reminder subject: the anchor (ADR 0010) for which every reminder of the
 *   subject has been claimed. The scan sets it in the claim's transaction; a partial index holds only
 *   the rows whose marker differs from the current anchor, so a handled row leaves the index and a
 *   moved deadline (a new anchor) enters it again. The claims themselves stay keyed as in ADR 0009.
 * - The contact ladder: `contactmoment.ladder_verwerkt` marks attempts the scan has seen (new rows
 *   enter a partial index), `casus.ladder_volgende` is the next ladder moment not yet claimed.
 * - Partial indexes for the calendar tasks and for retention's date predicates, and one on
 *   `herinnering (onderwerp_id)` for the retention's deletes.
 * Adding a nullable column, or one with a constant default, rewrites no table.
 */
const OPEN_FASEN = `('waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren')`;

const INDEXEN = [
  `CREATE INDEX IF NOT EXISTS melding_oppak_due_idx ON melding (regio_id, oppak_deadline)
     WHERE status = 'ontvangen' AND opgepakt_op IS NULL AND oppak_deadline IS NOT NULL AND oppak_herinnerd IS DISTINCT FROM oppak_deadline`,
  `CREATE INDEX IF NOT EXISTS melding_terugkoppel_due_idx ON melding (regio_id, gemeld_op_datum)
     WHERE opgepakt_op IS NOT NULL AND consulent_id IS NOT NULL AND teruggemeld_op IS NULL AND terugkoppel_herinnerd IS DISTINCT FROM gemeld_op_datum`,
  `CREATE INDEX IF NOT EXISTS plan_actie_due_idx ON plan_actie (regio_id, deadline)
     WHERE status = 'open' AND deadline IS NOT NULL AND herinnerd IS DISTINCT FROM deadline`,
  `CREATE INDEX IF NOT EXISTS nazorg_taak_due_idx ON nazorg_taak (regio_id, moment) WHERE afgerond_op IS NULL AND herinnerd IS DISTINCT FROM moment`,
  `CREATE INDEX IF NOT EXISTS casus_deling_due_idx ON casus_deling (regio_id, eind_datum) WHERE ingetrokken_op IS NULL AND herinnerd IS DISTINCT FROM eind_datum`,
  `CREATE INDEX IF NOT EXISTS casus_nazorg_besluit_due_idx ON casus (regio_id, afgesloten_op)
     WHERE fase = 'afgesloten' AND afgesloten_op IS NOT NULL AND nazorg_besluit_herinnerd IS DISTINCT FROM afgesloten_op`,
  `CREATE INDEX IF NOT EXISTS casus_ladder_due_idx ON casus (regio_id, ladder_volgende)
     WHERE ladder_volgende IS NOT NULL AND fase IN ('analyseren', 'plannen', 'handelen')`,
  `CREATE INDEX IF NOT EXISTS contactmoment_ladder_nieuw_idx ON contactmoment (regio_id, casus_id) WHERE NOT ladder_verwerkt`,
  // The same definition as 1734500000000's (IF NOT EXISTS): the ladder reads a case's attempts through it.
  `CREATE INDEX IF NOT EXISTS contactmoment_casus_idx ON contactmoment (casus_id, datum DESC)`,
  `CREATE INDEX IF NOT EXISTS casus_oud_vsv_open_idx ON casus (regio_id) WHERE doelgroep = 'oud-vsv' AND fase IN ${OPEN_FASEN}`,
  `CREATE INDEX IF NOT EXISTS casus_jikp_idx ON casus (regio_id) WHERE doelgroep LIKE 'jikp-%' AND fase <> 'beeindigd'`,
  `CREATE INDEX IF NOT EXISTS casus_nazorg_tot_idx ON casus (regio_id, nazorg_tot) WHERE fase = 'nazorg'`,
  `CREATE INDEX IF NOT EXISTS nazorg_taak_casus_open_idx ON nazorg_taak (casus_id, soort) WHERE afgerond_op IS NULL`,
  `CREATE INDEX IF NOT EXISTS persoon_regio_geboortedatum_idx ON persoon (regio_id, geboortedatum)`,
  `CREATE INDEX IF NOT EXISTS melding_regio_geboortedatum_idx ON melding (regio_id, geboortedatum) WHERE regio_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS melding_zonder_regio_geboortedatum_idx ON melding (vestiging_id, geboortedatum) WHERE regio_id IS NULL`,
  `CREATE INDEX IF NOT EXISTS herinnering_onderwerp_idx ON herinnering (onderwerp_id)`,
  `CREATE INDEX IF NOT EXISTS overdracht_aangeboden_idx ON overdracht (naar_regio_id, regio_id) WHERE status = 'aangeboden'`,
];

export class TakenDueIndexen1734600000000 implements MigrationInterface {
  name = 'TakenDueIndexen1734600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE melding ADD COLUMN oppak_herinnerd date, ADD COLUMN terugkoppel_herinnerd date;
      ALTER TABLE plan_actie ADD COLUMN herinnerd date;
      ALTER TABLE nazorg_taak ADD COLUMN herinnerd date;
      ALTER TABLE casus_deling ADD COLUMN herinnerd date;
      ALTER TABLE casus ADD COLUMN nazorg_besluit_herinnerd timestamptz, ADD COLUMN ladder_volgende date;
      ALTER TABLE contactmoment ADD COLUMN ladder_verwerkt boolean NOT NULL DEFAULT false;
    `);
    for (const sql of INDEXEN) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of INDEXEN) {
      const naam = sql.split(/\s+/)[5];
      if (naam !== 'contactmoment_casus_idx') await q.query(`DROP INDEX IF EXISTS ${naam}`);
    }
    await q.query(`
      ALTER TABLE contactmoment DROP COLUMN ladder_verwerkt;
      ALTER TABLE casus DROP COLUMN nazorg_besluit_herinnerd, DROP COLUMN ladder_volgende;
      ALTER TABLE casus_deling DROP COLUMN herinnerd;
      ALTER TABLE nazorg_taak DROP COLUMN herinnerd;
      ALTER TABLE plan_actie DROP COLUMN herinnerd;
      ALTER TABLE melding DROP COLUMN oppak_herinnerd, DROP COLUMN terugkoppel_herinnerd;
    `);
  }
}
