import type { Rol } from './rollen';

/** Kinds of organisation that belong to one region (tenant data). MBO instellingen and their
 * vestigingen are a shared registry (see docs/adr/0003-tenancy-model.md). */
export const ORGANISATIE_SOORTEN = [
  'regio-team',
  'pro-vso-school',
  'werk-en-inkomen',
  'wijkteam',
  'jeugdhulp',
  'ggd',
  'leerplicht',
  'overig',
] as const;
export type OrganisatieSoort = (typeof ORGANISATIE_SOORTEN)[number];

/**
 * Organisations that take part in a meeting without a share of each case on its agenda (the region's
 * own team, leerplicht). Every other participating organisation needs an active share: the API's
 * agenda rule and the portal's choice of cases both read this list.
 */
export const OVERLEG_ZONDER_DELING: readonly OrganisatieSoort[] = ['regio-team', 'leerplicht'];

/** The participating organisations that must have an active share of a case on the agenda. */
export const overlegPartnersMetDeling = <T extends { soort: OrganisatieSoort }>(organisaties: readonly T[]): T[] =>
  organisaties.filter((o) => !OVERLEG_ZONDER_DELING.includes(o.soort));

export const ORGANISATIE_SOORT_LABELS: Record<OrganisatieSoort, string> = {
  'regio-team': 'RMC-team van de regio',
  'pro-vso-school': 'Pro/vso-school',
  'werk-en-inkomen': 'Werk & Inkomen',
  wijkteam: 'Wijkteam / sociaal team',
  jeugdhulp: 'Jeugdhulp',
  ggd: 'GGD',
  leerplicht: 'Leerplicht',
  overig: 'Overige ketenpartner',
};

/** Which role may be held in which kind of regional organisation. */
export const ROLLEN_PER_SOORT: Record<OrganisatieSoort, readonly Rol[]> = {
  'regio-team': ['regio-coordinator', 'regio-consulent', 'beleidsmedewerker'],
  leerplicht: ['leerplichtambtenaar'],
  'werk-en-inkomen': ['wi-klantmanager'],
  wijkteam: ['wijkteam-medewerker'],
  jeugdhulp: ['jeugdhulp-medewerker'],
  ggd: ['jeugdhulp-medewerker'],
  'pro-vso-school': ['school-mentor'],
  overig: ['wijkteam-medewerker'],
};

export function rolPastBijSoort(rol: Rol, soort: OrganisatieSoort): boolean {
  return ROLLEN_PER_SOORT[soort].includes(rol);
}
