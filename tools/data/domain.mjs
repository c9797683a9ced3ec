// The domain library (libs/shared/domain) as compiled by `npm run build:server`: the generator uses the
// product's own rules (werkdagen, norms per melding kind, completeness, nazorg moments, reference lists).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DOMAIN = join(ROOT, 'dist/server/libs/shared/domain/src/index.js');
if (!existsSync(DOMAIN)) throw new Error(`${DOMAIN} is missing: run npm run build:server first`);
export const domain = createRequire(import.meta.url)(DOMAIN);
