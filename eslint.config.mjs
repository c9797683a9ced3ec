import nx from '@nx/eslint-plugin';

/**
 * Which context may import which (issue 10, part 8). Derived from the real imports and kept tight: a
 * context imports another only for an exported service or query function it needs (docs/architecture.md,
 * "Who owns which table"). Every server lib carries one `context:<name>` tag; `context:shared` are the
 * libs/shared/* libs. Apps (api, worker) are not constrained by context: they wire everything together.
 * A new edge is a decision: add it here in the same change that needs it.
 */
const CONTEXT_EDGES = {
  kernel: ['database', 'pdf'],
  database: [],
  pdf: [],
  // The ordered migration list imports every context's migrations folder.
  migrations: [
    'database',
    'casus',
    'identity',
    'jongere',
    'meldingen',
    'nazorg',
    'notificaties',
    'organisaties',
    'overleg',
    'personen',
    'platform',
    'rapportage',
    'sso',
    'verzuimagenda',
  ],
  notificaties: ['kernel', 'database'],
  organisaties: ['kernel', 'database'],
  identity: ['kernel', 'database', 'notificaties', 'organisaties'],
  verzuimagenda: ['kernel', 'database', 'pdf', 'organisaties'],
  // identity: user names (gebruikerNaamSql); personen: the person a judgement opens a case for. Casus (which
  // imports meldingen) is reached through meldingen's CasusOpener port, which casus provides.
  meldingen: ['kernel', 'database', 'identity', 'notificaties', 'organisaties', 'personen', 'verzuimagenda'],
  // identity: memberships and user names; nazorg: a case's check-in tasks; personen: the person's name and
  // BSN (their exported query functions and SQL expressions). Casus implements meldingen's CasusOpener and
  // personen's PersoonTijdlijnBron ports (CasusPoortenModule), so neither imports casus.
  casus: ['kernel', 'database', 'pdf', 'identity', 'meldingen', 'nazorg', 'notificaties', 'organisaties', 'personen'],
  // identity: the chair's and participants' names, the members of the invited organisations.
  overleg: ['kernel', 'database', 'pdf', 'casus', 'identity', 'notificaties', 'organisaties'],
  // The person's timeline comes from casus through the PersoonTijdlijnBron port (casus imports personen).
  personen: ['kernel', 'database', 'organisaties'],
  // identity: the scan's recipients (coördinatoren, mail preference, digest); meldingen: the melding rules'
  // candidates and retention's melding deletes (their exported query functions). Neither imports nazorg.
  // Casus and personen sit above nazorg (casus imports nazorg): they implement nazorg's ports instead.
  nazorg: ['kernel', 'database', 'identity', 'meldingen', 'notificaties', 'organisaties'],
  platform: ['kernel', 'database', 'identity', 'organisaties'],
  // identity: the login step, sessions and account lookups; organisaties: the provider's organisation or instelling.
  sso: ['kernel', 'database', 'identity', 'organisaties'],
  rapportage: ['kernel', 'database', 'organisaties', 'verzuimagenda'],
  // The youth channel: casus (the person's cases, actions, shares: its exported query functions), overleg
  // (meetings about them), personen (the person row), notificaties (outbox, the consulent's notification),
  // organisaties (the region's own team for a message).
  jongere: ['kernel', 'database', 'casus', 'notificaties', 'organisaties', 'overleg', 'personen'],
};
const contextConstraints = Object.entries(CONTEXT_EDGES).map(([context, mag]) => ({
  sourceTag: `context:${context}`,
  onlyDependOnLibsWithTags: [`context:${context}`, 'context:shared', ...mag.map((m) => `context:${m}`)],
}));

/** Module boundaries are enforced, not only declared (DESIGN.md): a wrong import fails lint. */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.angular', 'tmp', '.tools', 'artifacts', '.nx'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:ui'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data', 'type:feature', 'type:ui'],
            },
            ...contextConstraints,
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      // Used after explicit checks (rows just inserted with RETURNING, guarded actors).
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
