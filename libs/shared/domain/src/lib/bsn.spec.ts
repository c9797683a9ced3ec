import { isGeldigBsn, parsePostcode } from './bsn';

describe('isGeldigBsn', () => {
  it('accepts numbers passing the 11-proef', () => {
    expect(isGeldigBsn('111222333')).toBe(true);
    expect(isGeldigBsn('123456782')).toBe(true);
  });
  it('refuses wrong checksum, length and letters', () => {
    expect(isGeldigBsn('123456789')).toBe(false);
    expect(isGeldigBsn('12345678')).toBe(false);
    expect(isGeldigBsn('12345678a')).toBe(false);
    expect(isGeldigBsn('000000000')).toBe(false);
  });
});

describe('parsePostcode', () => {
  it('normalises', () => {
    expect(parsePostcode('8011ab')).toEqual({ pc4: 8011, postcode: '8011 AB' });
    expect(parsePostcode(' 7511 JE ')).toEqual({ pc4: 7511, postcode: '7511 JE' });
  });
  it('refuses invalid postcodes', () => {
    expect(parsePostcode('0123 AB')).toBeNull();
    expect(parsePostcode('8011 SS')).toBeNull();
    expect(parsePostcode('abc')).toBeNull();
  });
});
