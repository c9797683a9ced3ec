import { MELDING_VOLGORDES, type MeldingVolgorde } from '@rmc/shared-api-types';
import { MELDING_STATUSSEN } from '@rmc/shared-domain';
import type { LijstVelden } from '../shared/lijst-staat';

/** Labels of the meldingen list's orders (the API's `volgorde`). */
export const VOLGORDE_LABELS: Record<MeldingVolgorde, string> = { nieuwste: 'Nieuwste eerst', oudste: 'Oudste eerst' };

/** The meldingen list's URL state (school and triage): status and order; enums only. */
export const MELDINGEN_LIJST = {
  status: { soort: 'keuze', waarden: MELDING_STATUSSEN },
  volgorde: { soort: 'keuze', waarden: MELDING_VOLGORDES, standaard: 'nieuwste' },
} satisfies LijstVelden;
