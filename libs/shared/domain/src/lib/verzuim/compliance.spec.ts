import {
  aandeel,
  binnenNorm,
  gemiddelde,
  maandVan,
  oppakCijfers,
  oppakUitkomst,
  reactieWerkdagen,
  schooljaarGrenzen,
  schooljaarMaanden,
  telling,
  tijdigGemeld,
  uiterlijkeMelddatum,
} from './compliance';

describe('tijdig gemeld (4 aaneengesloten weken)', () => {
  const m = { soort: 'aaneengesloten-4-weken', begindatum: '2026-09-07' };
  it('threshold 20 werkdagen + 5 werkdagen to report', () => {
    expect(uiterlijkeMelddatum(m)).toBe('2026-10-12');
    expect(tijdigGemeld({ ...m, gemeldOpDatum: '2026-10-12' })).toBe(true);
    expect(tijdigGemeld({ ...m, gemeldOpDatum: '2026-10-13' })).toBe(false);
  });
  it('uses the threshold of the agenda', () => {
    expect(uiterlijkeMelddatum(m, { minDagen: 10 })).toBe('2026-09-28');
    expect(tijdigGemeld({ ...m, gemeldOpDatum: '2026-10-01' }, { minDagen: 10 })).toBe(false);
  });
  it('skips Easter (Goede Vrijdag and Tweede Paasdag)', () => {
    expect(uiterlijkeMelddatum({ soort: 'aaneengesloten-4-weken', begindatum: '2026-03-16' })).toBe('2026-04-22');
  });
  it('other kinds are always on time', () => {
    expect(uiterlijkeMelddatum({ soort: '16-uur-in-4-weken', begindatum: '2026-01-05' })).toBeNull();
    expect(tijdigGemeld({ soort: 'zorgwekkend', begindatum: '2025-01-05', gemeldOpDatum: '2026-06-01' })).toBe(true);
  });
});

describe('binnen de norm', () => {
  it('needs both complete and on time', () => {
    const basis = { soort: 'aaneengesloten-4-weken', begindatum: '2026-09-07', gemeldOpDatum: '2026-10-01' };
    expect(binnenNorm({ ...basis, volledig: true })).toBe(true);
    expect(binnenNorm({ ...basis, volledig: false })).toBe(false);
    expect(binnenNorm({ ...basis, gemeldOpDatum: '2026-11-01', volledig: true })).toBe(false);
    expect(
      binnenNorm({ soort: '16-uur-in-4-weken', begindatum: '2026-01-01', gemeldOpDatum: '2026-11-01', volledig: true }),
    ).toBe(true);
  });
});

describe('region reaction', () => {
  it('counts werkdagen from filing (Friday → Monday is 1)', () => {
    expect(reactieWerkdagen('2026-11-20', '2026-11-23')).toBe(1);
    expect(reactieWerkdagen('2026-12-24', '2026-12-28')).toBe(1); // Christmas skipped
    expect(reactieWerkdagen('2026-11-20', null)).toBeNull();
  });
  it('judges the pick-up against the deadline', () => {
    expect(oppakUitkomst('2026-11-27', '2026-11-27', '2026-12-10')).toBe('op-tijd');
    expect(oppakUitkomst('2026-11-27', '2026-11-30', '2026-12-10')).toBe('te-laat');
    expect(oppakUitkomst('2026-11-27', null, '2026-12-10')).toBe('verlopen');
    expect(oppakUitkomst('2026-11-27', null, '2026-11-27')).toBe('open');
    expect(oppakUitkomst(null, null, '2026-11-27')).toBe('onbekend');
  });
});

describe('months of a school year', () => {
  it('August to July', () => {
    expect(schooljaarMaanden('2026-2027')).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
    ]);
    expect(schooljaarGrenzen('2026-2027')).toEqual({ van: '2026-08-01', tot: '2027-07-31' });
    expect(maandVan('2027-01-31')).toBe('2027-01');
  });
  it('refuses a malformed year', () => expect(() => schooljaarMaanden('2026-2028')).toThrow());
});

describe('suppression of small cross-party counts', () => {
  it('suppresses 1–4 only in cross-party figures', () => {
    expect(telling(4, true)).toEqual({ aantal: null, onderdrukt: true });
    expect(telling(1, true)).toEqual({ aantal: null, onderdrukt: true });
    expect(telling(5, true)).toEqual({ aantal: 5, onderdrukt: false });
    expect(telling(0, true)).toEqual({ aantal: 0, onderdrukt: false });
    expect(telling(3, false)).toEqual({ aantal: 3, onderdrukt: false });
  });
  it('shares and means on a suppressed basis are null', () => {
    expect(aandeel(2, 3)).toBe(0.667);
    expect(aandeel(2, 3, true)).toBeNull();
    // a share must not reveal a suppressed part: 3 of 9, or 6 of 8 (complement 2)
    expect(aandeel(3, 9, true)).toBeNull();
    expect(aandeel(6, 8, true)).toBeNull();
    expect(aandeel(0, 8, true)).toBe(0);
    expect(aandeel(8, 8, true)).toBe(1);
    expect(aandeel(5, 10, true)).toBe(0.5);
    expect(aandeel(1, 0)).toBeNull();
    expect(gemiddelde([1, 2, 4])).toBe(2.3);
    expect(gemiddelde([1, 2, 4], true)).toBeNull();
    expect(gemiddelde([])).toBeNull();
  });
});

describe('pick-up tells one story', () => {
  it('open items past their term count as late, in the count and in the share on time', () => {
    // 21 picked up on time, 90 open past their term, 13 open within it: not "100% on time".
    const c = oppakCijfers({ opTijd: 21, teLaat: 0, verlopen: 90, open: 13 });
    expect(c).toEqual({ opTijd: 21, teLaat: 90, verlopen: 90, open: 13, aandeelOpTijd: 0.189 });
  });
  it('picked up late and overdue add up; nothing due yet gives no share', () => {
    expect(oppakCijfers({ opTijd: 4, teLaat: 1, verlopen: 1, open: 0 })).toMatchObject({ teLaat: 2, aandeelOpTijd: 0.667 });
    expect(oppakCijfers({ opTijd: 0, teLaat: 0, verlopen: 0, open: 5 }).aandeelOpTijd).toBeNull();
  });
  it('cross-party, small counts are suppressed and the share withheld', () => {
    const c = oppakCijfers({ opTijd: 6, teLaat: 1, verlopen: 1, open: 0 }, true);
    expect(c.teLaat).toBe(2);
    expect(c.aandeelOpTijd).toBeNull();
  });
});
