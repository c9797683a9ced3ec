/**
 * Comments and docs cite files that exist (issue 10, part 8). Every repository path such as
 * `libs/server/core/src/lib/tenancy/db.service.ts`, `apps/...`, `tools/...` or `docs/...` in docs/*.md,
 * docs/adr/*.md, the README and the comments of apps/, libs/ and tools/ must name a file or folder that is
 * there, and so must every relative Markdown link of the docs. A placeholder (`libs/server/<ctx>/…`, a glob)
 * is checked up to the placeholder. After a move, fix the citation in the same change.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** A repository path: starts at a top folder, not inside another path (dist/server/apps/… is a build path). */
const PAD = /(?<![\w./@-])((?:libs|apps|tools|docs|docker|k8s)\/[\w./-]*)/g;
const CODE = /\.(ts|mjs|cjs|js|sh)$/;

/** Paths that are cited on purpose although they are not in the repository, with the reason. Keep it short. */
const NIET_IN_REPO: Record<string, string> = {
  'docker/.env': 'the operator creates it next to compose.yaml (docs/operations.md)',
  'docker/k8s': 'prose for "the docker and k8s layouts", not a folder',
};

function bestanden(dir: string, pass: (f: string) => boolean): string[] {
  const uit: string[] = [];
  for (const naam of readdirSync(dir)) {
    if (['node_modules', 'dist', '.angular', '.nx', 'tmp', 'artifacts'].includes(naam)) continue;
    const p = join(dir, naam);
    if (statSync(p).isDirectory()) uit.push(...bestanden(p, pass));
    else if (pass(p)) uit.push(p);
  }
  return uit;
}

/** The comment text of a code file (line and block comments; `#` lines of shell scripts), with its line numbers kept. */
function commentaar(file: string, tekst: string): string {
  const leeg = (s: string) => s.replace(/[^\n]/g, ' ');
  if (file.endsWith('.sh'))
    return tekst
      .split('\n')
      .map((r) => (/^\s*#/.test(r) ? r : ''))
      .join('\n');
  let uit = '';
  const re = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
  let vorige = 0;
  for (const m of tekst.matchAll(re)) {
    uit += leeg(tekst.slice(vorige, m.index));
    uit += m[0].startsWith('/') ? m[0] : leeg(m[0]);
    vorige = m.index! + m[0].length;
  }
  return uit + leeg(tekst.slice(vorige));
}

/** Strips what follows a path in prose: a line number, sentence punctuation, a trailing dot. */
function schoon(pad: string): string {
  return pad.replace(/:\d+.*$/, '').replace(/[.,;:)]+$/, '');
}

/** Exists, or is a short citation of a numbered file such as `docs/adr/0003` (→ `docs/adr/0003-….md`). */
function bestaat(pad: string): boolean {
  if (existsSync(join(ROOT, pad)) || pad in NIET_IN_REPO) return true;
  const map = join(ROOT, dirname(pad));
  const naam = pad.split('/').pop()!;
  return /^\d+$/.test(naam) && existsSync(map) && readdirSync(map).some((f) => f.startsWith(`${naam}-`));
}

/** Markdown without its fenced blocks (file trees and shell sessions name paths relative to a folder). */
function zonderCodeblokken(md: string): string {
  return md.replace(/^```[\s\S]*?^```/gm, (blok) => blok.replace(/[^\n]/g, ' '));
}

export function ontbrekend(): string[] {
  const docs = [
    join(ROOT, 'README.md'),
    ...bestanden(join(ROOT, 'docs'), (f) => f.endsWith('.md') && dirname(f) === join(ROOT, 'docs')),
    ...bestanden(join(ROOT, 'docs', 'adr'), (f) => f.endsWith('.md')),
  ];
  const code = ['apps', 'libs', 'tools'].flatMap((d) => bestanden(join(ROOT, d), (f) => CODE.test(f)));
  const uit: string[] = [];
  const meld = (file: string, tekst: string, index: number, pad: string) =>
    uit.push(`${relative(ROOT, file)}:${tekst.slice(0, index).split('\n').length}  ${pad}`);
  for (const file of [...docs, ...code]) {
    const ruw = readFileSync(file, 'utf8');
    const tekst = file.endsWith('.md') ? zonderCodeblokken(ruw) : commentaar(file, ruw);
    for (const m of tekst.matchAll(PAD)) {
      const pad = schoon(m[1]!);
      if (!bestaat(pad)) meld(file, tekst, m.index!, pad);
    }
    if (file.endsWith('.md'))
      for (const m of tekst.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const doel = m[1]!;
        if (/^[a-z]+:/i.test(doel) || doel.startsWith('/')) continue;
        if (!existsSync(join(dirname(file), decodeURIComponent(doel)))) meld(file, tekst, m.index!, doel);
      }
  }
  return uit;
}

describe('cited paths exist', () => {
  it('every repository path in the docs, the ADRs and code comments names a file that is there', () => {
    expect(ontbrekend()).toEqual([]);
  });

  it('the exemptions are still cited and still absent', () => {
    for (const pad of Object.keys(NIET_IN_REPO)) expect(existsSync(join(ROOT, pad))).toBe(false);
  });
});
