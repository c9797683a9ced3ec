import { Module } from '@nestjs/common';
import { wisDeelnemer, type WisDeelnemer } from '@rmc/server-core';

/** Erasure, overleg part: the agenda items about the person's cases (after casus removed the actions that point at them). */
export const OVERLEG_WIS: WisDeelnemer = {
  context: 'overleg',
  volgorde: 20,
  tabellen: ['agendapunt'],
  async wis(q, _p, { casusIds }) {
    await q.query(`DELETE FROM agendapunt WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
  },
};

/**
 * Registers the overleg context's erasure participants (`ERASURE_PARTICIPANTS`). Imported by the context's
 * module and by every process that erases without the rest of the context (the worker's retention).
 */
@Module({ providers: [wisDeelnemer(OVERLEG_WIS)] })
export class OverlegWissenModule {}
