import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Search (issue 13) on a meeting's title, accent-insensitive (`zoektekst`, personen's `1735700000000-zoeken`). */
export class OverlegZoeken1735720000000 implements MigrationInterface {
  name = 'OverlegZoeken1735720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX overleg_zoektitel_idx ON overleg USING gin (regio_id, zoektekst(titel) gin_trgm_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS overleg_zoektitel_idx;`);
  }
}
