import { readFileSync } from 'node:fs';

let lijst: ReadonlySet<string> | undefined;

/**
 * The 10,000 most common passwords (Mark Burnett's list, shipped by the npm package
 * `common-password`), lower-cased, read once per process.
 */
export function veelgebruikteWachtwoorden(): ReadonlySet<string> {
  lijst ??= new Set(
    readFileSync(require.resolve('common-password/lib/10k most common.txt'), 'utf8')
      .split(/\r?\n/)
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean),
  );
  return lijst;
}
