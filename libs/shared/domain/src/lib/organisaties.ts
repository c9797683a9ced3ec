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
