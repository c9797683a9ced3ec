import { breekLangeWoorden, maakPdf, PDF_WOORD_MAX } from './pdf-document';

describe('maakPdf: stored text cannot make the layout hang', () => {
  it('breekLangeWoorden leaves ordinary text alone and splits only runs longer than the maximum, by whole code points', () => {
    const gewoon = 'Een notitie met gewone woorden, een e-mailadres iemand@example.org en https://rmc.example.nl/pad.';
    expect(breekLangeWoorden(gewoon)).toBe(gewoon);
    expect(breekLangeWoorden('x'.repeat(PDF_WOORD_MAX))).toBe('x'.repeat(PDF_WOORD_MAX));
    expect(breekLangeWoorden(`a ${'y'.repeat(250)} b`, 100)).toBe(`a ${'y'.repeat(100)} ${'y'.repeat(100)} ${'y'.repeat(50)} b`);
    // A surrogate pair is never cut in half.
    const emoji = '😀'.repeat(7);
    expect(breekLangeWoorden(emoji, 3)).toBe('😀😀😀 😀😀😀 😀');
    expect(breekLangeWoorden(emoji, 3).replace(/ /g, '')).toBe(emoji);
  });

  it('renders one 100,000-character word in seconds (pdfkit alone: over a minute, quadratic)', async () => {
    const begin = Date.now();
    const pdf = await maakPdf('Test', 'Lang woord', (doc) => {
      doc.text(`Notitie: ${'x'.repeat(100_000)}`);
    });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(Date.now() - begin).toBeLessThan(10_000);
  }, 120_000);
});
