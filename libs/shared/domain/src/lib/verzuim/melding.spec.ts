import {
  beoordeelVolledigheid,
  MELDING_VELDEN,
  OPTIONELE_VELDEN,
  veldEis,
  controleerDrempel,
  ontbrekendeVerplichteVelden,
  STANDAARD_NORMEN,
  urgentie,
  URGENTIE_MAXIMUM,
  urgentieNiveau,
  urgentieTekst,
  zevenDagenRegel,
} from './melding';

const norm = (soort: string) => STANDAARD_NORMEN.find((n) => n.soort === soort)!;

describe('agenda norms on a melding', () => {
  const volledig = {
    bsn: '999990019',
    voornaam: 'A',
    achternaam: 'B',
    geboortedatum: '2006-01-01',
    postcode: '8011 AB',
    begindatum: '2026-10-01',
    vermoedelijkeSoort: '1-maand-of-langer',
    leslocatieVestigingId: 'v1',
    melderNaam: 'M',
    melderFunctie: 'F',
    verzuimDagen: 20,
    allesGemist: true,
  };
  it('names every required field that is missing', () => {
    expect(
      ontbrekendeVerplichteVelden({ ...volledig, begindatum: '', verzuimDagen: undefined }, norm('aaneengesloten-4-weken')),
    ).toEqual(['begindatum', 'verzuimDagen']);
    expect(ontbrekendeVerplichteVelden(volledig, norm('aaneengesloten-4-weken'))).toEqual([]);
  });
  it('zorgwekkend verzuim needs the concerns and an explanation', () => {
    expect(ontbrekendeVerplichteVelden({ ...volledig, zorgen: [] }, norm('zorgwekkend'))).toEqual([
      'zorgen',
      'toelichtingActieGewenst',
    ]);
  });
  it('judges completeness on the richtlijn quality fields', () => {
    const r = beoordeelVolledigheid(volledig, norm('aaneengesloten-4-weken'));
    expect(r.volledig).toBe(false);
    expect(r.ontbrekend).toContain('doorSchoolOndernomen');
  });
  it('never lists a field the form marks "(niet verplicht)" as missing, whatever the agenda says', () => {
    for (const n of STANDAARD_NORMEN) {
      const { ontbrekend } = beoordeelVolledigheid({}, n);
      for (const veld of MELDING_VELDEN)
        if (veldEis(n, veld) === 'optioneel')
          expect({ soort: n.soort, veld, ontbrekend: ontbrekend.includes(veld) }).toEqual({
            soort: n.soort,
            veld,
            ontbrekend: false,
          });
    }
    // A region's agenda that names a contact field of the melder as a quality field: still optional, never missing.
    const regionaal = {
      ...norm('zorgwekkend'),
      aanbevolenVelden: [...norm('zorgwekkend').aanbevolenVelden, 'melderEmail', 'einddatum'],
    };
    expect(veldEis(regionaal, 'melderEmail')).toBe('optioneel');
    expect(beoordeelVolledigheid({}, regionaal).ontbrekend).not.toEqual(expect.arrayContaining(['melderEmail']));
    expect(beoordeelVolledigheid({}, regionaal).ontbrekend).not.toContain('einddatum');
  });
  it('sorts every field of the form into verplicht, aanbevolen or optioneel per soort', () => {
    const n = norm('aaneengesloten-4-weken');
    expect(veldEis(n, 'verzuimDagen')).toBe('verplicht');
    expect(veldEis(n, 'telefoon')).toBe('aanbevolen');
    expect(veldEis(n, 'verzuimUren')).toBe('aanbevolen');
    expect(veldEis(n, 'afwijkendVerblijfadres')).toBe('optioneel');
    expect(veldEis(norm('zorgwekkend'), 'zorgen')).toBe('verplicht');
    expect(veldEis(null, 'bsn')).toBe('verplicht');
    expect(veldEis(null, 'zorgen')).toBe('aanbevolen');
    expect(MELDING_VELDEN).toHaveLength(29);
    for (const veld of OPTIONELE_VELDEN) expect(MELDING_VELDEN).toContain(veld);
  });
  it('checks the threshold of the kind', () => {
    expect(controleerDrempel({ verzuimUren: 12 }, norm('16-uur-in-4-weken'))?.veld).toBe('verzuimUren');
    expect(controleerDrempel({ verzuimUren: 16 }, norm('16-uur-in-4-weken'))).toBeNull();
    expect(controleerDrempel({ verzuimDagen: 5 }, norm('aaneengesloten-4-weken'))?.reden).toMatch(/20 verzuimdagen/);
  });
});

describe('zevenDagenRegel', () => {
  const n4 = norm('aaneengesloten-4-weken');
  it('refuses a second continuous-absence melding within 7 calendar days, with the date', () => {
    expect(
      zevenDagenRegel(
        { gemeldOp: '2026-11-20', norm: n4 },
        [{ id: '1', soort: 'aaneengesloten-4-weken', gemeldOp: '2026-11-14' }],
        STANDAARD_NORMEN,
      ),
    ).toMatch(/14-11-2026/);
  });
  it('allows it after 7 days', () => {
    expect(
      zevenDagenRegel(
        { gemeldOp: '2026-11-21', norm: n4 },
        [{ id: '1', soort: 'aaneengesloten-4-weken', gemeldOp: '2026-11-14' }],
        STANDAARD_NORMEN,
      ),
    ).toBeNull();
  });
  it('does not apply to non-continuous kinds', () => {
    expect(
      zevenDagenRegel(
        { gemeldOp: '2026-11-15', norm: norm('zorgwekkend') },
        [{ id: '1', soort: 'aaneengesloten-4-weken', gemeldOp: '2026-11-14' }],
        STANDAARD_NORMEN,
      ),
    ).toBeNull();
    expect(
      zevenDagenRegel(
        { gemeldOp: '2026-11-15', norm: n4 },
        [{ id: '1', soort: '16-uur-in-4-weken', gemeldOp: '2026-11-14' }],
        STANDAARD_NORMEN,
      ),
    ).toBeNull();
  });
});

describe('urgentie', () => {
  it('orders overdue first, then concerns and actie gewenst', () => {
    const basis = { zorgen: 0, actieGewenst: false, eerdereMeldingen: 0, openCasus: false, teLaat: false };
    expect(urgentie({ ...basis, teLaat: true })).toBeGreaterThan(
      urgentie({ ...basis, zorgen: 3, actieGewenst: true, openCasus: true }),
    );
    expect(urgentie({ ...basis, zorgen: 1 })).toBeGreaterThan(urgentie({ ...basis, eerdereMeldingen: 2 }));
    expect(urgentie({ ...basis, actieGewenst: true })).toBeGreaterThan(urgentie(basis));
  });
});

describe('urgentie scale', () => {
  it('has a maximum and a level in words for every score', () => {
    expect(URGENTIE_MAXIMUM).toBe(173);
    expect(urgentieNiveau(0)).toBe('laag');
    expect(urgentieNiveau(25)).toBe('middel');
    expect(urgentieNiveau(30)).toBe('hoog');
    expect(urgentieNiveau(100)).toBe('te-laat');
    expect(urgentieTekst(25)).toBe('Middel (25 van 173 punten)');
  });
});
