import type { MeResponse } from '@rmc/shared-api-types';
import type { AppAbility } from '@rmc/shared-authz';

/** The logged-in user's organisation, for the few parts that depend on its kind rather than on a rule. */
type Wie = Pick<MeResponse, 'organisatie'> | null | undefined;

/** Organisations that can receive a warm handover at the age limit (besides another region). */
const OVERDRACHT_ONTVANGERS: readonly string[] = ['leerplicht', 'werk-en-inkomen'];

/**
 * School and region both hold rules on Melding; the conditions tell them apart (a school's rule is
 * bound to its vestiging, a region's to its regioId), so one ability answers "which side am I".
 */
function meldingRegel(a: AppAbility, actie: 'read' | 'create' | 'update', sleutel: 'vestigingId' | 'regioId'): boolean {
  return a
    .rulesFor(actie, 'Melding')
    .some((regel) => !regel.inverted && !!regel.conditions && sleutel in (regel.conditions as object));
}

/**
 * What each part of the portal requires, in one place: the navigation hides what a route guard
 * would refuse. The API checks again; this is only about not showing dead ends.
 */
export const TOEGANG = {
  personen: (a: AppAbility) => a.can('read', 'Persoon'),
  organisaties: (a: AppAbility) => a.can('manage', 'Organisatie') || a.can('create', 'Organisatie'),
  gebruikers: (a: AppAbility) => a.can('invite', 'Gebruiker'),
  instellingen: (a: AppAbility) => a.can('update', 'Regio'),
  /** Single sign-on providers: the regio-beheerder (its organisations) and the platform (school instellingen). */
  identiteitsproviders: (a: AppAbility) => a.can('read', 'Identiteitsprovider'),
  // The matrix grants platform operators read/create/update/invite, not the catch-all 'manage'.
  platformRegios: (a: AppAbility) => a.can('manage', 'PlatformRegio') || a.can('read', 'PlatformRegio'),
  /** Queue counts and the e-mail outbox (no personal data): the platform-beheerder. */
  platformWachtrijen: (a: AppAbility) => a.can('read', 'PlatformRegio'),
  /** School: the meldingen of its vestiging (list and detail). */
  meldingen: (a: AppAbility) => meldingRegel(a, 'read', 'vestigingId'),
  meldingNieuw: (a: AppAbility) => meldingRegel(a, 'create', 'vestigingId'),
  /** School answering a question of the region: changes the melding (verzuimcoördinator). */
  meldingAanvullen: (a: AppAbility) => meldingRegel(a, 'update', 'vestigingId'),
  /** Region: the triage queue and the actions on a routed melding. */
  triage: (a: AppAbility) => meldingRegel(a, 'read', 'regioId'),
  meldingBehandelen: (a: AppAbility) => meldingRegel(a, 'update', 'regioId'),
  /** A melding detail page: whoever may read meldingen on either side. */
  meldingDetail: (a: AppAbility) => a.can('read', 'Melding'),
  verzuimagenda: (a: AppAbility) => a.can('read', 'Verzuimagenda'),
  verzuimagendaWijzigen: (a: AppAbility) => a.can('update', 'Verzuimagenda') || a.can('create', 'Verzuimagenda'),
  verzuimagendaGoedkeuren: (a: AppAbility) => a.can('approve', 'Verzuimagenda'),
  compliance: (a: AppAbility) => a.can('read', 'Compliance'),
  /** School: API tokens of the own vestiging for the school's system (verzuimcoördinator). */
  koppelingen: (a: AppAbility) => a.can('read', 'Systeemkoppeling'),
  koppelingMaken: (a: AppAbility) => a.can('create', 'Systeemkoppeling'),
  koppelingIntrekken: (a: AppAbility) => a.can('delete', 'Systeemkoppeling'),
  /** Cases: the region's own (RMC roles) or, for partners, only those shared with their organisation. */
  casussen: (a: AppAbility) => a.can('read', 'Casus'),
  /** The region's caseload: whoever works on cases (RMC roles). */
  caseload: (a: AppAbility) => a.can('update', 'Casus'),
  /** Nazorg check-ins after closing a case: whoever works on cases (RMC roles). */
  nazorg: (a: AppAbility) => a.can('update', 'Casus'),
  /** Partners: read-only access through shares, no case work of their own. */
  gedeeldeCasussen: (a: AppAbility) => a.can('read', 'Casus') && !a.can('update', 'Casus'),
  casusNieuw: (a: AppAbility) => a.can('create', 'Casus'),
  casusBeheren: (a: AppAbility) => a.can('update', 'Casus'),
  casusDelen: (a: AppAbility) => a.can('share', 'Casus'),
  /** Casusoverleg (MDO): RMC roles their region's meetings, partners those their organisation takes part in. */
  overleggen: (a: AppAbility) => a.can('read', 'Overleg'),
  overlegNieuw: (a: AppAbility) => a.can('create', 'Overleg'),
  /** Own open actions across cases and meetings: whoever works on cases or reads shared ones. */
  mijnActies: (a: AppAbility) => a.can('read', 'Casus'),
  /**
   * Warm handovers: RMC roles (offered to and sent by their region) and the region's leerplicht and
   * W&I staff (offered to their organisation). Wijkteam and jeugdhulp hold the same case rules as W&I
   * but never receive a handover, so the organisation's kind decides.
   */
  overdrachten: (a: AppAbility, wie?: Wie) =>
    a.can('update', 'Casus') || (a.can('read', 'Casus') && OVERDRACHT_ONTVANGERS.includes(wie?.organisatie?.soort ?? '')),
  /** Accepting a handover to the region opens a case there. */
  overdrachtAccepteren: (a: AppAbility) => a.can('create', 'Casus'),
  /** "Vind alles" in the header: whoever may read young people, meldingen, cases or meetings (the API filters per kind). */
  zoeken: (a: AppAbility) => (['Persoon', 'Melding', 'Casus', 'Overleg'] as const).some((s) => a.can('read', s)),
  /** Erasure on request (AVG art. 17): the coördinator. */
  persoonWissen: (a: AppAbility) => a.can('delete', 'Persoon'),
} as const satisfies Record<string, (a: AppAbility, wie?: Wie) => boolean>;

export type Onderdeel = keyof typeof TOEGANG;
