/**
 * Each context owns its tables (issue 10, docs/architecture.md "Who owns which table"): the SQL in
 * libs/server/<ctx>/src (string and template literals, migrations excluded) names only tables that
 * tools/checks/table-ownership.json gives to <ctx>. Another context's rows come from a query or
 * service function the owner exports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const LIBS = join(ROOT, 'libs', 'server');
const OWNERS: Record<string, string> = JSON.parse(readFileSync(join(__dirname, 'table-ownership.json'), 'utf8'));

/**
 * Violations that another helper of issue 10 is still removing, by lib (or file) → who. Keep this tiny;
 * an entry goes when its owner is done. Everything else fails.
 */
const KNOWN: Record<string, string> = {};

/** FROM/JOIN/INTO/UPDATE/DELETE FROM/TABLE followed by a table name (optionally ONLY or schema public). */
const TABLE_REF = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)"?/gi;

export interface Violation {
  file: string;
  line: number;
  table: string;
  owner: string;
  lib: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'migrations' && name !== 'node_modules') out.push(...tsFiles(p));
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every string and template literal of a file with the line its text starts on. */
function literals(file: string): Array<{ text: string; line: number }> {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ text: string; line: number }> = [];
  const add = (node: ts.Node, text: string) => {
    // getStart() is the quote/backtick; the text starts on that line.
    out.push({ text, line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      add(node.head, node.head.text);
      for (const span of node.templateSpans) add(span.literal, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

export function findViolations(): Violation[] {
  const out: Violation[] = [];
  for (const lib of readdirSync(LIBS)) {
    const srcDir = join(LIBS, lib, 'src');
    try {
      statSync(srcDir);
    } catch {
      continue;
    }
    for (const file of tsFiles(srcDir)) {
      for (const lit of literals(file)) {
        for (const m of lit.text.matchAll(TABLE_REF)) {
          const table = m[1]!.toLowerCase();
          const owner = OWNERS[table];
          if (!owner || owner === lib) continue;
          const line = lit.line + lit.text.slice(0, m.index).split('\n').length - 1;
          out.push({ file: relative(ROOT, file), line, table, owner, lib });
        }
      }
    }
  }
  return out;
}

/**
 * Contexts whose SQL lives in data modules (`src/lib/data/*.queries.ts`, or `src/lib/<area>/*.queries.ts`
 * in core): no other file of theirs names a table. A context's erasure participant (`wissen.ts`) keeps
 * its own DELETEs next to its registration. Add a context here when it has moved its SQL.
 */
const DATA_MODULES = [
  'casus',
  'core',
  'meldingen',
  'nazorg',
  'notificaties',
  'organisaties',
  'overleg',
  'personen',
  'platform',
  'rapportage',
  'verzuimagenda',
];

export function sqlOutsideDataModules(): Array<{ file: string; line: number; table: string }> {
  const out: Array<{ file: string; line: number; table: string }> = [];
  for (const lib of DATA_MODULES) {
    for (const file of tsFiles(join(LIBS, lib, 'src'))) {
      const rel = relative(ROOT, file);
      if (rel.includes('/data/') || rel.endsWith('.queries.ts') || rel.endsWith('/wissen.ts')) continue;
      for (const lit of literals(file)) {
        for (const m of lit.text.matchAll(TABLE_REF)) {
          const table = m[1]!.toLowerCase();
          if (!OWNERS[table]) continue;
          out.push({ file: rel, line: lit.line + lit.text.slice(0, m.index).split('\n').length - 1, table });
        }
      }
    }
  }
  return out;
}

const known = (v: Violation) => Object.keys(KNOWN).find((k) => v.file.startsWith(k));
const show = (v: Violation) => `${v.file}:${v.line}  ${v.table} (owner: ${v.owner})`;

describe('each context owns its tables', () => {
  const violations = findViolations();

  it('the ownership map names every table the migrations create (a new table: a line in table-ownership.json and in docs/architecture.md)', () => {
    const created = new Set<string>();
    const migrationDirs = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const p = join(dir, name);
        if (!statSync(p).isDirectory() || name === 'node_modules') return [];
        return name === 'migrations' ? [p] : migrationDirs(p);
      });
    for (const dir of migrationDirs(LIBS)) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)/g)) {
          created.add(m[1]!);
        }
      }
    }
    expect(created.size).toBeGreaterThan(30);
    expect([...created].filter((t) => !OWNERS[t]).sort()).toEqual([]);
    const libs = new Set(readdirSync(LIBS));
    expect(Object.values(OWNERS).filter((o) => !libs.has(o))).toEqual([]);
  });

  it('no lib names a table another context owns in its SQL', () => {
    const open = violations.filter((v) => !known(v));
    const waiting = violations.filter(known);
    if (waiting.length) {
      const byWho = new Map<string, number>();
      for (const v of waiting)
        byWho.set(`${known(v)} (${KNOWN[known(v)!]})`, (byWho.get(`${known(v)} (${KNOWN[known(v)!]})`) ?? 0) + 1);
      console.warn(
        `known cross-context table access, still to be removed:\n${[...byWho].map(([k, n]) => `  ${k}: ${n}`).join('\n')}`,
      );
    }
    expect(open.map(show)).toEqual([]);
  });

  it('contexts that moved their SQL keep it in data modules', () => {
    expect(sqlOutsideDataModules().map((v) => `${v.file}:${v.line}  ${v.table}`)).toEqual([]);
  });

  it('the allowlist has no stale entries', () => {
    const stale = Object.keys(KNOWN).filter((k) => !violations.some((v) => v.file.startsWith(k)));
    expect(stale).toEqual([]);
  });
});
