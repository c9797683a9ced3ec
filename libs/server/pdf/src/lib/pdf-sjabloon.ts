/**
 * A PDF renderer that runs in a worker thread: the module that exports it (an absolute file name, so
 * the worker can load it without the rest of the API) and the name of the exported function. The
 * function takes plain data (structured-cloneable: already sliced, read and audited) and resolves
 * with the PDF bytes.
 */
export interface PdfSjabloon<T> {
  readonly module: string;
  readonly functie: string;
  /** Only carries the data type. */
  readonly _data?: T;
}

/** Declares a renderer; call it in the renderer's own module with `__filename`. */
export function pdfSjabloon<T>(module: string, functie: string): PdfSjabloon<T> {
  return { module, functie };
}
