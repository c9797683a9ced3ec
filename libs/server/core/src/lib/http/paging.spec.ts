import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  LIMIT_MAX,
  LIMIT_STANDAARD,
  PaginaQueryDto,
  leesCursor,
  leesLimit,
  maakCursor,
  naCursor,
  ordening,
  pagina,
  parameters,
  type Keyset,
} from './paging';
import { Problem } from './problems';

const veldVan = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(Problem);
    expect((e as Problem).getStatus()).toBe(400);
    return (e as Problem).errors?.map((x) => x.field);
  }
  throw new Error('geen fout');
};

const tijd = '2026-12-07T21:35:54.123456Z';
const id = '0b0e6f5e-59b5-4c1a-9a52-2f2f7d4a1c11';

describe('keyset paging helper', () => {
  it('limit: default 50, 1…100, whole numbers only; the DTO names the parameter', () => {
    expect(leesLimit(undefined)).toBe(LIMIT_STANDAARD);
    expect(leesLimit(1)).toBe(1);
    expect(leesLimit(LIMIT_MAX)).toBe(100);
    for (const fout of [0, -1, 101, 1.5, Number.NaN]) expect(veldVan(() => leesLimit(fout))).toEqual(['limit']);
    const fouten = (q: Record<string, unknown>) => validateSync(plainToInstance(PaginaQueryDto, q)).map((e) => e.property);
    expect(fouten({ limit: '20' })).toEqual([]);
    expect(plainToInstance(PaginaQueryDto, { limit: '20' }).limit).toBe(20);
    for (const fout of ['0', '101', 'abc', '2.5', '', ['1', '2']]) expect(fouten({ limit: fout })).toEqual(['limit']);
    expect(fouten({ cursor: 'a b' })).toEqual(['cursor']);
    expect(fouten({ cursor: 'x'.repeat(401) })).toEqual(['cursor']);
  });

  it('round-trips a cursor of sort key values and checks every value against the key', () => {
    const c = maakCursor([tijd, id]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(leesCursor(c, ['tijd', 'uuid'])).toEqual([tijd, id]);
    expect(leesCursor(undefined, ['tijd', 'uuid'])).toBeNull();
    expect(leesCursor(maakCursor(['2026-01-31', 7, id]), ['datum', 'getal', 'uuid'])).toEqual(['2026-01-31', 7, id]);
    for (const fout of [
      'nietbase64!',
      Buffer.from('geen json').toString('base64url'),
      maakCursor([tijd]),
      maakCursor([id, tijd]),
      maakCursor([tijd, 'x; DROP TABLE casus']),
      maakCursor(['2026-12-07 21:35', id]),
      maakCursor([tijd, id, 'extra']),
      Buffer.from('{"a":1}').toString('base64url'),
    ])
      expect(veldVan(() => leesCursor(fout, ['tijd', 'uuid']))).toEqual(['cursor']);
    expect(veldVan(() => leesCursor(maakCursor([1.5, id]), ['getal', 'uuid']))).toEqual(['cursor']);
  });

  it('builds one row comparison in the sort direction, parameterised', () => {
    const k: Keyset = { kolommen: ['c.aangemaakt_op', 'c.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };
    const { params, p } = parameters(['regio']);
    expect(naCursor(k, null, p)).toBe('TRUE');
    expect(naCursor(k, [tijd, id], p)).toBe('(c.aangemaakt_op, c.id) < ($2::timestamptz, $3::uuid)');
    expect(params).toEqual(['regio', tijd, id]);
    expect(naCursor({ ...k, richting: 'ASC' }, [tijd, id], parameters().p)).toBe(
      '(c.aangemaakt_op, c.id) > ($1::timestamptz, $2::uuid)',
    );
    expect(ordening(k)).toBe('c.aangemaakt_op DESC, c.id DESC');
  });

  it('a page: limit + 1 rows fetched means a next page whose cursor is the last row shown', () => {
    const rijen = [1, 2, 3].map((n) => ({ n, op: `2026-12-0${n}T00:00:00.000000Z`, id }));
    const eerste = pagina(
      rijen,
      2,
      (r) => [r.op, r.id],
      (r) => r.n,
      3,
    );
    expect(eerste).toEqual({ items: [1, 2], total: 3, volgende: maakCursor([rijen[1].op, id]) });
    expect(
      pagina(
        rijen,
        3,
        (r) => [r.op, r.id],
        (r) => r.n,
        null,
      ),
    ).toEqual({ items: [1, 2, 3], total: null, volgende: null });
    expect(
      pagina(
        [],
        50,
        () => [],
        (r) => r,
        0,
      ),
    ).toEqual({ items: [], total: 0, volgende: null });
  });
});
