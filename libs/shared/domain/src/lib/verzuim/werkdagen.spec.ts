import { amsterdamDatum, feestdagen, isWerkdag, paaszondag, plusDagen, plusWerkdagen, werkdagenTussen } from './werkdagen';

describe('paaszondag', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2030, '2030-04-21'],
  ])('%i → %s', (jaar, datum) => expect(paaszondag(jaar)).toBe(datum));
});

describe('feestdagen', () => {
  it('2026: Goede Vrijdag, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst', () => {
    const f = feestdagen(2026);
    expect(f.get('2026-04-03')).toBe('Goede Vrijdag');
    expect(f.get('2026-04-06')).toBe('Tweede Paasdag');
    expect(f.get('2026-04-27')).toBe('Koningsdag');
    expect(f.get('2026-05-14')).toBe('Hemelvaartsdag');
    expect(f.get('2026-05-25')).toBe('Tweede Pinksterdag');
    expect(f.get('2026-12-25')).toBe('Eerste Kerstdag');
    expect(f.has('2026-05-05')).toBe(false); // Bevrijdingsdag only in lustrum years
  });
  it('Koningsdag moves to 26 April when the 27th is a Sunday (2025)', () => {
    expect(feestdagen(2025).get('2025-04-26')).toBe('Koningsdag');
    expect(feestdagen(2025).has('2025-04-27')).toBe(false);
  });
  it('Bevrijdingsdag in 2030', () => expect(feestdagen(2030).get('2030-05-05')).toBe('Bevrijdingsdag'));
});

describe('plusWerkdagen (pick-up deadlines)', () => {
  it('skips the weekend', () => {
    expect(plusWerkdagen('2026-11-20', 1)).toBe('2026-11-23'); // Fri → Mon
    expect(plusWerkdagen('2026-11-18', 5)).toBe('2026-11-25');
  });
  it('skips Easter: Thursday before Good Friday + 2 → Wednesday after Easter Monday', () => {
    expect(plusWerkdagen('2026-04-02', 1)).toBe('2026-04-07');
    expect(plusWerkdagen('2026-04-02', 5)).toBe('2026-04-13');
  });
  it("skips King's Day 2026 (Monday 27 April)", () => {
    expect(plusWerkdagen('2026-04-24', 1)).toBe('2026-04-28');
  });
  it('skips Christmas and New Year', () => {
    expect(plusWerkdagen('2026-12-23', 5)).toBe('2026-12-31'); // 24, 28, 29, 30, 31
    expect(plusWerkdagen('2026-12-23', 6)).toBe('2027-01-04'); // 1 January is a holiday
  });
  it('0 werkdagen is the same day', () => expect(plusWerkdagen('2026-12-25', 0)).toBe('2026-12-25'));
});

describe('werkdagenTussen', () => {
  it('counts only werkdagen after the start', () => {
    expect(werkdagenTussen('2026-11-20', '2026-11-23')).toBe(1);
    expect(werkdagenTussen('2026-12-24', '2026-12-28')).toBe(1);
    expect(werkdagenTussen('2026-11-23', '2026-11-20')).toBe(0);
  });
  it('isWerkdag', () => {
    expect(isWerkdag('2026-11-23')).toBe(true);
    expect(isWerkdag('2026-11-22')).toBe(false);
    expect(isWerkdag('2026-04-03')).toBe(false);
  });
});

describe('amsterdamDatum', () => {
  it('uses Amsterdam time, also across the DST change', () => {
    expect(amsterdamDatum(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // CET: 00:30
    expect(amsterdamDatum(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // CEST: 00:30
    expect(amsterdamDatum(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25'); // CET again: 23:30
  });
});

describe('werkdagenTussen in constant time', () => {
  const wandel = (van: string, tot: string) => {
    let n = 0;
    for (let d = plusDagen(van, 1); d <= tot; d = plusDagen(d, 1)) if (isWerkdag(d)) n++;
    return n;
  };

  it('equals a walk over every day, for many pairs across years, holidays and weekends', () => {
    let x = 12345;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 400; i++) {
      const van = plusDagen('2019-06-01', Math.floor(rnd() * 3000));
      const tot = plusDagen(van, Math.floor(rnd() * 800) - 50);
      expect(werkdagenTussen(van, tot)).toBe(wandel(van, tot));
    }
  });

  it('counts across Easter 2027 and the turn of the year as the walk does', () => {
    expect(werkdagenTussen('2027-03-25', '2027-04-01')).toBe(wandel('2027-03-25', '2027-04-01'));
    expect(werkdagenTussen('2026-12-24', '2027-01-04')).toBe(5); // 28–31 December and 4 January
    expect(werkdagenTussen('1899-12-20', '1900-01-10')).toBe(wandel('1899-12-20', '1900-01-10'));
  });
});
