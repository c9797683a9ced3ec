import type { Rol } from '@rmc/shared-domain';
import { ROL_LABELS, ROLLEN } from '@rmc/shared-domain';
import type { Actie, SubjectType } from './subjects';

/**
 * The written permission policy. Each cell says for which records a role may do an action:
 *  - 'eigen'  : only records of the user's own region (school roles: own vestiging / instelling)
 *  - 'gedeeld': only records shared with the user's organisation through an active share (partners)
 *  - 'alle'   : every record (registries that are not tenant data)
 *  - 'zelf'   : only the young person's own record (role `jongere`)
 *  - '-'      : never
 * A test (matrix.spec.ts) evaluates every cell against the CASL rules; docs/permissions.md is
 * rendered from this table (`npm run docs:permissions`) and a test keeps both in step.
 */
export type Cel = 'eigen' | 'gedeeld' | 'alle' | 'zelf' | '-';
export const MATRIX_ACTIES: readonly Actie[] = ['read', 'create', 'update', 'delete', 'invite', 'approve', 'share', 'assign'];
export const MATRIX_SUBJECTS: readonly SubjectType[] = [
  'Regio',
  'Organisatie',
  'Gebruiker',
  'Persoon',
  'Instelling',
  'PlatformRegio',
  'Rapportage',
  'Melding',
  'Verzuimagenda',
  'Compliance',
  'Systeemkoppeling',
  'Casus',
  'PlanActie',
  'Notitie',
  'Overleg',
  'Identiteitsprovider',
  'JongereDossier',
];

type Rij = Partial<Record<SubjectType, Partial<Record<Actie, Cel>>>>;
const regioLezen: Rij = { Regio: { read: 'eigen' }, Organisatie: { read: 'eigen' }, Instelling: { read: 'alle' } };
const dossier: Rij = {
  Gebruiker: { read: 'eigen' },
  Persoon: { read: 'eigen', create: 'eigen', update: 'eigen' },
  Melding: { read: 'eigen', update: 'eigen' },
  Verzuimagenda: { read: 'eigen' },
  Casus: { read: 'eigen', create: 'eigen', update: 'eigen', share: 'eigen' },
  PlanActie: { create: 'eigen', update: 'eigen' },
  Notitie: { read: 'eigen' },
  Overleg: { read: 'eigen', create: 'eigen', update: 'eigen' },
  JongereDossier: { invite: 'eigen' },
};
const partnerRij: Rij = {
  ...regioLezen,
  Casus: { read: 'gedeeld' },
  PlanActie: { update: 'gedeeld' },
  Notitie: { read: 'gedeeld', create: 'gedeeld' },
  Overleg: { read: 'gedeeld' },
};

export const PERMISSIE_MATRIX: Record<Rol, Rij> = {
  'regio-coordinator': {
    ...regioLezen,
    ...dossier,
    Regio: { read: 'eigen', update: 'eigen' },
    Organisatie: { read: 'eigen', create: 'eigen', update: 'eigen' },
    Gebruiker: { read: 'eigen', invite: 'eigen', update: 'eigen' },
    Persoon: { read: 'eigen', create: 'eigen', update: 'eigen', delete: 'eigen' },
    Rapportage: { read: 'eigen' },
    Verzuimagenda: { read: 'eigen', create: 'eigen', update: 'eigen', approve: 'eigen' },
    Compliance: { read: 'eigen' },
    Melding: { read: 'eigen', update: 'eigen', assign: 'eigen' },
    Casus: { read: 'eigen', create: 'eigen', update: 'eigen', share: 'eigen', assign: 'eigen' },
    Identiteitsprovider: { read: 'eigen', create: 'eigen', update: 'eigen' },
  },
  'regio-consulent': { ...regioLezen, ...dossier },
  leerplichtambtenaar: { ...regioLezen, ...dossier },
  beleidsmedewerker: {
    ...regioLezen,
    Rapportage: { read: 'eigen' },
    Verzuimagenda: { read: 'eigen' },
    Compliance: { read: 'eigen' },
  },
  'school-verzuimcoordinator': {
    Instelling: { read: 'alle' },
    Melding: { read: 'eigen', create: 'eigen', update: 'eigen' },
    Verzuimagenda: { read: 'eigen', create: 'eigen', update: 'eigen', approve: 'eigen' },
    Compliance: { read: 'eigen' },
    Systeemkoppeling: { read: 'eigen', create: 'eigen', delete: 'eigen' },
  },
  'school-mentor': {
    Instelling: { read: 'alle' },
    Melding: { read: 'eigen', create: 'eigen' },
    Verzuimagenda: { read: 'eigen' },
  },
  'wi-klantmanager': partnerRij,
  'wijkteam-medewerker': partnerRij,
  'jeugdhulp-medewerker': partnerRij,
  'school-systeem': {
    Instelling: { read: 'alle' },
    Melding: { read: 'eigen', create: 'eigen' },
    Verzuimagenda: { read: 'eigen' },
  },
  'platform-beheerder': {
    PlatformRegio: { read: 'alle', create: 'alle', update: 'alle', invite: 'alle' },
    Instelling: { read: 'alle', create: 'alle', update: 'alle' },
    Identiteitsprovider: { read: 'alle', create: 'alle', update: 'alle' },
  },
  jongere: { JongereDossier: { read: 'zelf', update: 'zelf' } },
};

