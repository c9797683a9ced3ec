import type { MongoAbility } from '@casl/ability';
import type { Rol } from '@rmc/shared-domain';

export const ACTIES = ['read', 'create', 'update', 'delete', 'invite', 'manage'] as const;
export type Actie = (typeof ACTIES)[number];

/** Subject types. Records are checked as records with `subject(type, row)`. */
export const SUBJECTS = ['Regio', 'Organisatie', 'Gebruiker', 'Persoon', 'Instelling', 'PlatformRegio', 'Rapportage'] as const;
export type SubjectType = (typeof SUBJECTS)[number];

export type AppAbility = MongoAbility<[Actie, SubjectType | 'all' | Record<PropertyKey, unknown>]>;

/** Who acts: comes from the verified session only. */
export interface AuthzContext {
  gebruikerId: string;
  rol: Rol;
  regioId: string | null;
  organisatieId: string | null;
  vestigingId: string | null;
}

/** Every field of a person record (the slice shapes which of these a role sees). */
export const PERSOON_VELDEN = [
  'id', 'bsn', 'voornaam', 'achternaam', 'geboortedatum', 'postcode', 'gemeenteCode', 'telefoon', 'email',
] as const;
