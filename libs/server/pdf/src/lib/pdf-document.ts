import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

/** dd-mm-jjjj (and uu:mm when the value carries a time) in Europe/Amsterdam; '' for nothing. */
export function pdfDatum(waarde: string | Date | null | undefined, metTijd = false): string {
  if (!waarde) return '';
  // Free text that only looks like a date (2026-13-01) is printed as written, never "corrected" or fatal.
  const moment =
    typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? new Date(`${waarde}T12:00:00Z`) : new Date(waarde);
  if (
    Number.isNaN(moment.getTime()) ||
    (typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde) && moment.toISOString().slice(0, 10) !== waarde)
  )
    return String(waarde);
  const opties: Intl.DateTimeFormatOptions = {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(metTijd ? { hour: '2-digit', minute: '2-digit' } : {}),
  };
  return new Intl.DateTimeFormat('nl-NL', opties).format(moment).replace(/\//g, '-').replace(/,\s*/, ' ');
}

/** Headings and labelled fields in the platform's document style. */
export function pdfStijl(doc: Pdf) {
  return {
    kop(tekst: string, grootte = 14) {
      doc
        .moveDown(0.8)
        .font('Helvetica-Bold')
        .fontSize(grootte)
        .fillColor('#1a1a1a')
        .text(tekst)
        .moveDown(0.3)
        .font('Helvetica')
        .fontSize(10);
    },
    veld(label: string, waarde: string) {
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .text(`${label}: `, { continued: true })
        .font('Helvetica')
        .text(waarde || '—');
    },
  };
}

/** Longest run of non-blank characters that a document prints as it is (see `breekLangeWoorden`). */
export const PDF_WOORD_MAX = 120;

/**
 * Puts a space into every run of more than `max` non-blank characters (after each `max` characters,
 * whole code points). pdfkit wraps a word wider than the line by re-measuring the whole rest of the word
 * for every line it fills, which is quadratic: one 200,000-character word (stored text may be close to
 * the 1 MB body limit) kept a render thread busy for minutes, and the export never answered. Text with
 * ordinary words is returned unchanged.
 */
export function breekLangeWoorden(tekst: string, max = PDF_WOORD_MAX): string {
  if (tekst.length <= max) return tekst;
  const lang = new RegExp(`\\S{${max + 1},}`, 'gu');
  const stuk = new RegExp(`[^]{1,${max}}`, 'gu');
  return tekst.replace(lang, (woord) => (woord.match(stuk) ?? [woord]).join(' '));
}

/**
 * An A4 document in Dutch with title metadata and a "title — pagina x van y" footer; `teken` writes the
 * body. Resolves with the bytes (documents are small: a person's file, an agenda). Every string written
 * with `doc.text` goes through `breekLangeWoorden`, so no stored text can make the layout quadratic.
 */
export function maakPdf(titel: string, onderwerp: string, teken: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    lang: 'nl-NL',
    info: { Title: titel, Subject: onderwerp, Author: 'RMC-platform', Creator: 'RMC-platform' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const schrijf = doc.text.bind(doc) as (tekst: unknown, ...rest: unknown[]) => Pdf;
  doc.text = ((tekst: unknown, ...rest: unknown[]) =>
    schrijf(typeof tekst === 'string' ? breekLangeWoorden(tekst) : tekst, ...rest)) as Pdf['text'];
  doc.font('Helvetica-Bold').fontSize(18).text(titel);
  doc.moveDown(0.4).font('Helvetica').fontSize(10);
  teken(doc);
  const pagina = doc.bufferedPageRange();
  for (let i = 0; i < pagina.count; i++) {
    doc.switchToPage(pagina.start + i);
    const onder = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(`${titel} — pagina ${i + 1} van ${pagina.count}`, doc.page.margins.left, doc.page.height - 36, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = onder;
  }
  doc.end();
  return klaar;
}
