import { Module } from '@nestjs/common';
import { wisDeelnemer, type WisDeelnemer } from '@rmc/server-core';

/**
 * Erasure, the youth channel: the person's answers to appointments, sessions, codes, links and the account
 * itself, before the cases (casus 10) and the person (personen 90).
 */
export const JONGERE_WIS: WisDeelnemer = {
  context: 'jongere',
  volgorde: 5,
  tabellen: ['jongere_afspraak_reactie', 'jongere_sessie', 'jongere_code', 'jongere_link', 'jongere_account'],
  async wis(q, p) {
    await q.query(`DELETE FROM jongere_afspraak_reactie WHERE persoon_id = $1`, [p.id]);
    const accounts = `(SELECT id FROM jongere_account WHERE persoon_id = $1)`;
    await q.query(`DELETE FROM jongere_sessie WHERE account_id IN ${accounts}`, [p.id]);
    await q.query(`DELETE FROM jongere_code WHERE account_id IN ${accounts}`, [p.id]);
    await q.query(`DELETE FROM jongere_link WHERE account_id IN ${accounts}`, [p.id]);
    await q.query(`DELETE FROM jongere_account WHERE persoon_id = $1`, [p.id]);
  },
};

/** Registers the jongere context's erasure participant (imported by its module and by the worker). */
@Module({ providers: [wisDeelnemer(JONGERE_WIS)] })
export class JongereWissenModule {}
