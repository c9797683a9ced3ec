import {
  amsterdamTijdstip,
  contactladderMomenten,
  nazorgBesluitMoment,
  eindeDelingWaarschuwing,
  herinneringSleutel,
  kwintMomenten,
  meldingHerinneringen,
  nazorgMomenten,
  plusMaanden,
  terugkoppelMomenten,
  volgendeJaarcontact,
} from './herinneringen';

describe('nazorg and follow-up schedules', () => {
  it('adds months keeping the end of the month', () => {
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMaanden('2028-01-31', 1)).toBe('2028-02-29');
    expect(plusMaanden('2026-11-22', 12)).toBe('2027-11-22');
  });
  it('nazorg check-ins at 1, 3, 6 and 12 months within the region’s length', () => {
    expect(nazorgMomenten('2026-11-22', 12)).toEqual(['2026-12-22', '2027-02-22', '2027-05-22', '2027-11-22']);
    expect(nazorgMomenten('2026-11-22', 6)).toEqual(['2026-12-22', '2027-02-22', '2027-05-22']);
  });
  it('Kwint: quarterly for two years', () => {
    const m = kwintMomenten('2026-07-15');
    expect(m).toHaveLength(8);
    expect(m[0]).toBe('2026-10-15');
    expect(m[7]).toBe('2028-07-15');
  });
  it('oud-vsv: a yearly contact, due now when overdue', () => {
    expect(volgendeJaarcontact('2026-03-01', '2026-11-22')).toBe('2027-03-01');
    expect(volgendeJaarcontact('2025-01-01', '2026-11-22')).toBe('2026-11-22');
    expect(volgendeJaarcontact(null, '2026-11-22')).toBe('2026-11-22');
  });
  it('melding reminders skip to the next werkdag for escalation (Christmas)', () => {
    expect(meldingHerinneringen('2026-12-24')).toEqual({ herinnering: '2026-12-23', escalatie: '2026-12-28' });
    // A Monday deadline reminds on the Friday before; the Monday after Christmas on the Thursday before.
    expect(meldingHerinneringen('2026-11-23').herinnering).toBe('2026-11-20');
    expect(meldingHerinneringen('2026-12-28').herinnering).toBe('2026-12-24');
  });
  it('a closed case asks for the nazorg decision two werkdagen later, over weekends and holidays', () => {
    expect(nazorgBesluitMoment('2026-11-18')).toBe('2026-11-20');
    expect(nazorgBesluitMoment('2026-11-20')).toBe('2026-11-24');
    expect(nazorgBesluitMoment('2026-12-23')).toBe('2026-12-28');
  });
  it('feedback to the school: reminder two werkdagen before the deadline, again the werkdag after, over Christmas and New Year', () => {
    expect(terugkoppelMomenten('2026-12-17', 10)).toEqual({
      herinnering: '2026-12-30',
      deadline: '2027-01-04',
      teLaat: '2027-01-05',
    });
    expect(terugkoppelMomenten('2026-11-23', 1)).toEqual({
      herinnering: '2026-11-23',
      deadline: '2026-11-24',
      teLaat: '2026-11-25',
    });
  });
  it('warns before a share ends', () => expect(eindeDelingWaarschuwing('2027-01-10')).toBe('2026-12-27'));
  it('contact ladder: next step a week after the last failed attempt, a closing decision four weeks after the first', () => {
    expect(
      contactladderMomenten([
        { datum: '2026-11-02', uitkomst: 'geen-gehoor' },
        { datum: '2026-11-09', uitkomst: 'niet-thuis' },
      ]),
    ).toEqual({
      volgendeStap: '2026-11-16',
      sluitbesluit: '2026-11-30',
      laatstePoging: '2026-11-09',
      eerstePoging: '2026-11-02',
    });
    expect(
      contactladderMomenten([
        { datum: '2026-11-02', uitkomst: 'geen-gehoor' },
        { datum: '2026-11-05', uitkomst: 'contact' },
      ]),
    ).toBeNull();
    expect(
      contactladderMomenten([
        { datum: '2026-10-01', uitkomst: 'contact' },
        { datum: '2026-11-02', uitkomst: 'geen-gehoor' },
      ])?.sluitbesluit,
    ).toBe('2026-11-30');
    expect(contactladderMomenten([])).toBeNull();
  });
});

describe('amsterdamTijdstip (stored in UTC, scheduled in Amsterdam)', () => {
  it('09:00 in winter is 08:00 UTC, in summer 07:00 UTC', () => {
    expect(amsterdamTijdstip('2026-11-23').toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(amsterdamTijdstip('2026-06-01').toISOString()).toBe('2026-06-01T07:00:00.000Z');
  });
  it('is right on the DST change days', () => {
    expect(amsterdamTijdstip('2026-03-29').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(amsterdamTijdstip('2026-10-25').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(amsterdamTijdstip('2026-03-28', '23:30').toISOString()).toBe('2026-03-28T22:30:00.000Z');
  });
  it('reminder keys are deterministic per item, moment and recipient', () => {
    expect(herinneringSleutel('nazorg', 'c1', '2026-12-22', 'u1')).toBe(herinneringSleutel('nazorg', 'c1', '2026-12-22', 'u1'));
    expect(herinneringSleutel('nazorg', 'c1', '2026-12-22', 'u1')).not.toBe(
      herinneringSleutel('nazorg', 'c1', '2027-02-22', 'u1'),
    );
  });
});
