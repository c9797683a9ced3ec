import { Module } from '@nestjs/common';
import { wisDeelnemer, type WisDeelnemer } from '@rmc/server-core';

const MELDINGEN = `SELECT id FROM melding WHERE bsn = $1 AND regio_id = $2`;

/** Erasure, meldingen part: the region's meldingen about the person (by BSN) and their events, before the cases they point at. */
export const MELDINGEN_WIS: WisDeelnemer = {
  context: 'meldingen',
  volgorde: 40,
  tabellen: ['melding_gebeurtenis', 'melding'],
  async verzamel(q, p) {
    return { onderwerpen: (await q.query<{ id: string }>(MELDINGEN, [p.bsn, p.regio_id])).map((r) => r.id) };
  },
  async wis(q, p) {
    await q.query(`DELETE FROM melding_gebeurtenis WHERE melding_id IN (${MELDINGEN})`, [p.bsn, p.regio_id]);
    await q.query(`DELETE FROM melding WHERE bsn = $1 AND regio_id = $2`, [p.bsn, p.regio_id]);
  },
};

/**
 * Registers the meldingen context's erasure participants (`ERASURE_PARTICIPANTS`). Imported by the context's
 * module and by every process that erases without the rest of the context (the worker's retention).
 */
@Module({ providers: [wisDeelnemer(MELDINGEN_WIS)] })
export class MeldingenWissenModule {}
