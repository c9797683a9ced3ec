import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * The compliance reading: rows of `compliance_meldingen(van, tot)`, the SECURITY DEFINER function of
 * rapportage's migrations that returns only the counting columns of a period's meldingen (never a
 * person) and applies the caller's region/school context itself. Takes the executor of the caller's
 * transaction.
 */
export interface ComplianceMeldingRij {
  vestigingId: string;
  regioId: string | null;
  soort: string;
  agendaId: string | null;
  begindatum: string | null;
  gemeldOpDatum: string;
  volledig: boolean;
  oppakDeadline: string | null;
  opgepaktOp: Date | null;
  teruggemeldOp: Date | null;
}

/** `periode` is the placeholder pair `$n::date, $m::date` and `voorwaarden` conditions on alias `m`, all in `params`. */
export async function complianceMeldingen<T = ComplianceMeldingRij>(
  q: Uitvoerder,
  periode: string,
  voorwaarden: string[],
  params: unknown[],
): Promise<T[]> {
  return rijen(
    await q.query(
      `SELECT m.vestiging_id AS "vestigingId", m.regio_id AS "regioId", m.soort, m.agenda_id AS "agendaId",
              to_char(m.begindatum, 'YYYY-MM-DD') AS begindatum, to_char(m.gemeld_op_datum, 'YYYY-MM-DD') AS "gemeldOpDatum", m.volledig,
              to_char(m.oppak_deadline, 'YYYY-MM-DD') AS "oppakDeadline", m.opgepakt_op AS "opgepaktOp", m.teruggemeld_op AS "teruggemeldOp"
         FROM compliance_meldingen(${periode}) m
        WHERE ${voorwaarden.join(' AND ')}`,
      params,
    ),
  );
}
