import { LEEFGEBIEDEN, ROLLEN, type Rol } from '@rmc/shared-domain';
import { subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MATRIX_ACTIES, MATRIX_SUBJECTS, PERMISSIE_MATRIX, cel, renderPermissieMatrix } from './matrix';
import { canOnRecord, shapeFields } from './fields';
import { defineAbilityFor } from './rules';
import { PERSOON_VELDEN, type AuthzContext, type SubjectType } from './subjects';

const EIGEN = '11111111-1111-4111-8111-111111111111';
const ANDER = '22222222-2222-4222-8222-222222222222';

function ctx(rol: Rol): AuthzContext {
  const school = rol.startsWith('school-');
  const platform = rol === 'platform-beheerder';
  return {
    gebruikerId: 'u1',
    rol,
    regioId: school || platform ? null : EIGEN,
    organisatieId: school ? null : 'o-' + EIGEN,
    vestigingId: school ? 'v-' + EIGEN : null,
    instellingId: school ? 'i-' + EIGEN : null,
    // Partners: one active share, on the 'own' record.
    delingen: [{ casusId: 'id-' + EIGEN, secties: ['basis', 'acties'] }],
    // The young person: their own dossier.
    persoonId: rol === 'jongere' ? 'p-' + EIGEN : null,
  };
}

/** A record of the subject on one side (own or other region/vestiging/instelling), shaped like the conditions in rules.ts. */
function record(subject: SubjectType, kant: string): object {
  return subject === 'Regio'
    ? { id: kant }
    : {
        id: 'id-' + kant,
        regioId: kant,
        vestigingId: 'v-' + kant,
        instellingId: 'i-' + kant,
        regioIds: [kant],
        casusId: 'id-' + kant,
        eigenaarOrganisatieId: 'o-' + kant,
        organisatieId: 'o-' + kant,
        deelnemerOrganisaties: ['o-' + kant],
        persoonId: 'p-' + kant,
      };
}

describe('permission matrix: every cell', () => {
  const cells = ROLLEN.flatMap((rol) => MATRIX_SUBJECTS.flatMap((s) => MATRIX_ACTIES.map((a) => [rol, s, a] as const)));
  it.each(cells)('%s may %s %s exactly as written', (rol, subject, actie) => {
    const ability = defineAbilityFor(ctx(rol));
    const expected = cel(rol, subject, actie);
    const own = canOnRecord(ability, actie, subject, record(subject, EIGEN));
    const other = canOnRecord(ability, actie, subject, record(subject, ANDER));
    expect({ own, other }).toEqual({ own: expected !== '-', other: expected === 'alle' });
    if (expected === 'gedeeld') {
      // Same region, but a case that is not shared: still invisible.
      const nietGedeeld = {
        ...(record(subject, EIGEN) as object),
        id: 'id-niet-gedeeld',
        casusId: 'id-niet-gedeeld',
        deelnemerOrganisaties: [],
      };
      expect(canOnRecord(ability, actie, subject, nietGedeeld)).toBe(false);
    }
  });

  it('the matrix names every role', () => {
    expect(Object.keys(PERMISSIE_MATRIX).sort()).toEqual([...ROLLEN].sort());
  });

  it('the platform-beheerder cannot read a person, in any region', () => {
    const ability = defineAbilityFor(ctx('platform-beheerder'));
    expect(ability.can('read', 'Persoon')).toBe(false);
    expect(canOnRecord(ability, 'read', 'Persoon', { regioId: EIGEN })).toBe(false);
  });

  it('a young person gets only their own dossier: another person of the same region is not theirs', () => {
    const ability = defineAbilityFor(ctx('jongere'));
    expect(canOnRecord(ability, 'read', 'JongereDossier', { persoonId: 'p-' + EIGEN, regioId: EIGEN })).toBe(true);
    expect(canOnRecord(ability, 'read', 'JongereDossier', { persoonId: 'p-ander', regioId: EIGEN })).toBe(false);
    expect(ability.can('read', 'Casus')).toBe(false);
    expect(ability.can('read', 'Persoon')).toBe(false);
    expect(defineAbilityFor({ ...ctx('jongere'), persoonId: null }).rules).toHaveLength(0);
  });

  it('a region role without a region in its session gets nothing (fails closed)', () => {
    const ability = defineAbilityFor({ ...ctx('regio-coordinator'), regioId: null });
    expect(ability.rules).toHaveLength(0);
  });
});

