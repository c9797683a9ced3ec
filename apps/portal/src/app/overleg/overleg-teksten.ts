import { dagNaam, isoWeek, kalenderdag, type CelBadge } from '@rmc/portal-ui';
import type { OverlegSamenvatting, OverlegStatus } from './overleg.api';

/** Suggestions for the kind of meeting; a region may type its own kind. */
export const OVERLEG_SOORTEN: readonly string[] = ['MDO', 'ZAT', 'multicasusoverleg', 'exit-commissie', 'netwerkoverleg'];

const STATUS: Record<OverlegStatus, CelBadge> = {
  gepland: { tekst: 'Verslag in concept', soort: 'info' },
  vastgesteld: { tekst: 'Verslag vastgesteld', soort: 'ok' },
};

export function overlegStatusBadge(status: OverlegStatus): CelBadge {
  return STATUS[status] ?? { tekst: status, soort: 'neutraal' };
}

export interface Week {
  id: string;
  kop: string;
  dagen: { dag: string; naam: string; overleggen: OverlegSamenvatting[] }[];
}

/** Meetings per ISO week and day (the calendar view), in the given order of weeks. */
export function perWeek(
  overleggen: readonly OverlegSamenvatting[],
  kopVan: (jaar: number, week: number, maandag: string, zondag: string) => string,
): Week[] {
  const weken = new Map<string, Week>();
  const gesorteerd = [...overleggen].sort((a, b) => a.start.localeCompare(b.start));
  for (const o of gesorteerd) {
    const dag = kalenderdag(o.start);
    const w = isoWeek(dag);
    const id = `week-${w.jaar}-${w.week}`;
    let week = weken.get(id);
    if (!week) {
      week = { id, kop: kopVan(w.jaar, w.week, w.maandag, w.zondag), dagen: [] };
      weken.set(id, week);
    }
    let dagGroep = week.dagen.find((g) => g.dag === dag);
    if (!dagGroep) {
      const naam = dagNaam(dag);
      dagGroep = { dag, naam: naam.charAt(0).toUpperCase() + naam.slice(1), overleggen: [] };
      week.dagen.push(dagGroep);
    }
    dagGroep.overleggen.push(o);
  }
  return [...weken.values()];
}

/** Where the meeting is: place, online, or both. */
export function locatie(o: Pick<OverlegSamenvatting, 'plaats' | 'onlineLink'>): string {
  return [o.plaats, o.onlineLink ? 'online' : null].filter(Boolean).join(' en ') || 'Nog niet bekend';
}
