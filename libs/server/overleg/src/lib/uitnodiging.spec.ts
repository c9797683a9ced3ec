import { uitnodigingTekst } from './uitnodiging';

describe('uitnodigingTekst', () => {
  it('names the meeting and gives date and time in the Netherlands without seconds', () => {
    expect(uitnodigingTekst({ soort: 'MDO', titel: 'Wijkteam Zuid', start: '2027-01-12T13:00:00Z' })).toBe(
      'U bent uitgenodigd voor MDO “Wijkteam Zuid” op 12-01-2027 om 14:00.',
    );
    // Summer time, and a start with seconds: still hh:mm.
    const zomer = uitnodigingTekst({ soort: 'Casusoverleg', titel: ' Jongeren 18+ ', start: '2027-06-30T07:05:42Z' });
    expect(zomer).toBe('U bent uitgenodigd voor Casusoverleg “Jongeren 18+” op 30-06-2027 om 09:05.');
    expect(zomer).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  });
});
