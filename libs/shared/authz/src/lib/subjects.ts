import type { MongoAbility } from '@casl/ability';
import type { Rol } from '@rmc/shared-domain';

/** `assign`: (re)assign a record to a consulent (toewijzing of a melding or a case): the coördinator's call. */
export const ACTIES = ['read', 'create', 'update', 'delete', 'invite', 'approve', 'share', 'assign', 'manage'] as const;
export type Actie = (typeof ACTIES)[number];

/** Subject types. Records are checked as records with `subject(type, row)`. */
export const SUBJECTS = [
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
] as const;
export type SubjectType = (typeof SUBJECTS)[number];

export type AppAbility = MongoAbility<[Actie, SubjectType | 'all' | Record<PropertyKey, unknown>]>;

/** Who acts: comes from the verified session only. */
export interface AuthzContext {
  gebruikerId: string;
  rol: Rol;
  regioId: string | null;
  organisatieId: string | null;
  vestigingId: string | null;
  instellingId?: string | null;
  /** Active shares with the user's organisation (partners), loaded per request: withdrawal bites at once. */
  delingen?: Array<{ casusId: string; secties: string[] }>;
  /** The young person of a jongere session (role `jongere`): their own dossier only. */
  persoonId?: string | null;
}

/** Every field of a person record (the slice shapes which of these a role sees). */
export const PERSOON_VELDEN = [
  'id',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'gemeenteCode',
  'telefoon',
  'email',
] as const;

/** What the school filed and the feedback it gets back: the school's slice of a melding. */
export const MELDING_SCHOOL_VELDEN = [
  'id',
  'status',
  'soort',
  'regioNaam',
  'regioAangesloten',
  'vestigingId',
  'vestigingNaam',
  'instellingNaam',
  'gemeldOp',
  'gemeldDoorNaam',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'telefoon',
  'afwijkendVerblijfadres',
  'begindatum',
  'einddatum',
  'vermoedelijkeSoort',
  'vermoedelijkeReden',
  'allesGemist',
  'doorSchoolOndernomen',
  'actieGewenst',
  'toelichtingActieGewenst',
  'melderNaam',
  'melderFunctie',
  'melderTelefoon',
  'melderEmail',
  'verzuimDagen',
  'verzuimUren',
  'zorgen',
  'afsprakenMetStudent',
  'betrokkenContacten',
  'lopendeHulp',
  'verwachtingVanRegio',
  'vorigeMeldingId',
  'volledig',
  'ontbrekend',
  'terugmeldStatus',
  'redenAfgesloten',
  'terugmeldToelichting',
  'regioContactpersoon',
  'teruggemeldOp',
  'openVraag',
  'historie',
] as const;
/** Region-only fields: triage, assignment, the judgement and the case link. */
export const MELDING_REGIO_VELDEN = [
  ...MELDING_SCHOOL_VELDEN,
  'oppakDeadline',
  'teLaat',
  'urgentie',
  'consulentId',
  'consulentNaam',
  'oordeel',
  'oordeelReden',
  'casusId',
  'eerdereMeldingen',
] as const;
