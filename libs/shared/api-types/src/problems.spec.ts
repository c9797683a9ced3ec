import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEEM_CODES, PROBLEEM_TITELS, PROBLEMEN, isProblemCode, probleemCode } from './problems';

/** docs/problems.md lists the registry; UPDATE_DOCS=1 rewrites its table. */
const DOC = join(__dirname, '../../../../docs/problems.md');
const BEGIN = '<!-- problemen:begin (generated from libs/shared/api-types/src/problems.ts; UPDATE_DOCS=1) -->';
const EIND = '<!-- problemen:eind -->';

function tabel(): string {
  const regels = PROBLEEM_CODES.map(
    (c) => `| \`${c}\` | ${PROBLEMEN[c].status} | ${PROBLEMEN[c].title} | ${PROBLEMEN[c].betekenis} |`,
  );
  return ['| Code | Status | Title | Meaning |', '|---|---|---|---|', ...regels].join('\n');
}

describe('problem registry', () => {
  it('gives every code the title of its status', () => {
    for (const c of PROBLEEM_CODES) expect(PROBLEMEN[c].title).toBe(PROBLEEM_TITELS[PROBLEMEN[c].status]);
  });

  it('reads the typed code from a body: `code` first, else the type URL; anything else is null', () => {
    expect(probleemCode({ code: 'csrf', type: 'https://rmc.example.nl/problemen/verboden' })).toBe('csrf');
    expect(probleemCode({ type: 'https://rmc.example.nl/problemen/totp-instellen-vereist' })).toBe('totp-instellen-vereist');
    expect(probleemCode({ type: 'https://elders.example/problemen/csrf' })).toBeNull();
    expect(probleemCode({ code: 'bestaat-niet' })).toBeNull();
    expect(probleemCode('tekst')).toBeNull();
    expect(isProblemCode('toString')).toBe(false);
  });

  it('is listed in docs/problems.md', () => {
    const doc = readFileSync(DOC, 'utf8');
    const [voor, rest] = doc.split(BEGIN);
    const na = rest?.split(EIND)[1];
    expect(na).toBeDefined();
    const verwacht = `${voor}${BEGIN}\n${tabel()}\n${EIND}${na}`;
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(DOC, verwacht);
    else expect(doc).toBe(verwacht);
  });
});
