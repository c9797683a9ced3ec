import { Logger } from '@nestjs/common';
import { PROBLEEM_CODES, PROBLEMEN } from '@rmc/shared-api-types';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApi, type TestApi } from './support/api';

/**
 * The API contract: the OpenAPI document must equal the committed docs/openapi.json, so every contract
 * change shows up in review. After an intended change: UPDATE_OPENAPI=1 rewrites the snapshot.
 */
const SNAPSHOT = join(__dirname, '../../../docs/openapi.json');
const BIJWERKEN = 'UPDATE_OPENAPI=1 npx jest -c jest.integration.config.cjs apps/api/test/openapi.int-spec.ts';

type Operatie = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

/** Names of the paths and schemas that differ between two documents (for a readable failure). */
function verschillen(oud: Record<string, any>, nieuw: Record<string, any>): string[] {
  const uit: string[] = [];
  for (const deel of ['paths', 'components.schemas'] as const) {
    const a = deel === 'paths' ? oud['paths'] : oud['components']?.['schemas'];
    const b = deel === 'paths' ? nieuw['paths'] : nieuw['components']?.['schemas'];
    for (const naam of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]))
      if (JSON.stringify(a?.[naam]) !== JSON.stringify(b?.[naam]))
        uit.push(`${deel} ${naam}: ${!a?.[naam] ? 'nieuw' : !b?.[naam] ? 'verwijderd' : 'gewijzigd'}`);
  }
  if (JSON.stringify({ ...oud, paths: 0, components: 0 }) !== JSON.stringify({ ...nieuw, paths: 0, components: 0 }))
    uit.push('info/tags/security gewijzigd');
  return uit;
}

describe('OpenAPI contract', () => {
  let api: TestApi;
  const waarschuwingen: string[] = [];
  beforeAll(async () => {
    const warn = jest.spyOn(Logger, 'warn').mockImplementation((bericht: unknown) => {
      waarschuwingen.push(String(bericht));
    });
    try {
      api = await startApi();
    } finally {
      warn.mockRestore();
    }
  });
  afterAll(() => api.close());

  it('has no duplicate schema names (one class per name)', () => {
    expect(waarschuwingen.filter((w) => w.includes('Duplicate DTO'))).toEqual([]);
  });

  it('declares a 2xx response with a schema for every route (204: no body; a browser redirect: 302)', () => {
    const zonder: string[] = [];
    for (const [pad, ops] of Object.entries(api.openapi.paths))
      for (const [methode, op] of Object.entries(ops as Record<string, Operatie>)) {
        const goed = Object.entries(op.responses ?? {}).filter(([status]) => /^(2\d\d|302)$/.test(status));
        const metSchema = goed.some(
          ([status, r]) =>
            status === '204' || status === '302' || Object.values(r.content ?? {}).some((c) => c.schema !== undefined),
        );
        if (!metSchema) zonder.push(`${methode.toUpperCase()} ${pad}`);
      }
    expect(zonder).toEqual([]);
  });

  it('lists the problem registry as the enum schema ProblemCode, with the status of each code', () => {
    const schema = api.openapi.components?.schemas?.['ProblemCode'] as { enum: string[]; 'x-status': Record<string, number> };
    expect(schema.enum).toEqual(PROBLEEM_CODES);
    for (const code of PROBLEEM_CODES) expect(schema['x-status'][code]).toBe(PROBLEMEN[code].status);
    expect(api.openapi.components?.schemas?.['ProblemDetails']).toBeDefined();
  });

  it('equals the committed snapshot docs/openapi.json', () => {
    const actueel = JSON.parse(JSON.stringify(api.openapi)) as Record<string, unknown>;
    if (process.env['UPDATE_OPENAPI'] === '1' || !existsSync(SNAPSHOT))
      writeFileSync(SNAPSHOT, JSON.stringify(actueel, null, 2) + '\n');
    const vastgelegd = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, unknown>;
    const anders = verschillen(vastgelegd, actueel);
    if (anders.length)
      throw new Error(
        `Het OpenAPI-document wijkt af van docs/openapi.json (een contractwijziging):\n  ${anders.join('\n  ')}\n` +
          `Bedoeld? Werk de snapshot bij met\n  ${BIJWERKEN}\nen laat de diff meelezen in de review.`,
      );
    expect(actueel).toEqual(vastgelegd);
  });
});
