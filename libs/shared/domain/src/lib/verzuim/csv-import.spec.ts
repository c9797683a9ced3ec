import { csvRijen, datumUitCsv, importSjabloon, parseCsv, rijNaarMelding, soortUitCsv } from './csv-import';

describe('parseCsv', () => {
  it('handles ; separators, quotes, doubled quotes and newlines inside quotes', () => {
    expect(parseCsv('a;b;c\r\n1;"x;y";"he said ""hi"""\n2;"multi\nline";\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x;y', 'he said "hi"'],
      ['2', 'multi\nline', ''],
    ]);
  });
  it('detects , and skips empty lines and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('reads quotes that open mid-field, an unclosed quote and a final row without newline as before', () => {
    expect(parseCsv('a;b\nx"y;z"w;"q""\r\n;;\r\nlaatste;"open')).toEqual([
      ['a', 'b'],
      ['xy;zw', 'q"\r\n;;\r\nlaatste;open'],
    ]);
    expect(parseCsv('a;b\r1;2\r\n3;"4"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('streams rows one at a time', () => {
    const rijen = csvRijen('a;b\n1;2\n3;4');
    expect(rijen.next().value).toEqual(['a', 'b']);
    expect([...rijen]).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});

describe('rijNaarMelding', () => {
  it('maps columns and coerces values', () => {
    const kop = ['BSN', 'Begin', 'Uren', 'Actie', 'Zorgen', 'Onbekend'];
    const m = rijNaarMelding(
      kop,
      ['999990019', '12-10-2026', '18', 'ja', 'startkwalificatie-in-gevaar|dreigt-voortijdig-te-verlaten', 'x'],
      {
        BSN: 'bsn',
        Begin: 'begindatum',
        Uren: 'verzuimUren',
        Actie: 'actieGewenst',
        Zorgen: 'zorgen',
      },
    );
    expect(m).toEqual({
      bsn: '999990019',
      begindatum: '2026-10-12',
      verzuimUren: 18,
      actieGewenst: true,
      zorgen: ['startkwalificatie-in-gevaar', 'dreigt-voortijdig-te-verlaten'],
    });
  });
  it('passes uncoercible values on for validation to name', () => {
    expect(rijNaarMelding(['Uren'], ['veel'], { Uren: 'verzuimUren' })).toEqual({ verzuimUren: 'veel' });
  });
});

describe('what the screen shows is accepted', () => {
  const normen = [
    { soort: 'aaneengesloten-4-weken', label: '4 aaneengesloten schoolweken' },
    { soort: '16-uur-in-4-weken', label: '16 uur in 4 weken' },
    { soort: 'zorgwekkend', label: 'Zorgwekkend verzuim' },
  ];
  it('a soort label of the agenda, case- and accent-insensitive, becomes its code; codes stay', () => {
    expect(soortUitCsv('16 uur in 4 weken', normen)).toBe('16-uur-in-4-weken');
    expect(soortUitCsv('  ZORGWEKKEND VERZUIM ', normen)).toBe('zorgwekkend');
    expect(soortUitCsv('4 Aaneengesloten Schoolwéken', normen)).toBe('aaneengesloten-4-weken');
    expect(soortUitCsv('Zorgwekkend-Verzuim', normen)).toBe('zorgwekkend');
    expect(soortUitCsv('zorgwekkend', normen)).toBe('zorgwekkend');
    expect(soortUitCsv('Zorgwekkend', normen)).toBe('zorgwekkend');
    expect(soortUitCsv('iets anders', normen)).toBe('iets anders');
  });
  it('dates dd-mm-jjjj, d-m-jjjj and jjjj-mm-dd; anything else is passed on', () => {
    expect(datumUitCsv('07-09-2026')).toBe('2026-09-07');
    expect(datumUitCsv('7-9-2026')).toBe('2026-09-07');
    expect(datumUitCsv('7/9/2026')).toBe('2026-09-07');
    expect(datumUitCsv('2026-09-07')).toBe('2026-09-07');
    expect(datumUitCsv('2026-9-7')).toBe('2026-09-07');
    expect(datumUitCsv('31-02-2026')).toBe('31-02-2026');
    expect(datumUitCsv('gisteren')).toBe('gisteren');
  });
  it('rijNaarMelding maps a soort label through the agenda and Dutch dates', () => {
    expect(
      rijNaarMelding(['Soort', 'Begin'], ['16 uur in 4 weken', '5-10-2026'], { Soort: 'soort', Begin: 'begindatum' }, normen),
    ).toEqual({ soort: '16-uur-in-4-weken', begindatum: '2026-10-05' });
  });
  it('the vermoedelijke soort also accepts its label', () => {
    expect(rijNaarMelding(['V'], ['1 maand of langer'], { V: 'vermoedelijkeSoort' })).toEqual({
      vermoedelijkeSoort: '1-maand-of-langer',
    });
  });
  it('the template has every importable column and one example row that maps back', () => {
    const { kop, voorbeeld } = importSjabloon(['soort', 'bsn', 'begindatum'], {
      soort: 'Soort melding',
      bsn: 'BSN',
      begindatum: 'Begindatum',
    });
    expect(kop).toEqual(['Soort melding', 'BSN', 'Begindatum']);
    expect(voorbeeld).toHaveLength(3);
    expect(voorbeeld[2]).toMatch(/^\d{2}-\d{2}-\d{4}$/);
  });
});
