import { csvRijen, parseCsv, rijNaarMelding } from './csv-import';

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
