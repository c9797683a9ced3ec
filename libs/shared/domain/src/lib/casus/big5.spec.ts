import { BIG5, BIG5_LABELS, BIG5_UITLEG, controleerBig5 } from './big5';

describe('Big 5 (routekaart)', () => {
  it('has the five principles, each with a label and the routekaart wording', () => {
    expect(BIG5).toEqual(['support', 'wonen', 'school-werk', 'inkomen', 'welzijn']);
    for (const p of BIG5) expect(BIG5_LABELS[p] && BIG5_UITLEG[p]).toBeTruthy();
  });
  it('accepts known principles with a known state and a short note', () => {
    expect(
      controleerBig5({ wonen: { stand: 'niet-op-orde', toelichting: 'Slaapt bij een vriend.' }, support: { stand: 'op-orde' } }),
    ).toEqual([]);
  });
  it('names the field and the reason for everything else', () => {
    expect(controleerBig5({})).toEqual([{ field: 'principes', message: expect.stringMatching(/minstens één/) }]);
    expect(controleerBig5({ hobby: { stand: 'op-orde' } })).toEqual([
      { field: 'principes.hobby', message: 'Onbekende basisvoorwaarde.' },
    ]);
    expect(controleerBig5({ inkomen: { stand: 'goed' } }).map((f) => f.field)).toEqual(['principes.inkomen.stand']);
    expect(controleerBig5({ inkomen: null }).map((f) => f.field)).toEqual(['principes.inkomen.stand']);
    expect(controleerBig5({ welzijn: { stand: 'deels', toelichting: 'x'.repeat(1001) } }).map((f) => f.field)).toEqual([
      'principes.welzijn.toelichting',
    ]);
  });
});

describe('Big 5 labels', () => {
  it('are Dutch: no English "Support" in the UI', () => {
    expect(BIG5_LABELS.support).toBe('Steunfiguur');
    expect(Object.values(BIG5_LABELS)).not.toContain('Support');
  });
});
