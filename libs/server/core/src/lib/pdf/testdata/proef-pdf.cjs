'use strict';
// Renderers for pdf-renderer.spec.ts, loaded by the PDF worker thread: one that never ends, one that answers.
exports.blijftHangen = () => {
  for (;;);
};
exports.snel = () => Promise.resolve(Buffer.from('%PDF-1.4 proef'));
// One that keeps what it allocates until the thread passes its heap limit (resourceLimits).
exports.eetGeheugen = () => {
  const vast = [];
  for (;;) vast.push(new Array(100_000).fill({ x: vast.length }));
};
