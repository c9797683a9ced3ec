#!/usr/bin/env node
// Writes <file>.br (brotli, quality 11) and <file>.gz (gzip, level 9) next to every text file of the
// portal build, so the API sends them without compressing per request (ADR 0019). Run by `npm run build`
// after the portal build; idempotent (a variant is rewritten only when its source is newer).
// Usage: node tools/build/precompress.mjs [dist/apps/portal/browser]
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TEKST = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this size compression gains nothing worth a second file. */
const MIN_BYTES = 512;

function* bestanden(map) {
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) yield* bestanden(pad);
    else yield pad;
  }
}

function nieuwer(bron, doel) {
  return !existsSync(doel) || statSync(doel).mtimeMs < statSync(bron).mtimeMs;
}

export function precompress(dist) {
  let n = 0;
  for (const pad of bestanden(dist)) {
    if (!TEKST.test(pad)) continue;
    const inhoud = readFileSync(pad);
    if (inhoud.length < MIN_BYTES) continue;
    if (nieuwer(pad, `${pad}.br`)) {
      writeFileSync(
        `${pad}.br`,
        brotliCompressSync(inhoud, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length,
          },
        }),
      );
    }
    if (nieuwer(pad, `${pad}.gz`)) writeFileSync(`${pad}.gz`, gzipSync(inhoud, { level: 9 }));
    n++;
  }
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist/apps/portal/browser';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist}/index.html is missing: build the portal first (npx nx run portal:build)`);
    process.exit(1);
  }
  console.log(`precompress: ${precompress(dist)} files in ${dist} (.br and .gz)`);
}
