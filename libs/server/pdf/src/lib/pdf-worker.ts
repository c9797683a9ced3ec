import { isAbsolute } from 'node:path';

/** One render job as it crosses into the worker thread (structured clone). */
export interface PdfTaak {
  module: string;
  functie: string;
  data: unknown;
}

/** Loads the renderer module (cached by require) and renders. Also used in-process when PDF_THREADS=0. */
export async function renderPdfTaak(taak: PdfTaak): Promise<Buffer> {
  if (!isAbsolute(taak.module) || !/-pdf\.[cm]?[jt]s$/.test(taak.module))
    throw new Error('PDF renderer module must be an absolute *-pdf file');
  const mod = require(taak.module) as Record<string, unknown>;
  const render = mod[taak.functie];
  if (typeof render !== 'function') throw new Error(`PDF renderer ${taak.functie} not found`);
  return (render as (data: unknown) => Promise<Buffer>)(taak.data);
}

/** The piscina handler: the bytes go back as a Uint8Array (structured clone). */
export default function pdfWorker(taak: PdfTaak): Promise<Uint8Array> {
  return renderPdfTaak(taak);
}
