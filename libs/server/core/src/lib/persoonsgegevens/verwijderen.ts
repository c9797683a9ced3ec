import { Inject, Injectable, type Provider } from '@nestjs/common';

/** The query surface needed: the API's Db or a worker transaction (rows, not [rows, count]). */
export interface Verwijderaar {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The person being erased, as read before the erasure starts. */
export interface TeWissenPersoon {
  id: string;
  bsn: string;
  regio_id: string;
}

/**
 * What the participants collected (`verzamel`) before the first one deleted anything, so a participant
 * finds its rows without reading another context's tables.
 */
export interface WisRonde {
  /** The person's cases (from the casus participant). */
  casusIds: string[];
  /** Ids of rows that reminders (`herinnering.onderwerp_id`) may point at: actions, tasks, shares, meldingen, handovers, cases. */
  onderwerpen: string[];
}

/**
 * One context's part of erasing a person: it deletes (or blanks) the rows of its own tables that hold
 * the person's data. Registered by the context's module with `wisDeelnemer(...)`; the runner
 * (`PersoonWisser`) runs all of them by `volgorde` (children before parents: a lower number first),
 * inside the caller's one transaction. A context may register more than one participant when its
 * tables sit on both sides of another context's (casus rows go after overleg's agendapunten).
 */
export interface WisDeelnemer {
  /** The context that owns `tabellen` (`casus`, `meldingen`, …). */
  context: string;
  /** Position in the run; unique over all participants. */
  volgorde: number;
  /** Every table this participant clears: the erasure-coverage test compares them with the catalog. */
  tabellen: readonly string[];
  /** Optional first phase, in the same order, before anything is deleted: what later participants need to know. */
  verzamel?(q: Verwijderaar, persoon: TeWissenPersoon, ronde: Readonly<WisRonde>): Promise<Partial<WisRonde>>;
  /** Deletes the person's rows; may return users of partner organisations that received the data (to notify). */
  wis(q: Verwijderaar, persoon: TeWissenPersoon, ronde: WisRonde): Promise<string[] | void>;
}

/**
 * Multi-provider token: the list of every registered participant. `CoreModule` provides the (empty)
 * list, each context module adds its participants with `wisDeelnemer(...)`.
 */
export const ERASURE_PARTICIPANTS = Symbol('ERASURE_PARTICIPANTS');

/**
 * A provider that adds one participant to `ERASURE_PARTICIPANTS` when the module is instantiated
 * (Nest has no multi providers; every provider of the default scope is created at startup, so the list
 * is complete before the first request). Use in the context module: `providers: [wisDeelnemer(X)]`.
 */
export function wisDeelnemer(deelnemer: WisDeelnemer): Provider {
  return {
    provide: `wis-deelnemer:${deelnemer.context}:${deelnemer.volgorde}`,
    useFactory: (lijst: WisDeelnemer[]) => {
      if (!lijst.includes(deelnemer)) lijst.push(deelnemer);
      return deelnemer;
    },
    inject: [ERASURE_PARTICIPANTS],
  };
}

/** The participants in the order they run; two participants with the same `volgorde` are a mistake. */
export function wisVolgorde(deelnemers: readonly WisDeelnemer[]): WisDeelnemer[] {
  const lijst = [...deelnemers].sort((a, b) => a.volgorde - b.volgorde);
  for (let i = 1; i < lijst.length; i++)
    if (lijst[i].volgorde === lijst[i - 1].volgorde)
      throw new Error(`erasure participants ${lijst[i - 1].context} and ${lijst[i].context} share volgorde ${lijst[i].volgorde}`);
  return lijst;
}

/**
 * Removes everything the region holds on one person (erasure on request or after the retention term):
 * every participant in its fixed order, inside the caller's transaction (the API's request transaction,
 * the worker's retention transaction), so a failing participant undoes all of them. Returns the users of
 * partner organisations that received data (through a share or a handover package), so the caller can
 * notify them. The audit trail is kept: it names the person only by pseudonym.
 */
export async function verwijderPersoon(
  q: Verwijderaar,
  p: TeWissenPersoon,
  deelnemers: readonly WisDeelnemer[],
): Promise<string[]> {
  const volgorde = wisVolgorde(deelnemers);
  if (!volgorde.length) throw new Error('no erasure participants registered');
  const ronde: WisRonde = { casusIds: [], onderwerpen: [] };
  for (const d of volgorde) {
    if (!d.verzamel) continue;
    const erbij = await d.verzamel(q, p, ronde);
    ronde.casusIds.push(...(erbij.casusIds ?? []));
    ronde.onderwerpen.push(...(erbij.onderwerpen ?? []));
  }
  const ontvangers = new Set<string>();
  for (const d of volgorde) for (const id of (await d.wis(q, p, ronde)) ?? []) ontvangers.add(id);
  return [...ontvangers];
}

/** What a caller of the erasure needs: the API injects `PersoonWisser`, the worker passes one. */
export type Wisser = Pick<PersoonWisser, 'wis'>;

/** The erasure runner of the Nest container: the participants the context modules registered. */
@Injectable()
export class PersoonWisser {
  constructor(@Inject(ERASURE_PARTICIPANTS) private readonly lijst: WisDeelnemer[]) {}

  /** The registered participants, in the order they run. */
  get deelnemers(): WisDeelnemer[] {
    return wisVolgorde(this.lijst);
  }

  wis(q: Verwijderaar, p: TeWissenPersoon): Promise<string[]> {
    return verwijderPersoon(q, p, this.lijst);
  }
}
