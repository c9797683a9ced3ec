import { hostileInvoer } from './invoer-bewaking';

describe('hostile input before validation', () => {
  it('refuses nesting deeper than the limit, naming the field, without recursion', () => {
    let diep: unknown = 'x';
    for (let i = 0; i < 5000; i++) diep = { a: diep };
    expect(hostileInvoer({ inhoud: diep })).toEqual({
      field: expect.stringMatching(/^inhoud(\.a)+$/),
      message: expect.stringContaining('te diep genest'),
    });
    let arrays: unknown = [];
    for (let i = 0; i < 40; i++) arrays = [arrays];
    expect(hostileInvoer(arrays)?.message).toContain('te diep genest');
  });

  it('accepts ordinary nesting', () => {
    expect(hostileInvoer({ inhoud: { normen: [{ soort: 'x', minDagen: 3 }], preventie: { overig: 'tekst' } } })).toBeNull();
    expect(hostileInvoer(undefined)).toBeNull();
  });

  it('refuses a NUL character in a value or a key, naming the field', () => {
    expect(hostileInvoer({ naam: 'a\u0000b' })).toEqual({ field: 'naam', message: 'Tekst mag geen NUL-teken bevatten.' });
    expect(hostileInvoer({ lijst: ['ok', 'nu\u0000l'] })?.field).toBe('lijst.1');
    expect(hostileInvoer({ ['k\u0000']: 1 })?.field).toBe('body');
  });

  it('refuses lone surrogates and accepts paired ones (emoji)', () => {
    expect(hostileInvoer({ email: 'a\uD800@b.nl' })).toEqual({ field: 'email', message: expect.stringContaining('Unicode') });
    expect(hostileInvoer({ email: '\uDC00' })?.field).toBe('email');
    expect(hostileInvoer({ tekst: 'Goed gedaan 👍 — één' })).toBeNull();
  });
});
