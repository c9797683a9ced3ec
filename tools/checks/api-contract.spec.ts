/**
 * One API contract (issue 10, part 6): the request and response shapes live in @rmc/shared-api-types
 * (libs/shared/api-types/src, one file per context). The portal imports them and declares no copies
 * of its own, and every server request DTO implements a shared request type. See docs/architecture.md
 * ("API contract") and the OpenAPI snapshot test apps/api/test/openapi.int-spec.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function bestanden(dir: string, pass: (f: string) => boolean): string[] {
  const uit: string[] = [];
  for (const naam of readdirSync(dir)) {
    if (['node_modules', 'dist', '.angular'].includes(naam)) continue;
    const p = join(dir, naam);
    if (statSync(p).isDirectory()) uit.push(...bestanden(p, pass));
    else if (pass(p)) uit.push(p);
  }
  return uit;
}

/** Request bodies that are not part of our clients' contract, with the reason. Keep it short. */
const GEEN_CONTRACT: Record<string, string> = {
  BackchannelLogoutDto: 'sent by the identity provider (OIDC back-channel logout), not by the portal or a school system',
};

const ts = (f: string) => f.endsWith('.ts') && !f.endsWith('.spec.ts');
const gedeeld = new Set(
  bestanden(join(ROOT, 'libs/shared/api-types/src'), ts).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/^export (?:interface|type|const|function) (\w+)/gm)].map((m) => m[1]),
  ),
);

describe('one API contract', () => {
  it('the portal declares no copies of the shared API types (import them from @rmc/shared-api-types)', () => {
    const kopieen: string[] = [];
    for (const f of [...bestanden(join(ROOT, 'apps/portal/src'), ts), ...bestanden(join(ROOT, 'libs/portal'), ts)])
      for (const m of readFileSync(f, 'utf8').matchAll(/^(?:export )?(?:interface|type) (\w+)\b/gm))
        if (gedeeld.has(m[1]) || /Dto$/.test(m[1])) kopieen.push(`${relative(ROOT, f)}: ${m[1]}`);
    expect(kopieen).toEqual([]);
  });

  it('every server request DTO implements a shared type (query, paging and nested DTOs aside)', () => {
    const dtoBestanden = bestanden(join(ROOT, 'libs/server'), (p) => /dto\.ts$/.test(p) && !p.endsWith('responses.dto.ts'));
    // A nested DTO (`@Type(() => X)`) is checked through the parent that implements the shared type.
    const genest = new Set(
      dtoBestanden.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/@Type\(\(\) => (\w+)\)/g)].map((m) => m[1])),
    );
    const zonder: string[] = [];
    for (const f of dtoBestanden) {
      const tekst = readFileSync(f, 'utf8');
      for (const m of tekst.matchAll(/^export class (\w+)( extends [\w<>()]+)?( implements [^{]+)? \{/gm)) {
        const [, naam, basis, impl] = m;
        // Query strings and paging extend PaginaQueryDto or describe a filter; nested parts are checked by their parent.
        if (impl || basis || genest.has(naam) || /Query\w*Dto$/.test(naam) || naam in GEEN_CONTRACT) continue;
        zonder.push(`${relative(ROOT, f)}: ${naam}`);
      }
    }
    expect(zonder).toEqual([]);
  });
});
