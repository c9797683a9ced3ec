import { Module } from '@nestjs/common';
import { wisDeelnemer, type WisDeelnemer } from '@rmc/server-core';
import { actieveLedenVan } from '@rmc/server-identity';

/**
 * Erasure, casus part 1 (before overleg, nazorg and meldingen): who received data, then the case's
 * children. plan_actie goes before overleg's agendapunten (plan_actie.agendapunt_id). Its `verzamel`
 * hands the case ids to the later participants and the reminder subjects to the reminders participant.
 */
export const CASUS_ONDERDELEN_WIS: WisDeelnemer = {
  context: 'casus',
  volgorde: 10,
  tabellen: [
    'plan_actie_status',
    'plan_actie',
    'partner_notitie',
    'contactmoment',
    'levensdomein_scan',
    'deling_machtiging',
    'casus_deling',
    'overdracht',
    'casus_fase_wijziging',
  ],
  async verzamel(q, p) {
    const casusIds = (await q.query<{ id: string }>(`SELECT id FROM casus WHERE persoon_id = $1`, [p.id])).map((r) => r.id);
    const kinderen = await q.query<{ id: string }>(
      `SELECT id FROM plan_actie WHERE casus_id = ANY($1::uuid[])
       UNION SELECT id FROM casus_deling WHERE casus_id = ANY($1::uuid[])
       UNION SELECT id FROM overdracht WHERE casus_id = ANY($1::uuid[])`,
      [casusIds],
    );
    return { casusIds, onderwerpen: [...kinderen.map((r) => r.id), ...casusIds] };
  },
  async wis(q, _p, { casusIds }) {
    // Users of partner organisations that received data: through a share, or a handover package
    // (leerplicht, W&I); their active members come from identity (it owns the memberships).
    const organisaties = await q.query<{ id: string }>(
      [
        `SELECT organisatie_id AS id FROM casus_deling WHERE casus_id = ANY($1::uuid[])`,
        `UNION`,
        `SELECT naar_organisatie_id FROM overdracht WHERE casus_id = ANY($1::uuid[]) AND naar_organisatie_id IS NOT NULL`,
      ].join('\n'),
      [casusIds],
    );
    const ontvangers = await actieveLedenVan(
      q,
      organisaties.map((o) => o.id),
    );
    await q.query(
      `DELETE FROM plan_actie_status WHERE actie_id IN (SELECT id FROM plan_actie WHERE casus_id = ANY($1::uuid[]))`,
      [casusIds],
    );
    for (const tabel of [
      'plan_actie',
      'partner_notitie',
      'contactmoment',
      'levensdomein_scan',
      'deling_machtiging',
      'casus_deling',
      'overdracht',
      'casus_fase_wijziging',
    ])
      await q.query(`DELETE FROM ${tabel} WHERE casus_id = ANY($1::uuid[])`, [casusIds]);
    return ontvangers;
  },
};

/** Erasure, casus part 2 (after meldingen, whose rows point at the case): received packages, then the cases. */
export const CASUS_WIS: WisDeelnemer = {
  context: 'casus',
  volgorde: 50,
  tabellen: ['casus', 'overdracht'],
  async wis(q, p) {
    // A package this region received (warm handover) is a copy in its care as well: blank it.
    await q.query(
      `UPDATE overdracht SET pakket = '{"gewist": true}'::jsonb, nieuwe_casus_id = NULL WHERE naar_regio_id = $1 AND pakket->'persoon'->>'bsn' = $2`,
      [p.regio_id, p.bsn],
    );
    await q.query(`DELETE FROM casus WHERE persoon_id = $1`, [p.id]);
  },
};

/**
 * Registers the casus context's erasure participants (`ERASURE_PARTICIPANTS`). Imported by the context's
 * module and by every process that erases without the rest of the context (the worker's retention).
 */
@Module({ providers: [wisDeelnemer(CASUS_ONDERDELEN_WIS), wisDeelnemer(CASUS_WIS)] })
export class CasusWissenModule {}
