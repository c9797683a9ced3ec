import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National scale, part 3: the caseload filters measured on the national set (docs/performance.md).
 * - "te laat": the region's overdue open actions, not the whole country's (the partial index on
 *   `(casus_id, deadline)` alone made the planner read every overdue action nationally, then filter).
 * - "geen contact sinds N dagen": the last successful contact of a case is one index probe.
 */
const INDEXEN: [naam: string, definitie: string][] = [
  ['plan_actie_regio_open_deadline_idx', "plan_actie (regio_id, deadline, casus_id) WHERE status = 'open'"],
  ['contactmoment_casus_contact_idx', "contactmoment (casus_id, datum DESC) WHERE uitkomst = 'contact'"],
];

export class NationaalFilters1735100000000 implements MigrationInterface {
  name = 'NationaalFilters1735100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [naam, definitie] of INDEXEN) await q.query(`CREATE INDEX IF NOT EXISTS ${naam} ON ${definitie}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [naam] of INDEXEN) await q.query(`DROP INDEX IF EXISTS ${naam}`);
  }
}
