import type { OverzichtSleutel, OverzichtTelling } from '@rmc/shared-api-types';
import type { Onderdeel } from '../core/toegang';

export interface WerkItem {
  /** Label after the number ("Nieuwe meldingen in de triage"). */
  label: (t: OverzichtTelling, regioBreed: boolean) => string;
  pad: string;
  /** The list screen's own query parameters (plain, as their URL state reads them). */
  query?: (t: OverzichtTelling) => Record<string, string>;
  /** The part of the portal the list belongs to: no link the route guard would refuse. */
  onderdeel: Onderdeel;
  /** A count above zero needs attention (shown with the word "Aandacht", not only a colour). */
  aandacht?: boolean;
}

/**
 * Each count of the overview and the filtered list it links to, in the order of a working day:
 * what came in, what is late, who needs contact, then meetings and handovers.
 */
export const WERK: Record<OverzichtSleutel, WerkItem> = {
  triageNieuw: {
    label: () => 'Nieuwe meldingen in de triage',
    pad: '/triage',
    query: () => ({ status: 'ontvangen' }),
    onderdeel: 'triage',
  },
  triageTeLaat: {
    label: () => 'Meldingen over de oppaktermijn',
    pad: '/triage',
    query: () => ({ status: 'ontvangen', volgorde: 'oudste' }),
    onderdeel: 'triage',
    aandacht: true,
  },
  mijnActiesTeLaat: {
    label: () => 'Mijn acties over tijd',
    pad: '/acties',
    query: () => ({ teLaat: 'ja' }),
    onderdeel: 'mijnActies',
    aandacht: true,
  },
  zonderContact: {
    label: (t, regioBreed) => `${regioBreed ? 'Casussen in de regio' : 'Mijn casussen'} zonder contact in ${t.dagen ?? 30} dagen`,
    pad: '/casussen',
    query: (t) => ({ geenContactDagen: String(t.dagen ?? 30) }),
    onderdeel: 'caseload',
    aandacht: true,
  },
  nazorgTeDoen: { label: () => 'Nazorgmomenten te doen', pad: '/nazorg', onderdeel: 'nazorg' },
  overleggenDezeWeek: { label: () => 'Overleggen deze week', pad: '/overleggen', onderdeel: 'overleggen' },
  overdrachtenWachtend: { label: () => 'Overdrachten die op u wachten', pad: '/overdrachten', onderdeel: 'overdrachten' },
  openAanvullingen: {
    label: () => 'Vragen om aanvulling van het RMC',
    pad: '/meldingen',
    query: () => ({ status: 'aanvulling-gevraagd' }),
    onderdeel: 'meldingen',
    aandacht: true,
  },
  terugkoppelingen: {
    label: (t) => `Terugkoppelingen van het RMC in ${t.dagen ?? 14} dagen`,
    pad: '/meldingen',
    onderdeel: 'meldingen',
  },
  gedeeldMetActiviteit: {
    label: (t) => `Gedeelde casussen met nieuwe activiteit in ${t.dagen ?? 7} dagen`,
    pad: '/casussen',
    onderdeel: 'gedeeldeCasussen',
  },
};

/** "0" … "99", or "99+" when the server stopped counting. */
export function aantalTekst(t: Pick<OverzichtTelling, 'aantal' | 'meer'>): string {
  return t.meer ? '99+' : String(t.aantal);
}
