import type { HttpParams } from '@angular/common/http';
import type { Paged } from '@rmc/shared-api-types';

/** The API lives on the same origin as the portal, so the session cookie is first-party. */
export const API = '/api/v1';

/** Accepts a plain array or a Paged<T>: for the endpoints that are not paged (small reference lists). */
export function alsLijst<T>(antwoord: readonly T[] | Paged<T> | null | undefined): T[] {
  if (!antwoord) return [];
  return Array.isArray(antwoord) ? [...antwoord] : [...(antwoord as Paged<T>).items];
}

/** Paging parameters of every list endpoint: `limit` (1–100) and the `volgende` cursor of the previous page. */
export function metPagina(params: HttpParams, cursor?: string | null, limit?: number): HttpParams {
  let p = params;
  if (limit) p = p.set('limit', String(limit));
  if (cursor) p = p.set('cursor', cursor);
  return p;
}

/**
 * Every page of a list, for pickers over small sets (organisations of a region). Stops after `max`
 * rows; a picker over a large set (persons, cases) needs a search instead (later issue).
 */
export async function allePaginas<T>(haal: (cursor: string | null) => Promise<Paged<T>>, max = 500): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const pagina: Paged<T> = await haal(cursor);
    items.push(...pagina.items);
    cursor = pagina.volgende;
  } while (cursor && items.length < max);
  return items;
}
