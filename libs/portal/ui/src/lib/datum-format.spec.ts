import { formatDatum, formatMoment } from './datum-format';

describe('formatDatum', () => {
  it('zet een kalenderdatum om naar dd-MM-yyyy zonder tijdzoneverschuiving', () => {
    expect(formatDatum('2005-03-05')).toBe('05-03-2005');
    expect(formatDatum('2004-12-31')).toBe('31-12-2004');
  });

  it('toont een tijdstip als datum in Nederland (Europe/Amsterdam)', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter).
    expect(formatDatum('2025-12-31T23:30:00Z')).toBe('01-01-2026');
    // 22:30 UTC in summer is 00:30 the next day (UTC+2).
    expect(formatDatum(new Date('2026-06-30T22:30:00Z'))).toBe('01-07-2026');
  });

  it('geeft een lege tekst bij ontbrekende of ongeldige invoer', () => {
    expect(formatDatum(null)).toBe('');
    expect(formatDatum(undefined)).toBe('');
    expect(formatDatum('geen datum')).toBe('');
  });
});

describe('formatMoment', () => {
  it('toont datum en tijd in Nederland', () => {
    expect(formatMoment('2026-06-30T22:30:00Z')).toBe('01-07-2026 00:30');
    expect(formatMoment('2026-01-15T08:05:00Z')).toBe('15-01-2026 09:05');
  });

  it('geeft een lege tekst bij ontbrekende of ongeldige invoer', () => {
    expect(formatMoment(null)).toBe('');
    expect(formatMoment('geen moment')).toBe('');
  });
});
