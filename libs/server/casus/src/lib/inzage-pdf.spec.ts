import { inzageWaarde, renderInzagePdf } from './inzage-pdf';

describe('inzage PDF', () => {
  it('writes values as a reader expects them: Dutch dates, yes/no, lists and nested data with labels', () => {
    expect(inzageWaarde('2026-03-29')).toBe('29-03-2026');
    // 01:30 UTC on the day summer time starts is 03:30 in Amsterdam.
    expect(inzageWaarde('2026-03-29T01:30:00.000Z')).toBe('29-03-2026 03:30');
    expect(inzageWaarde(null)).toBe('—');
    expect(inzageWaarde(true)).toBe('ja');
    expect(inzageWaarde(['basis', 'acties'])).toBe('basis, acties');
    expect(inzageWaarde({ postcode: '8011 AB', gemeenteCode: 'GM0193' })).toBe('Postcode: 8011 AB; Gemeentecode: GM0193');
    expect(inzageWaarde({ persoon: { voornaam: 'Sam' } })).toBe('persoon: (Voornaam: Sam)');
    // Free text that only looks like a date is printed as recorded, never reformatted or fatal.
    expect(inzageWaarde('2026-13-01')).toBe('2026-13-01');
    expect(inzageWaarde('2026-02-30')).toBe('2026-02-30');
    expect(inzageWaarde('2026-11-02Tel. moeder gebeld')).toBe('2026-11-02Tel. moeder gebeld');
  });

  it('renders a bundle, empty sections included, as a PDF', async () => {
    const pdf = await renderInzagePdf({
      gegenereerdOp: '2026-11-22T10:00:00.000Z',
      persoon: { voornaam: 'Sam', achternaam: 'de Vries', geboortedatum: '2006-05-01' },
      casussen: [{ fase: 'plannen', doelgroep: 'nieuw-vsv', intake: { thuissituatie: 'Woont bij moeder' } }],
      inzagen: [
        {
          tijdstip: '2026-11-21T09:00:00.000Z',
          actor: 'Consulent',
          rol: 'regio-consulent',
          actie: 'read',
          subject_type: 'Casus',
        },
      ],
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
