import { agendaGeldig, schooljaarVan, STANDAARD_NORMEN, type MeldingNorm } from '@rmc/shared-domain';
import { vastgesteldeAgenda } from './data/verzuimagenda.queries';

/** The query surface needed here: the API's Db or a worker transaction. */
export interface NormenQuerier {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * The norms in force for an instelling on a date: those of its vastgesteld agenda for that school
 * year (agendaGeldig), else the standard norms. With `regioId`, an agenda the region is no party to
 * does not apply. Runs in the caller's transaction (RLS: the instelling's own or a party region).
 */
export async function geldendeNormen(
  q: NormenQuerier,
  instellingId: string,
  datum: string,
  regioId?: string | null,
): Promise<{ agendaId: string | null; normen: MeldingNorm[] }> {
  const agenda = await vastgesteldeAgenda(q, instellingId, schooljaarVan(datum));
  const geldt =
    agenda &&
    agendaGeldig(agenda.status, agenda.schooljaar, datum) &&
    agenda.inhoud?.normen?.length &&
    (!regioId || agenda.regioIds.includes(regioId));
  return geldt ? { agendaId: agenda.id, normen: agenda.inhoud.normen } : { agendaId: null, normen: STANDAARD_NORMEN };
}
