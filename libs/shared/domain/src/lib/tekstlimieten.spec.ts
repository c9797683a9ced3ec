import { controleerBig5 } from './casus/big5';
import { controleerIntake, controleerNotitie, INTAKE_MAX_VRAGEN, TEKST_MAX, teLang } from './tekstlimieten';

describe('tekstlimieten', () => {
  const vraag = 'Hoe gaat het op school?';

  it('an intake answer at the limit is accepted, one character more names the answer', () => {
    expect(controleerIntake({ [vraag]: 'x'.repeat(TEKST_MAX.intakeAntwoord) })).toEqual([]);
    expect(controleerIntake({ [vraag]: 'x'.repeat(TEKST_MAX.intakeAntwoord + 1), b: 'kort' })).toEqual([
      { field: `antwoorden.${vraag}`, message: 'Deze tekst is te lang (hoogstens 5.000 tekens).' },
    ]);
  });

  it('an intake answer must be text; the question has a limit; the number of questions too', () => {
    expect(controleerIntake({ [vraag]: { a: 'x' } })).toEqual([{ field: `antwoorden.${vraag}`, message: 'Vul tekst in.' }]);
    expect(controleerIntake({ [vraag]: 12 })[0].field).toBe(`antwoorden.${vraag}`);
    expect(controleerIntake({ ['v'.repeat(TEKST_MAX.intakeVraag)]: 'ja' })).toEqual([]);
    const lang = controleerIntake({ ['v'.repeat(200000)]: 'ja' });
    expect(lang).toHaveLength(1);
    expect(lang[0].field.length).toBeLessThan(80);
    expect(lang[0].message).toContain('hoogstens 500 tekens');
    const veel = Object.fromEntries(Array.from({ length: INTAKE_MAX_VRAGEN + 1 }, (_, i) => [`vraag ${i}`, 'ja']));
    expect(controleerIntake(veel)).toEqual([{ field: 'antwoorden', message: 'Een intake heeft hoogstens 50 vragen.' }]);
    expect(controleerIntake([])).toEqual([{ field: 'antwoorden', message: 'Geef de antwoorden op de intakevragen.' }]);
    expect(controleerIntake({})).toEqual([]);
  });

  it('an optional note: absent or text within its limit', () => {
    expect(controleerNotitie(undefined, 'n', 10)).toBeNull();
    expect(controleerNotitie(null, 'n', 10)).toBeNull();
    expect(controleerNotitie('x'.repeat(10), 'n', 10)).toBeNull();
    expect(controleerNotitie('x'.repeat(11), 'n', 10)).toEqual({ field: 'n', message: teLang(10) });
    expect(controleerNotitie(['x'.repeat(200000)], 'n', 10)).toEqual({ field: 'n', message: 'Vul tekst in.' });
  });

  it('the Big 5 note uses the table', () => {
    expect(controleerBig5({ wonen: { stand: 'deels', toelichting: 'x'.repeat(TEKST_MAX.toelichting) } })).toEqual([]);
    expect(controleerBig5({ wonen: { stand: 'deels', toelichting: 'x'.repeat(TEKST_MAX.toelichting + 1) } })).toEqual([
      expect.objectContaining({ field: 'principes.wonen.toelichting' }),
    ]);
  });

  it('teLang writes the number the Dutch way', () => {
    expect(teLang(20000)).toBe('Deze tekst is te lang (hoogstens 20.000 tekens).');
  });
});
