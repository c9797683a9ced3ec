import { Module } from '@nestjs/common';
import { wisDeelnemer, type WisDeelnemer } from '@rmc/server-core';

/**
 * Erasure, reminders: first of all, every reminder about a row of the person (actions, nazorg tasks,
 * shares, meldingen, handovers, cases: the ids the participants collected before anything was deleted).
 */
export const HERINNERINGEN_WIS: WisDeelnemer = {
  context: 'nazorg',
  volgorde: 0,
  tabellen: ['herinnering'],
  async wis(q, _p, { onderwerpen }) {
    await q.query(`DELETE FROM herinnering WHERE onderwerp_id = ANY($1::uuid[])`, [onderwerpen]);
  },
};

/** Erasure, the nazorg tasks of the person's cases. */
export const NAZORG_WIS: WisDeelnemer = {
  context: 'nazorg',
  volgorde: 30,
  tabellen: ['nazorg_taak'],
  async verzamel(q, _p, { casusIds }) {
    const taken = await q.query<{ id: string }>(`SELECT id FROM nazorg_taak WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
    return { onderwerpen: taken.map((r) => r.id) };
  },
  async wis(q, _p, { casusIds }) {
    await q.query(`DELETE FROM nazorg_taak WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
  },
};

/**
 * Registers the nazorg context's erasure participants (`ERASURE_PARTICIPANTS`). Imported by the context's
 * module and by every process that erases without the rest of the context (the worker's retention).
 */
@Module({ providers: [wisDeelnemer(HERINNERINGEN_WIS), wisDeelnemer(NAZORG_WIS)] })
export class NazorgWissenModule {}
