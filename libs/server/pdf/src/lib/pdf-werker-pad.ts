/** The folder of the worker-thread entry (`pdf-worker.js` when compiled, `pdf-worker-ts.cjs` from sources). */
export const PDF_WORKER_MAP = __dirname;
