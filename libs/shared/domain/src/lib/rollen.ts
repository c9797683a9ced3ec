/** The roles of the trade (DOMAIN.md "People (roles) and their slice"). */
export const ROLLEN = [
  'regio-coordinator',
  'regio-consulent',
  'leerplichtambtenaar',
  'beleidsmedewerker',
  'school-verzuimcoordinator',
  'school-mentor',
  'wi-klantmanager',
  'wijkteam-medewerker',
  'jeugdhulp-medewerker',
  'platform-beheerder',
  'school-systeem',
  'jongere',
] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_LABELS: Record<Rol, string> = {
  'regio-coordinator': 'RMC-coördinator',
  'regio-consulent': 'RMC-consulent / trajectbegeleider',
  leerplichtambtenaar: 'Leerplichtambtenaar',
  beleidsmedewerker: 'Beleidsmedewerker / analist',
  'school-verzuimcoordinator': 'Verzuimcoördinator school',
  'school-mentor': 'Mentor / SLB school',
  'wi-klantmanager': 'Klantmanager Werk & Inkomen',
  'wijkteam-medewerker': 'Medewerker wijkteam',
  'jeugdhulp-medewerker': 'Medewerker jeugdhulp',
  'platform-beheerder': 'Platformbeheerder',
  'school-systeem': 'Systeemkoppeling school (API)',
  jongere: 'Jongere (eigen dossier, jongerenkanaal)',
};

/** Chain partners: they see a case only through a share. */
export const PARTNER_ROLLEN: readonly Rol[] = ['wi-klantmanager', 'wijkteam-medewerker', 'jeugdhulp-medewerker'];

/** Roles held at an MBO vestiging (shared registry, serves many regions): no region in the session. */
export const SCHOOL_ROLLEN: readonly Rol[] = ['school-verzuimcoordinator', 'school-mentor', 'school-systeem'];

/** Roles for which a region's TOTP requirement applies (everyone who can reach personal data). */
export const PROFESSIONELE_ROLLEN: readonly Rol[] = ROLLEN.filter(
  (r) => r !== 'beleidsmedewerker' && r !== 'school-systeem' && r !== 'jongere',
);

/**
 * The young person in their own channel (/jongere): no account, no membership, never invited as a
 * user; a session of the jongere context for one person (docs/jongere-kanaal.md).
 */
export const JONGERE_ROL = 'jongere' satisfies Rol;

export function isRol(value: unknown): value is Rol {
  return typeof value === 'string' && (ROLLEN as readonly string[]).includes(value);
}