export function cel(rol: Rol, subject: SubjectType, actie: Actie): Cel {
  return PERMISSIE_MATRIX[rol][subject]?.[actie] ?? '-';
}

const SUBJECT_UITLEG: Record<SubjectType, string> = {
  Regio: 'de regio zelf en haar instellingen (tenant)',
  Organisatie: 'organisaties van de regio (RMC-team, W&I, wijkteam, jeugdhulp, …)',
  Gebruiker: 'accounts met een lidmaatschap in de regio',
  Persoon: 'jongeren (persoonsgegevens)',
  Instelling: 'gedeeld register van MBO-instellingen en vestigingen',
  PlatformRegio: 'regio’s beheren als platformbeheerder (geen dossierinhoud)',
  Rapportage: 'geaggregeerde cijfers zonder persoonsgegevens',
  Melding: 'verzuimmeldingen (school: eigen vestiging, alleen het schooldeel; regio: naar de regio gerouteerd)',
  Verzuimagenda: 'verzuimagenda per instelling per schooljaar, gedeeld door de instelling en de deelnemende regio’s',
  Compliance: 'naleving van de agenda per vestiging (cijfers; kleine aantallen onderdrukt)',
  Systeemkoppeling: 'API-tokens voor schoolsystemen (per vestiging)',
  Casus: 'casus door de vijf fasen; partners alleen via een actieve deling en alleen de gedeelde secties',
  PlanActie: 'acties in het plan van aanpak; een partner werkt alleen zijn eigen acties bij',
  Notitie:
    'notities van partners bij een gedeelde casus (de regio leest ze; een partner leest alleen die van de eigen organisatie)',
  Overleg: 'casusoverleg (MDO); partners alleen als deelnemende organisatie',
  Identiteitsprovider:
    'eenmalige aanmelding (OIDC) per organisatie: de regio voor haar organisaties, het platform voor MBO-instellingen (de providers van regio’s leest het platform alleen)',
  JongereDossier:
    'het eigen dossier van de jongere in het jongerenkanaal (/jongere): de consulent nodigt uit, de jongere ziet en doet alleen iets met het eigen dossier',
};

/** Renders docs/permissions.md. */
export function renderPermissieMatrix(): string {
  const kop = ['Rol', ...MATRIX_SUBJECTS.flatMap((s) => MATRIX_ACTIES.map((a) => `${s}.${a}`))];
  const regels = [
    '# Permissiematrix',
    '',
    '<!-- Generated from libs/shared/authz/src/lib/matrix.ts by `npm run docs:permissions`; a test fails when this file is stale. -->',
    '',
    'Cells: `eigen` = only records of the user’s own region (school roles: own vestiging/instelling); `gedeeld` = only cases shared with the user’s organisation through an active share (and within them only the shared sections); `alle` = every record (shared registry, not tenant data); `zelf` = only the young person’s own record (role `jongere`); `-` = never.',
    'Everything not granted is denied (deny by default). Records of another region answer **404**, a type the role may never touch answers **403**.',
    'Partners (W&I, wijkteam, jeugdhulp) see persons only through a recorded share, and within a shared case only the fields of the shared sections.',
    '`assign` = deciding who works a record (toewijzing of a melding, reassigning a case): the services ask CASL, they do not branch on the role.',
    '',
    '## Subjects',
    '',
    ...MATRIX_SUBJECTS.map((s) => `- **${s}** — ${SUBJECT_UITLEG[s]}`),
    '',
  ];
  for (const subject of MATRIX_SUBJECTS) {
    regels.push(
      `## ${subject}`,
      '',
      `| Rol | ${MATRIX_ACTIES.join(' | ')} |`,
      `|---|${MATRIX_ACTIES.map(() => '---').join('|')}|`,
    );
    for (const rol of ROLLEN)
      regels.push(`| ${ROL_LABELS[rol]} (\`${rol}\`) | ${MATRIX_ACTIES.map((a) => cel(rol, subject, a)).join(' | ')} |`);
    regels.push('');
  }
  void kop;
  return regels.join('\n');
}
