import type { AppAbility } from '@rmc/shared-authz';

/**
 * What each part of the portal requires, in one place: the navigation hides what a route guard
 * would refuse. The API checks again; this is only about not showing dead ends.
 */
export const TOEGANG = {
  personen: (a: AppAbility) => a.can('read', 'Persoon'),
  organisaties: (a: AppAbility) => a.can('manage', 'Organisatie') || a.can('create', 'Organisatie'),
  gebruikers: (a: AppAbility) => a.can('invite', 'Gebruiker'),
  instellingen: (a: AppAbility) => a.can('update', 'Regio'),
  // The matrix grants platform operators read/create/update/invite, not the catch-all 'manage'.
  platformRegios: (a: AppAbility) => a.can('manage', 'PlatformRegio') || a.can('read', 'PlatformRegio'),
} as const satisfies Record<string, (a: AppAbility) => boolean>;

export type Onderdeel = keyof typeof TOEGANG;
