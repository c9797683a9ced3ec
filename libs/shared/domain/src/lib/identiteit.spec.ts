import { blokkadeTot, controleerWachtwoord, sessieIsGeldig, sessieVerlooptOp } from './identiteit';

describe('controleerWachtwoord', () => {
  it('refuses short passwords with a Dutch reason', () => {
    expect(controleerWachtwoord('Kort1!')).toMatch(/minstens 12 tekens/);
  });
  it('requires three character classes', () => {
    expect(controleerWachtwoord('alleenkleineletters')).toMatch(/drie van/);
    expect(controleerWachtwoord('kleineletters123')).toMatch(/drie van/);
  });
  it('accepts a strong password', () => {
    expect(controleerWachtwoord('Demo-wachtwoord-2026!')).toBeNull();
  });

  const context = { email: 'Jan.de.Vries@example.org', naam: 'Jan de Vries-Müller' };
  it('refuses the own e-mail address or its local part, case-insensitively', () => {
    expect(controleerWachtwoord('JAN.DE.VRIES-2026!', context)).toMatch(/e-mailadres/);
    expect(controleerWachtwoord('Welkom-jan.de.vries@example.org1', context)).toMatch(/e-mailadres/);
    expect(controleerWachtwoord('Secret-VRIES-2026!', { email: context.email })).toMatch(/e-mailadres/);
  });
  it('refuses a name part of 4 characters or more, ignoring case and diacritics; shorter parts are allowed', () => {
    expect(controleerWachtwoord('Zomer-MULLER-2026!', context)).toMatch(/naam/);
    expect(controleerWachtwoord('Zomer-vries-2026!', { naam: context.naam })).toMatch(/naam/);
    expect(controleerWachtwoord('Jan-de-Zomer-2026!', context)).toBeNull();
  });
  it('refuses a common password from the list, whatever its case', () => {
    const veelGebruikt = new Set(['wachtwoord123!', 'password1234']);
    expect(controleerWachtwoord('Wachtwoord123!', { veelGebruikt })).toMatch(/veelgebruikte wachtwoorden/);
    expect(controleerWachtwoord('Wachtwoord124!', { veelGebruikt })).toBeNull();
  });
  it('accepts the demo password in the context of a demo account', () => {
    expect(
      controleerWachtwoord('Demo-wachtwoord-2026!', {
        email: 'coordinator@ijssel-vecht.demo',
        naam: 'Coördinator IJssel-Vecht',
        veelGebruikt: new Set(),
      }),
    ).toBeNull();
  });
});

describe('session lifetime', () => {
  const t0 = new Date('2026-11-22T08:00:00Z');
  const sessie = (laatst: string) => ({ aangemaaktOp: t0, laatstActiefOp: new Date(laatst), inactiefMinuten: 30, maxUren: 10 });
  it('expires after the idle timeout', () => {
    expect(sessieVerlooptOp(sessie('2026-11-22T09:00:00Z')).toISOString()).toBe('2026-11-22T09:30:00.000Z');
    expect(sessieIsGeldig(sessie('2026-11-22T09:00:00Z'), new Date('2026-11-22T09:29:59Z'))).toBe(true);
    expect(sessieIsGeldig(sessie('2026-11-22T09:00:00Z'), new Date('2026-11-22T09:30:00Z'))).toBe(false);
  });
  it('expires at the absolute lifetime even when active', () => {
    expect(sessieVerlooptOp(sessie('2026-11-22T17:50:00Z')).toISOString()).toBe('2026-11-22T18:00:00.000Z');
    expect(sessieIsGeldig(sessie('2026-11-22T17:59:00Z'), new Date('2026-11-22T18:00:01Z'))).toBe(false);
  });
});

describe('blokkadeTot', () => {
  const nu = new Date('2026-11-22T08:00:00Z');
  it('does not lock below the limit', () => {
    expect(blokkadeTot(4, nu)).toBeNull();
  });
  it('locks 15 minutes at the limit and doubles after', () => {
    expect(blokkadeTot(5, nu)?.toISOString()).toBe('2026-11-22T08:15:00.000Z');
    expect(blokkadeTot(6, nu)?.toISOString()).toBe('2026-11-22T08:30:00.000Z');
  });
  it('caps the lock at 24 hours', () => {
    expect(blokkadeTot(30, nu)?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });
});
