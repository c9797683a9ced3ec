import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { accessibleWhere } from './casl-sql';

const cols = { regioId: 'p.regio_id', id: 'p.id', status: 'p.status' };

describe('accessibleWhere', () => {
  it('is FALSE without a rule', () => {
    const a = createMongoAbility([]);
    expect(accessibleWhere(a, 'read', 'Persoon', cols)).toEqual({ sql: 'FALSE', params: [] });
  });
  it('turns a condition into a parameterised clause', () => {
    const { can, build } = new AbilityBuilder(createMongoAbility);
    can('read', 'Persoon', { regioId: 'r1' });
    expect(accessibleWhere(build(), 'read', 'Persoon', cols, 2)).toEqual({ sql: 'p.regio_id = $3', params: ['r1'] });
  });
  it('ORs rules and applies inverted rules', () => {
    const { can, cannot, build } = new AbilityBuilder(createMongoAbility);
    can('read', 'Persoon', { regioId: 'r1' });
    can('read', 'Persoon', { id: { $in: ['a', 'b'] } });
    cannot('read', 'Persoon', { status: 'gesloten' });
    const w = accessibleWhere(build(), 'read', 'Persoon', cols);
    expect(w.sql).toContain('OR');
    expect(w.sql).toContain('IS NOT TRUE');
    expect(w.params).toEqual(expect.arrayContaining(['r1', ['a', 'b'], 'gesloten']));
  });
  it('is TRUE for an unconditional rule', () => {
    const { can, build } = new AbilityBuilder(createMongoAbility);
    can('read', 'Instelling');
    expect(accessibleWhere(build(), 'read', 'Instelling', cols).sql).toBe('TRUE');
  });
  it('treats [] columns as arrays ("contains")', () => {
    const { can, build } = new AbilityBuilder(createMongoAbility);
    can('read', 'Verzuimagenda', { regioIds: 'r1' });
    expect(accessibleWhere(build(), 'read', 'Verzuimagenda', { regioIds: '[]a.regio_ids' })).toEqual({
      sql: '$1 = ANY(a.regio_ids)',
      params: ['r1'],
    });
  });
  it('fails closed on unmapped fields', () => {
    const { can, build } = new AbilityBuilder(createMongoAbility);
    can('read', 'Persoon', { geheim: 1 });
    expect(() => accessibleWhere(build(), 'read', 'Persoon', cols)).toThrow(/not mapped/);
  });
});
