'use strict';
/*
 * Preload for load scripts only (`node --expose-gc --require tools/load/geheugen-meter.cjs main.js`):
 * appends the process's memory to GEHEUGEN_LOG as one JSON line every GEHEUGEN_MS (default 1000) ms.
 * When the file GEHEUGEN_LOG + '.gc' appears, it removes it, runs a full garbage collection (when
 * --expose-gc is given) and writes a line with "gc": true. (No signal: the API's shutdown hooks take
 * SIGUSR2 and the other user signals.) Figures only (bytes), nothing of the requests. The API's own code is untouched: production
 * never loads this file.
 */
const { appendFileSync, existsSync, rmSync } = require('node:fs');
const v8 = require('node:v8');

const bestand = process.env.GEHEUGEN_LOG;
if (bestand) {
  const schrijf = (gc) => {
    const m = process.memoryUsage();
    const h = v8.getHeapStatistics();
    appendFileSync(
      bestand,
      JSON.stringify({
        t: Date.now(),
        gc,
        rss: m.rss,
        heapTotal: m.heapTotal,
        heapUsed: m.heapUsed,
        external: m.external,
        arrayBuffers: m.arrayBuffers,
        mallocedMemory: h.malloced_memory,
        peakMallocedMemory: h.peak_malloced_memory,
      }) + '\n',
    );
  };
  setInterval(() => schrijf(false), Number(process.env.GEHEUGEN_MS) || 1000).unref();
  setInterval(() => {
    if (!existsSync(`${bestand}.gc`)) return;
    rmSync(`${bestand}.gc`, { force: true });
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    schrijf(true);
  }, 100).unref();
}
