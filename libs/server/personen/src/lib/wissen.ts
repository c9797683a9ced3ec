import { Module } from '@nestjs/common';
import { wisDeelnemer, type WisDeelnemer } from '@rmc/server-core';

/** Erasure, last: the person row itself. */
export const PERSONEN_WIS: WisDeelnemer = {
  context: 'personen',
  volgorde: 90,
  tabellen: ['persoon'],
  async wis(q, p) {
    await q.query(`DELETE FROM persoon WHERE id = $1`, [p.id]);
  },
};

/**
 * Registers the personen context's erasure participants (`ERASURE_PARTICIPANTS`). Imported by the context's
 * module and by every process that erases without the rest of the context (the worker's retention).
 */
@Module({ providers: [wisDeelnemer(PERSONEN_WIS)] })
export class PersonenWissenModule {}
