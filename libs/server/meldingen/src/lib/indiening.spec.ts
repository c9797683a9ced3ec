import { STANDAARD_NORMEN } from '@rmc/shared-domain';
import { controleerMelding, type MeldingInvoer } from './indiening';

/** The checks shared by filing one melding and the set-based CSV import: same rules, same Dutch texts. */
describe('controleerMelding', () => {
  const wie = { gebruikerId: 'g', vestigingId: 'v', instellingId: 'i' };
  const vandaag = '2026-11-02';
  const melding = (extra: Record<string, unknown> = {}): MeldingInvoer => ({
    soort: 'aaneengesloten-4-weken',
    leslocatieVestigingId: 'v',
    bsn: '111222333',
    voornaam: 'A',
    achternaam: 'B',
    geboortedatum: '2007-03-14',
    postcode: '8011ab',
    begindatum: '2026-10-12',
    vermoedelijkeSoort: '1-maand-of-langer',
    allesGemist: true,
    verzuimDagen: 24,
    melderNaam: 'M',
    melderFunctie: 'F',
    ...extra,
  });

  it('accepts a complete melding and normalises its postcode', () => {
    const uit = controleerMelding(wie, melding(), STANDAARD_NORMEN, vandaag);
    expect(uit).toMatchObject({ ok: true, norm: { soort: 'aaneengesloten-4-weken' }, pc: { pc4: 8011, postcode: '8011 AB' } });
  });

  it('names each failing field with the portal message', () => {
    const uit = controleerMelding(
      wie,
      melding({
        bsn: '123456789',
        postcode: 'abc',
        begindatum: '2099-01-01',
        einddatum: '2026-01-01',
        verzuimDagen: 3,
        leslocatieVestigingId: 'x',
      }),
      STANDAARD_NORMEN,
      vandaag,
    );
    expect(uit.ok).toBe(false);
    expect(!uit.ok && uit.fouten).toEqual([
      { field: 'leslocatieVestigingId', message: 'U kunt alleen melden voor uw eigen vestiging.' },
      { field: 'bsn', message: 'Dit BSN voldoet niet aan de elfproef.' },
      { field: 'postcode', message: 'Vul een geldige postcode in (1234 AB).' },
      { field: 'begindatum', message: 'De begindatum kan niet in de toekomst liggen.' },
      { field: 'einddatum', message: 'De einddatum ligt voor de begindatum.' },
      { field: 'verzuimDagen', message: expect.stringMatching(/minstens 20 verzuimdagen/) },
    ]);
  });

  it('refuses an unknown kind before anything else, and missing required fields', () => {
    const onbekend = controleerMelding(wie, melding({ soort: 'iets' }), STANDAARD_NORMEN, vandaag);
    expect(!onbekend.ok && onbekend.fouten).toEqual([
      { field: 'soort', message: expect.stringMatching(/^Onbekende soort melding; de verzuimagenda kent: /) },
    ]);
    const leeg = controleerMelding(wie, melding({ voornaam: undefined, allesGemist: undefined }), STANDAARD_NORMEN, vandaag);
    expect(!leeg.ok && leeg.fouten.map((f) => f.field)).toEqual(['voornaam', 'allesGemist']);
  });

  it("an unknown kind does not hide the row's other errors (the import reports them all)", () => {
    const uit = controleerMelding(
      wie,
      melding({ soort: 'vierkant', bsn: '123456789', postcode: '12' }),
      STANDAARD_NORMEN,
      vandaag,
    );
    expect(uit.ok).toBe(false);
    if (uit.ok) return;
    expect(uit.fouten.map((f) => f.field)).toEqual(['soort', 'bsn', 'postcode']);
    expect(uit.fouten[0].message).toMatch(/^Onbekende soort melding; de verzuimagenda kent: 4 aaneengesloten schoolweken/);
  });
});
