'use strict';
// Renderers for pdf-renderer.spec.ts, loaded by the PDF worker thread: one that never ends, one that answers.
exports.blijftHangen = () => {
  for (;;);
};
exports.snel = () => Promise.resolve(Buffer.from('%PDF-1.4 proef'));
