import type { MeldingCreate } from '@rmc/shared-api-types';
import { controleerDrempel, isGeldigBsn, ontbrekendeVerplichteVelden, parsePostcode, type MeldingNorm } from '@rmc/shared-domain';
import { veldLabel } from './melding-teksten';

/** What to say when a required field is empty (Dutch, per field; the rest gets a generic text). */
const LEEG: Record<string, string> = {
  bsn: 'Vul het BSN van de student in.',
  voornaam: 'Vul de voornaam van de student in.',
  achternaam: 'Vul de achternaam van de student in.',
  geboortedatum: 'Vul de geboortedatum van de student in.',
  postcode: 'Vul de postcode van het woonadres in.',
  soort: 'Kies de soort melding.',
  leslocatieVestigingId: 'Kies de leslocatie.',
  begindatum: 'Vul de begindatum van het verzuim in.',
  vermoedelijkeSoort: 'Kies de vermoedelijke soort verzuim.',
  allesGemist: 'Geef aan of de student alle lessen heeft gemist.',
  actieGewenst: 'Geef aan of u actie van de gemeente wilt.',
  toelichtingActieGewenst: 'Licht toe welke actie u van de regio verwacht.',
  verzuimDagen: 'Vul het aantal verzuimdagen in.',
  verzuimUren: 'Vul het aantal verzuimuren in.',
  vorigeMeldingId: 'Kies de eerdere melding waarop deze vervolgmelding aansluit.',
  zorgen: 'Kruis minstens één zorg van de school aan.',
  melderNaam: 'Vul de naam van de melder in.',
  melderFunctie: 'Vul de functie van de melder in.',
};

export const leegTekst = (veld: string) => LEEG[veld] ?? `Vul “${veldLabel(veld)}” in.`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Same rule as the API: 8 to 20 digits, spaces, +, ( ) and -. */
export const TELEFOON = /^[0-9 +()-]{8,20}$/;

/**
 * The checks the portal can do before sending: the agenda's required fields for this kind, the
 * threshold, BSN 11-proef, postcode, dates. The API checks all of it again (and the 7-day rule).
 */
export function controleerMelding(m: Partial<MeldingCreate>, norm: MeldingNorm | null, vandaag: string): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!m.soort) fouten['soort'] = leegTekst('soort');
  const verplicht = norm
    ? ontbrekendeVerplichteVelden(m as Record<string, unknown>, norm)
    : [
        'bsn',
        'voornaam',
        'achternaam',
        'geboortedatum',
        'postcode',
        'begindatum',
        'vermoedelijkeSoort',
        'leslocatieVestigingId',
        'melderNaam',
        'melderFunctie',
      ].filter((v) => !(m as Record<string, unknown>)[v]);
  for (const veld of verplicht) fouten[veld] = leegTekst(veld);

  if (m.bsn && !isGeldigBsn(m.bsn)) fouten['bsn'] = 'Dit BSN klopt niet. Een BSN heeft 9 cijfers en voldoet aan de elfproef.';
  if (m.postcode && !parsePostcode(m.postcode)) fouten['postcode'] = 'Vul een geldige postcode in, zoals 8011 AB.';
  if (m.geboortedatum && m.geboortedatum > vandaag) fouten['geboortedatum'] = 'De geboortedatum kan niet in de toekomst liggen.';
  if (m.begindatum && m.begindatum > vandaag)
    fouten['begindatum'] = 'De begindatum van het verzuim kan niet in de toekomst liggen.';
  if (m.begindatum && m.einddatum && m.einddatum < m.begindatum) fouten['einddatum'] = 'De einddatum ligt vóór de begindatum.';
  for (const veld of ['verzuimDagen', 'verzuimUren'] as const) {
    const waarde = m[veld];
    if (waarde !== undefined && (!Number.isInteger(waarde) || waarde < 0))
      fouten[veld] = `Vul bij “${veldLabel(veld)}” een heel getal van 0 of meer in.`;
  }
  if (norm && !fouten['verzuimUren'] && !fouten['verzuimDagen']) {
    const drempel = controleerDrempel(m, norm);
    if (drempel && m[drempel.veld as 'verzuimUren' | 'verzuimDagen'] !== undefined) fouten[drempel.veld] = drempel.reden;
  }
  if (m.actieGewenst && !m.toelichtingActieGewenst) fouten['toelichtingActieGewenst'] = leegTekst('toelichtingActieGewenst');
  for (const veld of ['telefoon', 'melderTelefoon'] as const)
    if (m[veld] && !TELEFOON.test(m[veld]!)) fouten[veld] = 'Vul een geldig telefoonnummer in, zoals 06-12345678.';
  if (m.melderEmail && !EMAIL.test(m.melderEmail)) fouten['melderEmail'] = 'Vul een geldig e-mailadres in, zoals naam@school.nl.';
  return fouten;
}

/** Today as yyyy-mm-dd in the Netherlands. */
export function vandaagInNederland(nu = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(nu);
}
