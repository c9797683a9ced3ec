/**
 * PDF helpers: pdfkit and the document style, the renderer template type and the worker-thread entry.
 * A context's `*-pdf.ts` renderer imports only this lib, so a PDF worker thread loads pdfkit, not NestJS
 * and the database layer. The pool that runs the threads (`PdfRenderer`) is in the kernel (`@rmc/server-core`).
 */
export * from './lib/pdf-document';
export * from './lib/pdf-sjabloon';
export * from './lib/pdf-worker';
export * from './lib/pdf-werker-pad';
