import { bouwTijdlijn, kortTekst, tijdlijnTekst, type TijdlijnGebeurtenis } from './tijdlijn';

const e = (
  gebeurtenis: string,
  sorteer: string,
  g: TijdlijnGebeurtenis['g'] = {},
  extra: Partial<TijdlijnGebeurtenis> = {},
): TijdlijnGebeurtenis => ({
  gebeurtenis,
  op: sorteer,
  sorteer,
  casusId: 'c1',
  refId: 'r1',
  g,
  ...extra,
});

describe('case timeline', () => {
  it('puts the newest first', () => {
    const items = bouwTijdlijn([
      e('fase', '2026-11-02T09:00:00.000000Z', { van: 'waarnemen', naar: 'analyseren' }),
      e('fase', '2026-11-03T09:00:00.000000Z', { van: 'analyseren', naar: 'plannen' }),
      e('casus-aangemaakt', '2026-11-01T09:00:00.000000Z', { bron: 'duo-lijst', fase: 'waarnemen' }),
    ]);
    expect(items.map((i) => i.tekst)).toEqual([
      'Fase Analyseren → Plannen',
      'Fase Waarnemen → Analyseren',
      'Casus aangemaakt (bron: DUO-lijst)',
    ]);
    expect(items.map((i) => i.soort)).toEqual(['fase', 'fase', 'casus']);
  });

  it('orders events of one transaction by the story: judgement, case, then (later) the feedback after the phase', () => {
    const t = '2026-11-02T09:00:00.123456Z';
    const items = bouwTijdlijn([
      e('casus-aangemaakt', t, { bron: 'melding' }),
      e('melding-teruggemeld', t, {
        tekst: 'Status: afgesloten (Terug naar school). De casus is afgesloten.',
        reden: 'terug-naar-school',
      }),
      e('melding-oordeel', t, { oordeel: 'actie-vereist' }),
      e('fase', t, { van: 'waarnemen', naar: 'afgesloten' }),
    ]);
    expect(items.map((i) => i.tekst)).toEqual([
      'Teruggemeld aan school: afgesloten (Terug naar school)',
      'Fase Waarnemen → Afgesloten',
      'Casus aangemaakt (bron: verzuimmelding)',
      'Oordeel op verzuimmelding: actie vereist',
    ]);
  });

  it('compares microseconds (two steps within one millisecond keep their order)', () => {
    const items = bouwTijdlijn([
      e('fase', '2026-11-02T09:00:00.000001Z', { van: 'a', naar: 'b' }),
      e('fase', '2026-11-02T09:00:00.000002Z', { van: 'b', naar: 'c' }),
    ]);
    expect(items.map((i) => i.tekst)).toEqual(['Fase b → c', 'Fase a → b']);
  });

  it('links meldingen and meetings; case events link to their case only on a person timeline', () => {
    const rij = [
      e(
        'melding-gemeld',
        '2026-11-01T08:00:00.000000Z',
        { soort: 'zorgwekkend', vestiging: 'Landstede Zwolle' },
        { refId: 'm1', casusId: null },
      ),
      e('contact', '2026-11-02T08:00:00.000000Z', { vorm: 'brief', uitkomst: 'geen-gehoor' }),
    ];
    expect(bouwTijdlijn(rij)).toEqual([
      { op: '2026-11-02T08:00:00.000000Z', soort: 'contact', tekst: 'Brief: geen gehoor' },
      {
        op: '2026-11-01T08:00:00.000000Z',
        soort: 'melding',
        tekst: 'Verzuimmelding ontvangen: Zorgwekkend verzuim (Landstede Zwolle)',
        link: '/meldingen/m1',
      },
    ]);
    expect(bouwTijdlijn(rij, { casusLinks: true })[0].link).toBe('/casussen/c1');
    expect(
      bouwTijdlijn([e('overleg', '2026-11-05T13:00:00.000000Z', { titel: 'MDO Zwolle', voorbij: false }, { refId: 'o1' })])[0],
    ).toMatchObject({
      tekst: 'Geagendeerd voor MDO Zwolle',
      link: '/overleggen/o1',
    });
  });

  it('writes short Dutch lines for every kind of event', () => {
    expect(tijdlijnTekst({ gebeurtenis: 'signalering', g: { actieNodig: true } })).toBe(
      'Oordeel signalering: directe actie nodig',
    );
    expect(tijdlijnTekst({ gebeurtenis: 'scan', g: { aantal: 1 } })).toBe('Scan van de leefgebieden (1 leefgebied)');
    expect(tijdlijnTekst({ gebeurtenis: 'actie', g: { omschrijving: 'Huisbezoek met moeder', eigenaar: null } })).toBe(
      'Actie toegevoegd: Huisbezoek met moeder (RMC-consulent)',
    );
    expect(tijdlijnTekst({ gebeurtenis: 'actie-status', g: { omschrijving: 'Aanvraag', status: 'niet-mogelijk' } })).toBe(
      'Actie “Aanvraag”: niet mogelijk',
    );
    expect(tijdlijnTekst({ gebeurtenis: 'deling-ingetrokken', g: { organisatie: 'W&I' } })).toBe('Deling met W&I ingetrokken');
    expect(tijdlijnTekst({ gebeurtenis: 'nazorg', g: { moment: '2027-01-02', uitkomst: 'werk', soort: null } })).toBe(
      'Nazorgcontact van 02-01-2027: aan het werk',
    );
    expect(tijdlijnTekst({ gebeurtenis: 'overdracht', g: { naar: 'Twente' } })).toBe('Warm overgedragen aan Twente');
    expect(tijdlijnTekst({ gebeurtenis: 'casus-aangemaakt', g: { bron: 'loket', fase: 'beeindigd' } })).toBe(
      'Casus aangemaakt (bron: jongere zelf (loket)), fase Beëindigd',
    );
  });

  it('cuts long free text', () => {
    expect(kortTekst('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(kortTekst('  kort\n tekst ')).toBe('kort tekst');
  });
});
