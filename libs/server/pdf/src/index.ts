/**
 * Secondary entry point for PDF renderers: pdfkit and the document style only. A renderer imports this
 * instead of the package root, so a PDF worker thread loads pdfkit, not NestJS and the database layer.
 */
export * from './lib/pdf/pdf-document';
export * from './lib/pdf/pdf-sjabloon';
