import {
  CASUS_SUBVELDEN,
  controleerVierstappen,
  isSectie,
  LEEFGEBIEDEN,
  leefgebiedVelden,
  toegestaneSecties,
  veldenVoorSecties,
} from './delen';

describe('case slices', () => {
  it('knows sections and life domains', () => {
    expect(isSectie('basis')).toBe(true);
    expect(isSectie('domein:financien-schulden')).toBe(true);
    expect(isSectie('domein:geheim')).toBe(false);
  });
  it('W&I may get work/income domains and absence detail, not the home situation', () => {
    const t = toegestaneSecties('werk-en-inkomen');
    expect(t).toEqual(expect.arrayContaining(['domein:werk-en-opleiding', 'domein:financien-schulden', 'verzuim']));
    expect(t).not.toContain('domein:gezin');
    expect(t).not.toContain('contact');
  });
  it('maps sections to the fields a partner receives', () => {
    expect(veldenVoorSecties(['basis', 'acties', 'domein:gezin']).sort()).toEqual([
      'consulentNaam',
      'doelgroep',
      'fase',
      'id',
      'leefgebieden',
      'mijnActies',
      'notities',
      'persoon',
      'regie',
    ]);
    expect(veldenVoorSecties(['basis'])).not.toContain('verzuim');
  });
  it('no section opens the RMC-only fields (contact log, timeline, shares, phase steps)', () => {
    const alle = veldenVoorSecties(['basis', 'contact', 'acties', 'verzuim', ...LEEFGEBIEDEN.map((d) => `domein:${d}`)]);
    for (const veld of ['contactmomenten', 'tijdlijn', 'delingen', 'stappen', 'intake', 'oordeelSignalering'])
      expect(alle).not.toContain(veld);
  });
  it('each shared life domain opens its own sub-field of leefgebieden, nothing else does', () => {
    expect(leefgebiedVelden(['basis', 'domein:gezin', 'domein:justitie', 'domein:geheim'])).toEqual([
      'leefgebieden.gezin',
      'leefgebieden.justitie',
    ]);
    expect(leefgebiedVelden(['basis', 'contact', 'acties', 'verzuim'])).toEqual([]);
    expect(CASUS_SUBVELDEN).toContain('persoon.id');
    // No section opens the person's record id.
    const alle = [
      ...veldenVoorSecties(['basis', 'contact', 'acties', 'verzuim']),
      ...leefgebiedVelden(LEEFGEBIEDEN.map((d) => `domein:${d}`)),
    ];
    expect(alle).not.toContain('persoon.id');
  });
  it('the four-step check names the steps that are missing or too thin', () => {
    expect(controleerVierstappen({ grondslag: 'Wettelijke taak RMC-functie art. 8', doel: 'kort' })).toEqual([
      'doel',
      'proportionaliteit',
      'subsidiariteit',
    ]);
  });
});
