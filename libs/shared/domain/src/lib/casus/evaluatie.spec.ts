import { controleerEvaluatie, EVALUATIE_VRAGEN } from './evaluatie';

describe('evaluation before closing', () => {
  const alles = Object.fromEntries(EVALUATIE_VRAGEN.map((v) => [v, 'Ja, grotendeels.']));
  it('needs an answer to every question', () => {
    expect(controleerEvaluatie(alles)).toBeNull();
    expect(controleerEvaluatie({})).toBe('Beantwoord alle evaluatievragen.');
    expect(controleerEvaluatie({ ...alles, [EVALUATIE_VRAGEN[2]]: '  ' })).toBe('Beantwoord alle evaluatievragen.');
    expect(controleerEvaluatie(null)).toBe('Beantwoord alle evaluatievragen.');
    expect(controleerEvaluatie(['ja'])).toBe('Beantwoord alle evaluatievragen.');
  });
  it('refuses unknown questions and overlong answers', () => {
    expect(controleerEvaluatie({ ...alles, 'Hoe heet de moeder?': 'x' })).toBe('Dit is geen evaluatievraag van de routekaart.');
    expect(controleerEvaluatie({ ...alles, [EVALUATIE_VRAGEN[0]]: 'x'.repeat(2001) })).toMatch(/te lang/);
  });
});
