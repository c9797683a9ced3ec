import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import type { Rol } from '@rmc/shared-domain';
import { leefgebiedVelden, veldenVoorSecties } from '@rmc/shared-domain';
import { MELDING_SCHOOL_VELDEN, type AppAbility, type AuthzContext } from './subjects';

type Builder = AbilityBuilder<AppAbility>;

/** Region staff read their own region, its organisations and colleagues. */
function regioLezen({ can }: Builder, regioId: string) {
  can('read', 'Regio', { id: regioId });
  can('read', 'Organisatie', { regioId });
  can('read', 'Instelling');
}

function dossierWerk({ can }: Builder, regioId: string) {
  can('read', 'Gebruiker', { regioId });
  can(['read', 'create', 'update'], 'Persoon', { regioId });
  can(['read', 'update'], 'Melding', { regioId });
  can('read', 'Verzuimagenda', { regioIds: regioId });
  can(['read', 'create', 'update', 'share'], 'Casus', { regioId });
  can(['create', 'update'], 'PlanActie', { regioId });
  can('read', 'Notitie', { regioId });
  can(['read', 'create', 'update'], 'Overleg', { regioId });
  // The consulent invites the young person into their own channel (a new link is the same call).
  can('invite', 'JongereDossier', { regioId });
}

/** A partner sees a case only through an active share, and only the shared sections; it updates its own actions. */
function partner(b: Builder, ctx: AuthzContext) {
  if (!ctx.regioId) return;
  regioLezen(b, ctx.regioId);
  if (ctx.organisatieId) b.can('read', 'Overleg', { deelnemerOrganisaties: ctx.organisatieId, regioId: ctx.regioId });
  // Partners may read cases as a type (so an ended share answers 404, not 403) but no record beyond their shares.
  b.can('read', 'Casus', ['id'], { id: { $in: (ctx.delingen ?? []).map((d) => d.casusId) } });
  for (const d of ctx.delingen ?? []) {
    b.can('read', 'Casus', [...veldenVoorSecties(d.secties), ...leefgebiedVelden(d.secties)], {
      id: d.casusId,
      regioId: ctx.regioId,
    });
    if (ctx.organisatieId) {
      b.can('update', 'PlanActie', { casusId: d.casusId, eigenaarOrganisatieId: ctx.organisatieId });
      // A partner reads back its own organisation's notes on the case, never another partner's.
      b.can('read', 'Notitie', { casusId: d.casusId, organisatieId: ctx.organisatieId });
    }
    b.can('create', 'Notitie', { casusId: d.casusId });
  }
}

/** A school sees what its vestiging filed (in every region) and only its slice of it. */
function school({ can }: Builder, { vestigingId, instellingId }: AuthzContext, acties: Array<'read' | 'create' | 'update'>) {
  can('read', 'Instelling');
  if (!vestigingId) return;
  can(acties, 'Melding', [...MELDING_SCHOOL_VELDEN], { vestigingId });
  if (instellingId) can('read', 'Verzuimagenda', { instellingId });
}

const PER_ROL: Record<Rol, (b: Builder, ctx: AuthzContext) => void> = {
  'regio-coordinator': (b, { regioId }) => {
    if (!regioId) return;
    regioLezen(b, regioId);
    dossierWerk(b, regioId);
    b.can('update', 'Regio', { id: regioId });
    b.can(['create', 'update'], 'Organisatie', { regioId });
    b.can(['invite', 'update'], 'Gebruiker', { regioId });
    b.can('delete', 'Persoon', { regioId });
    b.can('read', 'Rapportage', { regioId });
    b.can(['create', 'update', 'approve'], 'Verzuimagenda', { regioIds: regioId });
    b.can('read', 'Compliance', { regioId });
    // Who works a melding or a case is the coördinator's decision (toewijzing, reassignment).
    b.can('assign', ['Melding', 'Casus'], { regioId });
    // Single sign-on for the region's own organisations (docs/adr/0017-oidc-sso.md).
    b.can(['read', 'create', 'update'], 'Identiteitsprovider', { regioId });
  },
  'regio-consulent': (b, { regioId }) => {
    if (!regioId) return;
    regioLezen(b, regioId);
    dossierWerk(b, regioId);
  },
  leerplichtambtenaar: (b, { regioId }) => {
    if (!regioId) return;
    regioLezen(b, regioId);
    dossierWerk(b, regioId);
  },
  // Aggregates only: never a person.
  beleidsmedewerker: (b, { regioId }) => {
    if (!regioId) return;
    regioLezen(b, regioId);
    b.can('read', 'Rapportage', { regioId });
    b.can('read', 'Verzuimagenda', { regioIds: regioId });
    b.can('read', 'Compliance', { regioId });
  },
  'school-verzuimcoordinator': (b, ctx) => {
    school(b, ctx, ['read', 'create', 'update']);
    if (ctx.instellingId) {
      b.can(['create', 'update', 'approve'], 'Verzuimagenda', { instellingId: ctx.instellingId });
      b.can('read', 'Compliance', { instellingId: ctx.instellingId });
    }
    if (ctx.vestigingId) b.can(['read', 'create', 'delete'], 'Systeemkoppeling', { vestigingId: ctx.vestigingId });
  },
  'school-mentor': (b, ctx) => school(b, ctx, ['read', 'create']),
  // A school system files and reads its vestiging's meldingen through the API; nothing else.
  'school-systeem': (b, ctx) => school(b, ctx, ['read', 'create']),
  // Partners see persons only through a share (added with the case issue).
  'wi-klantmanager': partner,
  'wijkteam-medewerker': partner,
  'jeugdhulp-medewerker': partner,
  // Manages regions and the school registry; no access to case content.
  'platform-beheerder': (b) => {
    b.can(['read', 'create', 'update', 'invite'], 'PlatformRegio');
    b.can(['read', 'create', 'update'], 'Instelling');
    // Single sign-on: the platform configures the providers of school instellingen and reads the regions'
    // ones (support), but changes only its own (ADR 0017; RLS sso_idp_toevoegen/_wijzigen again).
    b.can('read', 'Identiteitsprovider');
    b.can(['create', 'update'], 'Identiteitsprovider', { instellingId: { $ne: null } });
  },
  // The young person: their own dossier and nothing else (docs/jongere-kanaal.md); RLS checks app_persoon() again.
  jongere: (b, { persoonId, regioId }) => {
    if (!persoonId || !regioId) return;
    b.can(['read', 'update'], 'JongereDossier', { persoonId, regioId });
  },
};

/** Builds the ability for one request. Nothing is cached: shares and consents bite at once. */
export function defineAbilityFor(ctx: AuthzContext): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  PER_ROL[ctx.rol](builder, ctx);
  return builder.build();
}

/** Portal side: rebuild the ability from the packed rules sent with the session. */
export function createAppAbility(rules: AppAbility['rules']): AppAbility {
  return createMongoAbility(rules) as AppAbility;
}
