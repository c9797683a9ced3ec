import { ApiPropertyOptional } from '@nestjs/swagger';
import type { Paged } from '@rmc/shared-api-types';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Ongeldig } from './problems';

/**
 * Keyset paging, one set of rules for every list endpoint:
 * - `limit`: 1…100, default 50 (`LIMIT_STANDAARD`, `LIMIT_MAX`);
 * - `cursor`: opaque, base64url of a JSON array with the last row's sort key and id. Only timestamps,
 *   dates, numbers and ids go in it (never a BSN or a name): lists sorted on a name carry only the
 *   id and look the key up again (`positieVan`);
 * - the query asks for `limit + 1` rows: the extra row only says there is a next page (`pagina`).
 * Bad input is a 400 naming the parameter (`limit` through the DTO, `cursor` in `leesCursor`).
 */
export const LIMIT_STANDAARD = 50;
export const LIMIT_MAX = 100;

const limitBericht = { message: `Geef een aantal van 1 tot en met ${LIMIT_MAX} (een geheel getal).` };
const cursorBericht =
  'Deze cursor is ongeldig. Gebruik de waarde "volgende" van de vorige pagina, of laat de cursor weg voor de eerste pagina.';

/** Query parameters of every paged list. List DTOs extend this class, so Swagger shows both. */
export class PaginaQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: LIMIT_MAX,
    default: LIMIT_STANDAARD,
    description: `Aantal rijen per pagina (standaard ${LIMIT_STANDAARD}, hoogstens ${LIMIT_MAX})`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(limitBericht)
  @Min(1, limitBericht)
  @Max(LIMIT_MAX, limitBericht)
  limit?: number;

  @ApiPropertyOptional({ description: 'De waarde "volgende" uit het vorige antwoord; weglaten voor de eerste pagina' })
  @IsOptional()
  @IsString({ message: cursorBericht })
  @MaxLength(400, { message: cursorBericht })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: cursorBericht })
  cursor?: string;
}

/** The kinds of value a cursor may carry; each is checked before it reaches SQL. */
export type SleutelSoort = 'tijd' | 'datum' | 'uuid' | 'getal' | 'vlag';

const VORM: Record<SleutelSoort, (w: unknown) => boolean> = {
  // Microsecond ISO timestamps in UTC, as `tijdSleutel` writes them.
  tijd: (w) => typeof w === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(w) && !Number.isNaN(Date.parse(w)),
  datum: (w) => typeof w === 'string' && /^(-?infinity|\d{4}-\d{2}-\d{2})$/.test(w),
  uuid: (w) => typeof w === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(w),
  getal: (w) => typeof w === 'number' && Number.isSafeInteger(w),
  vlag: (w) => typeof w === 'boolean',
};

/** SQL casts that match the kinds, for the keyset predicate. */
const CAST: Record<SleutelSoort, string> = { tijd: 'timestamptz', datum: 'date', uuid: 'uuid', getal: 'bigint', vlag: 'boolean' };

/** SQL expression for a timestamp sort key with full (microsecond) precision: a JS Date would lose it. */
export const tijdSleutel = (kolom: string) => `to_char(${kolom} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export type SleutelWaarde = string | number | boolean;

export function maakCursor(waarden: readonly SleutelWaarde[]): string {
  return Buffer.from(JSON.stringify(waarden), 'utf8').toString('base64url');
}

/** Decodes and checks a cursor against the list's key; a bad one is a 400 on `cursor`. */
export function leesCursor(cursor: string | undefined, vorm: readonly SleutelSoort[]): SleutelWaarde[] | null {
  if (cursor === undefined || cursor === '') return null;
  const fout = () => Ongeldig([{ field: 'cursor', message: cursorBericht }]);
  if (typeof cursor !== 'string' || cursor.length > 400 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fout();
  let waarden: unknown;
  try {
    waarden = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fout();
  }
  if (!Array.isArray(waarden) || waarden.length !== vorm.length || !vorm.every((s, i) => VORM[s](waarden[i]))) throw fout();
  return waarden as SleutelWaarde[];
}

/** `limit` as the service uses it (the DTO already refused a bad one; a direct caller gets the same rule). */
export function leesLimit(limit: number | undefined): number {
  if (limit === undefined) return LIMIT_STANDAARD;
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMIT_MAX) throw Ongeldig([{ field: 'limit', ...limitBericht }]);
  return limit;
}

export interface Keyset {
  /** SQL expressions of the sort key, in ORDER BY order, the last one unique (the id). */
  kolommen: readonly string[];
  vorm: readonly SleutelSoort[];
  /** One direction for the whole key, so one row comparison serves it (and one index scan). */
  richting: 'ASC' | 'DESC';
}

/**
 * The keyset predicate `(k1, k2, id) < ($a, $b, $c)` (or `>` for ASC) for a decoded cursor, with the
 * parameters added through `p`. Without a cursor: `TRUE`.
 */
export function naCursor(k: Keyset, waarden: readonly SleutelWaarde[] | null, p: (v: unknown) => string): string {
  if (!waarden) return 'TRUE';
  const rechts = waarden.map((w, i) => `${p(w)}::${CAST[k.vorm[i]]}`);
  return `(${k.kolommen.join(', ')}) ${k.richting === 'DESC' ? '<' : '>'} (${rechts.join(', ')})`;
}

/** `ORDER BY` for the key. */
export const ordening = (k: Keyset) => k.kolommen.map((c) => `${c} ${k.richting}`).join(', ');

/**
 * Turns `limit + 1` fetched rows into a page: `volgende` is the cursor of the last row shown when
 * another row exists, else null. `sleutel` gives a row's cursor values (sort key + id).
 */
export function pagina<R, T>(
  rijen: readonly R[],
  limit: number,
  sleutel: (r: R) => SleutelWaarde[],
  vorm: (r: R) => T,
  total: number | null,
): Paged<T> {
  const meer = rijen.length > limit;
  const getoond = meer ? rijen.slice(0, limit) : [...rijen];
  return { items: getoond.map(vorm), total, volgende: meer ? maakCursor(sleutel(getoond[getoond.length - 1])) : null };
}

/** A parameter list builder: `p(v)` appends v and returns `$n`. */
export function parameters(begin: readonly unknown[] = []): { params: unknown[]; p: (v: unknown) => string } {
  const params = [...begin];
  return { params, p: (v) => (params.push(v), `$${params.length}`) };
}
