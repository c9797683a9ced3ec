import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import type { Rol } from '@rmc/shared-domain';
import type { AppAbility, AuthzContext } from './subjects';

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
}

const PER_ROL: Record<Rol, (b: Builder, ctx: AuthzContext) => void> = {
  'regio-coordinator': (b, { regioId }) => {
    if (!regioId) return;
    regioLezen(b, regioId);
    dossierWerk(b, regioId);
    b.can('update', 'Regio', { id: regioId });
    b.can(['create', 'update'], 'Organisatie', { regioId });
    b.can(['invite', 'update'], 'Gebruiker', { regioId });
    b.can('read', 'Rapportage', { regioId });
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
  },
  'school-verzuimcoordinator': (b) => {
    b.can('read', 'Instelling');
  },
  'school-mentor': (b) => {
    b.can('read', 'Instelling');
  },
  // Partners see persons only through a share (added with the case issue).
  'wi-klantmanager': (b, { regioId }) => regioId && regioLezen(b, regioId),
  'wijkteam-medewerker': (b, { regioId }) => regioId && regioLezen(b, regioId),
  'jeugdhulp-medewerker': (b, { regioId }) => regioId && regioLezen(b, regioId),
  // Manages regions and the school registry; no access to case content.
  'platform-beheerder': (b) => {
    b.can(['read', 'create', 'update', 'invite'], 'PlatformRegio');
    b.can(['read', 'create', 'update'], 'Instelling');
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
