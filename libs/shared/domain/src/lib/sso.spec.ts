import { domeinToegestaan, emailDomein, idpBevestigtMfa, isDomein } from './sso';

describe('single sign-on rules', () => {
  it('amr with a second factor counts as MFA, a password alone does not', () => {
    expect(idpBevestigtMfa({ amr: ['pwd', 'mfa'] }, [])).toBe(true);
    expect(idpBevestigtMfa({ amr: ['pwd', 'otp'] }, [])).toBe(true);
    expect(idpBevestigtMfa({ amr: ['hwk'] }, [])).toBe(true);
    expect(idpBevestigtMfa({ amr: ['pwd'] }, [])).toBe(false);
    expect(idpBevestigtMfa({}, [])).toBe(false);
    expect(idpBevestigtMfa({ amr: 'mfa' }, [])).toBe(false);
  });

  it('an acr counts only when the provider config names it', () => {
    expect(idpBevestigtMfa({ acr: 'urn:nl:loa:substantieel' }, ['urn:nl:loa:substantieel'])).toBe(true);
    expect(idpBevestigtMfa({ acr: 'urn:nl:loa:laag' }, ['urn:nl:loa:substantieel'])).toBe(false);
    expect(idpBevestigtMfa({ acr: '1' }, [])).toBe(false);
  });

  it('domains match exactly, case-insensitive, no sub-domains', () => {
    expect(emailDomein('A.Jansen@Gemeente.NL')).toBe('gemeente.nl');
    expect(emailDomein('geen-adres')).toBeNull();
    expect(domeinToegestaan('a@gemeente.nl', ['Gemeente.nl'])).toBe(true);
    expect(domeinToegestaan('a@sub.gemeente.nl', ['gemeente.nl'])).toBe(false);
    expect(domeinToegestaan('a@gemeente.nl.evil.com', ['gemeente.nl'])).toBe(false);
    expect(isDomein('gemeente.nl')).toBe(true);
    expect(isDomein('@gemeente.nl')).toBe(false);
    expect(isDomein('localhost')).toBe(false);
  });
});
