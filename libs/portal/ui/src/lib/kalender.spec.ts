import { dagNaam, isoWeek, kalenderdag, startInNederland, tijdstip } from './kalender';

describe('startInNederland', () => {
  it('geeft de Nederlandse tijdzone van die dag mee (winter- en zomertijd)', () => {
    expect(startInNederland('2026-12-01', '09:30')).toBe('2026-12-01T09:30:00+01:00');
    expect(startInNederland('2026-06-15', '14:00')).toBe('2026-06-15T14:00:00+02:00');
  });

  it('klopt rond de overgang naar zomertijd en terug', () => {
    expect(startInNederland('2026-03-29', '12:00')).toBe('2026-03-29T12:00:00+02:00');
    expect(startInNederland('2026-10-25', '12:00')).toBe('2026-10-25T12:00:00+01:00');
  });
});

describe('kalenderdag en tijdstip', () => {
  it('rekenen in Nederlandse tijd', () => {
    expect(kalenderdag('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(tijdstip('2026-12-01T08:30:00Z')).toBe('09:30');
    expect(tijdstip('geen tijd')).toBe('');
  });
});

describe('isoWeek', () => {
  it('geeft ISO-weeknummer, maandag en zondag', () => {
    expect(isoWeek('2026-12-01')).toEqual({ jaar: 2026, week: 49, maandag: '2026-11-30', zondag: '2026-12-06' });
    // 1 January 2027 is a Friday: still week 53 of 2026.
    expect(isoWeek('2027-01-01')).toEqual({ jaar: 2026, week: 53, maandag: '2026-12-28', zondag: '2027-01-03' });
    expect(isoWeek('2027-01-04').week).toBe(1);
  });

  it('noemt de dag voluit', () => {
    expect(dagNaam('2026-11-30')).toBe('maandag 30 november');
  });
});
