import type { MeldingNorm } from './melding';

/** Lifecycle of a verzuimagenda (one per MBO instelling per school year, shared with its regions). */
export const AGENDA_STATUSSEN = ['concept', 'ter-accordering', 'vastgesteld', 'vervangen'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSSEN)[number];

export interface ContactpersoonAfspraak {
  vestigingId: string;
  schoolContact: string;
  regioContact: string;
}

export interface AgendaInhoud {
  normen: MeldingNorm[];
  contactpersonen: ContactpersoonAfspraak[];
  preventie: { verzuimspreekuur: boolean; rmcOpLocatie: string; overig: string };
  startoverleg: string;
}

export type AgendaActie = 'indienen' | 'goedkeuren' | 'wijzigen';

/** Which party of the agenda approves: the instelling or one region. */
export interface Goedkeuring {
  partij: string;
  goedgekeurd: boolean;
}

/**
 * The next status after an action, or a Dutch reason why it is not allowed.
 * - concept → ter-accordering (indienen)
 * - ter-accordering → vastgesteld once every party approved (goedkeuren)
 * - a change to a concept stays concept; to one under approval returns it to concept (approvals reset);
 *   a vastgesteld agenda is never edited: a change makes a new version (the old one becomes vervangen).
 */
export function agendaOvergang(
  status: AgendaStatus,
  actie: AgendaActie,
  goedkeuringen: Goedkeuring[],
): { status: AgendaStatus; nieuweVersie?: boolean } | { fout: string } {
  switch (actie) {
    case 'indienen':
      return status === 'concept'
        ? { status: 'ter-accordering' }
        : { fout: 'Alleen een concept kan ter accordering worden aangeboden.' };
    case 'goedkeuren': {
      if (status !== 'ter-accordering') return { fout: 'Deze agenda staat niet ter accordering.' };
      return { status: goedkeuringen.every((g) => g.goedgekeurd) ? 'vastgesteld' : 'ter-accordering' };
    }
    case 'wijzigen':
      if (status === 'vervangen') return { fout: 'Deze versie is vervangen; wijzig de nieuwste versie.' };
      if (status === 'vastgesteld') return { status: 'concept', nieuweVersie: true };
      return { status: 'concept' };
  }
}

/** Is the agenda in force on this date (a vastgesteld agenda, within its school year 1 Aug – 31 Jul)? */
export function agendaGeldig(status: AgendaStatus, schooljaar: string, datum: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(schooljaar);
  if (!m || status !== 'vastgesteld') return false;
  return datum >= `${m[1]}-08-01` && datum <= `${m[2]}-07-31`;
}

/** School year of a date: from 1 August. */
export function schooljaarVan(datum: string): string {
  const jaar = Number(datum.slice(0, 4));
  return datum.slice(5) >= '08-01' ? `${jaar}-${jaar + 1}` : `${jaar - 1}-${jaar}`;
}

export interface Verschil {
  pad: string;
  oud: unknown;
  nieuw: unknown;
}

/** Changes between two versions, as flat paths (normen are matched by soort, contacts by vestiging). */
export function agendaVerschillen(oud: AgendaInhoud, nieuw: AgendaInhoud): Verschil[] {
  const out: Verschil[] = [];
  const vlak = (x: unknown, pad: string, acc: Map<string, unknown>) => {
    if (x && typeof x === 'object' && !Array.isArray(x))
      for (const [k, v] of Object.entries(x)) vlak(v, pad ? `${pad}.${k}` : k, acc);
    else acc.set(pad, Array.isArray(x) ? JSON.stringify(x) : x);
  };
  const plat = (i: AgendaInhoud) => {
    const acc = new Map<string, unknown>();
    for (const n of i.normen) vlak(n, `normen[${n.soort}]`, acc);
    for (const c of i.contactpersonen) vlak(c, `contactpersonen[${c.vestigingId}]`, acc);
    vlak(i.preventie, 'preventie', acc);
    acc.set('startoverleg', i.startoverleg);
    return acc;
  };
  const a = plat(oud);
  const b = plat(nieuw);
  for (const pad of new Set([...a.keys(), ...b.keys()]))
    if (a.get(pad) !== b.get(pad)) out.push({ pad, oud: a.get(pad), nieuw: b.get(pad) });
  return out.sort((x, y) => x.pad.localeCompare(y.pad));
}
