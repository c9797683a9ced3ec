import { koppelKolommen, leesCsv } from './csv';

describe('leesCsv', () => {
  it('herkent de puntkomma van Nederlandse Excel en telt de datarijen', () => {
    const csv = '\uFEFFbsn;voornaam;achternaam\r\n999000001;Anna;de Vries\r\n999000002;Bo;Bakker\r\n\r\n';
    const o = leesCsv(csv);
    expect(o.scheiding).toBe(';');
    expect(o.koppen).toEqual(['bsn', 'voornaam', 'achternaam']);
    expect(o.aantalRijen).toBe(2);
    expect(o.voorbeeld[1]).toEqual(['999000002', 'Bo', 'Bakker']);
  });

  it('leest komma-gescheiden bestanden met aanhalingstekens, scheidingstekens en regeleinden in cellen', () => {
    const csv = 'naam,toelichting\n"Jansen, D.","zegt ""hallo""\nen meer"\n';
    const o = leesCsv(csv);
    expect(o.scheiding).toBe(',');
    expect(o.aantalRijen).toBe(1);
    expect(o.voorbeeld[0]).toEqual(['Jansen, D.', 'zegt "hallo"\nen meer']);
  });

  it('geeft een leeg overzicht bij lege invoer', () => {
    expect(leesCsv('')).toEqual({ scheiding: ',', koppen: [], aantalRijen: 0, voorbeeld: [] });
  });
});

describe('koppelKolommen', () => {
  it('koppelt gelijke namen (hoofdletters, spaties en liggende streepjes tellen niet) en labels', () => {
    const k = koppelKolommen(['BSN', 'Voor_naam', 'Begindatum verzuim', 'Klas'], ['bsn', 'voornaam', 'begindatum'], {
      begindatum: 'Begindatum verzuim',
    });
    expect(k).toEqual({ BSN: 'bsn', Voor_naam: 'voornaam', 'Begindatum verzuim': 'begindatum', Klas: '' });
  });

  it('koppelt een veld maar één keer', () => {
    expect(koppelKolommen(['bsn', 'BSN'], ['bsn'])).toEqual({ bsn: 'bsn', BSN: '' });
  });
});