describe('subtle cells', () => {
  it('the platform reads a region’s identity provider but changes only those of school instellingen', () => {
    const ability = defineAbilityFor(ctx('platform-beheerder'));
    const regio = { id: 'idp-r', regioId: EIGEN, instellingId: null };
    const instelling = { id: 'idp-i', regioId: null, instellingId: 'i-' + EIGEN };
    expect(canOnRecord(ability, 'read', 'Identiteitsprovider', regio)).toBe(true);
    expect(canOnRecord(ability, 'update', 'Identiteitsprovider', regio)).toBe(false);
    expect(canOnRecord(ability, 'create', 'Identiteitsprovider', regio)).toBe(false);
    expect(canOnRecord(ability, 'update', 'Identiteitsprovider', instelling)).toBe(true);
    expect(canOnRecord(ability, 'create', 'Identiteitsprovider', instelling)).toBe(true);
    // The region's coördinator: its own region's providers, never an instelling's.
    const coordinator = defineAbilityFor(ctx('regio-coordinator'));
    expect(canOnRecord(coordinator, 'update', 'Identiteitsprovider', regio)).toBe(true);
    expect(canOnRecord(coordinator, 'update', 'Identiteitsprovider', instelling)).toBe(false);
  });
  it('a partner reads only its own organisation’s notes on a shared case, never another partner’s', () => {
    const ability = defineAbilityFor(ctx('wijkteam-medewerker'));
    expect(canOnRecord(ability, 'read', 'Notitie', { casusId: 'id-' + EIGEN, organisatieId: 'o-' + EIGEN })).toBe(true);
    expect(canOnRecord(ability, 'read', 'Notitie', { casusId: 'id-' + EIGEN, organisatieId: 'o-jeugdhulp' })).toBe(false);
    // An RMC role reads every organisation's notes of its region.
    const consulent = defineAbilityFor(ctx('regio-consulent'));
    expect(canOnRecord(consulent, 'read', 'Notitie', { regioId: EIGEN, casusId: 'x', organisatieId: 'o-jeugdhulp' })).toBe(true);
  });
  it('only the coördinator assigns: a consulent and a leerplichtambtenaar update a case or melding but do not assign it', () => {
    for (const rol of ['regio-consulent', 'leerplichtambtenaar'] as const) {
      const ability = defineAbilityFor(ctx(rol));
      expect(ability.can('update', 'Casus')).toBe(true);
      expect(ability.can('assign', 'Casus')).toBe(false);
      expect(ability.can('assign', 'Melding')).toBe(false);
    }
    const coordinator = defineAbilityFor(ctx('regio-coordinator'));
    expect(coordinator.can('assign', 'Casus')).toBe(true);
    expect(canOnRecord(coordinator, 'assign', 'Melding', { regioId: ANDER })).toBe(false);
  });
});

describe('field shaping', () => {
  it('gives a consulent every person field of its own region', () => {
    const ability = defineAbilityFor(ctx('regio-consulent'));
    const row = Object.fromEntries(PERSOON_VELDEN.map((f) => [f, 'v'])) as Record<string, string>;
    const shaped = shapeFields(ability, 'Persoon', { ...row, regioId: EIGEN }, PERSOON_VELDEN);
    expect(Object.keys(shaped).sort()).toEqual([...PERSOON_VELDEN].sort());
  });
  it('never gives a partner the case timeline, whatever its share opens; a consulent gets it', () => {
    const secties = ['basis', 'contact', 'acties', 'verzuim', ...LEEFGEBIEDEN.map((d) => `domein:${d}`)];
    const partner = defineAbilityFor({ ...ctx('wi-klantmanager'), delingen: [{ casusId: 'id-' + EIGEN, secties }] });
    const casus = { id: 'id-' + EIGEN, regioId: EIGEN, fase: 'plannen', tijdlijn: [], contactmomenten: [] };
    const velden = ['id', 'fase', 'tijdlijn', 'contactmomenten'];
    expect(Object.keys(shapeFields(partner, 'Casus', casus, velden)).sort()).toEqual(['fase', 'id']);
    expect(Object.keys(shapeFields(defineAbilityFor(ctx('regio-consulent')), 'Casus', casus, velden)).sort()).toEqual([
      'contactmomenten',
      'fase',
      'id',
      'tijdlijn',
    ]);
  });
  it('a partner’s fields are its sections: the shared life domains as sub-fields, never the person’s record id', () => {
    const secties = ['basis', 'acties', 'domein:gezin'];
    const partner = defineAbilityFor({ ...ctx('jeugdhulp-medewerker'), delingen: [{ casusId: 'id-' + EIGEN, secties }] });
    const velden = permittedFieldsOf(partner, 'read', asSubject('Casus', { id: 'id-' + EIGEN, regioId: EIGEN }) as never, {
      fieldsFrom: (rule) => rule.fields || ['alles'],
    });
    expect(velden).toContain('leefgebieden.gezin');
    expect(velden).not.toContain('leefgebieden.justitie');
    expect(velden).not.toContain('persoon.id');
    expect(velden).toContain('persoon');
  });
  it('gives nothing of a person to a beleidsmedewerker', () => {
    const ability = defineAbilityFor(ctx('beleidsmedewerker'));
    expect(shapeFields(ability, 'Persoon', { id: 'p', bsn: '1', regioId: EIGEN }, PERSOON_VELDEN)).toEqual({});
  });
});

describe('docs/permissions.md', () => {
  it('is rendered from the matrix (run `npm run docs:permissions` after a change)', () => {
    const path = join(__dirname, '../../../../../docs/permissions.md');
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(path, renderPermissieMatrix());
    expect(readFileSync(path, 'utf8')).toBe(renderPermissieMatrix());
  });
});
