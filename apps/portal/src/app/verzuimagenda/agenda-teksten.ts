import type { AgendaInhoudDto } from '@rmc/shared-api-types';
import { MELDING_SOORT_LABELS, type MeldingNorm } from '@rmc/shared-domain';
import { veldLabel } from '../meldingen/melding-teksten';

/** Labels of the parts of a norm, as on the agenda page and in the differences between versions. */
export const NORM_VELD_LABELS: Record<string, string> = {
  label: 'Naam',
  minUren: 'Drempel in uren',
  minDagen: 'Drempel in dagen',
  verplichteVelden: 'Verplichte velden',
  aanbevolenVelden: 'Aanbevolen velden',
  actieGewenstWanneer: 'Wanneer actie gewenst',
  voorafDoorSchool: 'Wat de school vooraf doet',
  actieRegio: 'Wat de regio doet',
  oppakTermijnWerkdagen: 'Oppaktermijn (werkdagen)',
  terugkoppeling: 'Terugkoppeling',
  aaneengesloten: 'Aaneengesloten verzuim (7-dagenregel)',
  soort: 'Soort',
};

const OVERIG_LABELS: Record<string, string> = {
  schoolContact: 'Contactpersoon school',
  regioContact: 'Contactpersoon regio',
  vestigingId: 'Vestiging',
  'preventie.verzuimspreekuur': 'Verzuimspreekuur',
  'preventie.rmcOpLocatie': 'RMC op locatie',
  'preventie.overig': 'Overige preventieafspraken',
  startoverleg: 'Startoverleg',
};

export function drempelTekst(n: Pick<MeldingNorm, 'minUren' | 'minDagen'>): string {
  if (n.minDagen != null) return `Minstens ${n.minDagen} verzuimdagen`;
  if (n.minUren != null) return `Minstens ${n.minUren} verzuimuren`;
  return 'Geen vaste drempel';
}

/** "normen[vervolgmelding].oppakTermijnWerkdagen" → "Vervolgmelding – Oppaktermijn (werkdagen)". */
export function padLabel(pad: string, inhoud: AgendaInhoudDto | null, vestigingen: { id: string; naam: string }[]): string {
  const norm = /^normen\[(.+?)\]\.(\w+)$/.exec(pad);
  if (norm) {
    const label = inhoud?.normen.find((n) => n.soort === norm[1])?.label ?? MELDING_SOORT_LABELS[norm[1]] ?? norm[1];
    return `${label} – ${NORM_VELD_LABELS[norm[2]] ?? norm[2]}`;
  }
  const contact = /^contactpersonen\[(.+?)\]\.(\w+)$/.exec(pad);
  if (contact)
    return `${vestigingen.find((v) => v.id === contact[1])?.naam ?? 'Vestiging'} – ${OVERIG_LABELS[contact[2]] ?? contact[2]}`;
  return OVERIG_LABELS[pad] ?? pad;
}

/** A value from a difference, readable: lists of field names become labels, booleans ja/nee. */
export function waardeTekst(waarde: unknown): string {
  if (waarde === undefined || waarde === null || waarde === '') return '—';
  if (typeof waarde === 'boolean') return waarde ? 'Ja' : 'Nee';
  if (typeof waarde === 'string' && waarde.startsWith('[')) {
    try {
      const lijst = JSON.parse(waarde) as unknown[];
      if (Array.isArray(lijst)) return lijst.map((v) => veldLabel(String(v))).join(', ') || '—';
    } catch {
      // not a list after all
    }
  }
  return String(waarde);
}
