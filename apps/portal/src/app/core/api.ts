import type { Paged } from '@rmc/shared-api-types';

/** The API lives on the same origin as the portal, so the session cookie is first-party. */
export const API = '/api/v1';

/** Accepts a plain array or a Paged<T> so list pages do not break if an endpoint adds paging. */
export function alsLijst<T>(antwoord: readonly T[] | Paged<T> | null | undefined): T[] {
  if (!antwoord) return [];
  return Array.isArray(antwoord) ? [...antwoord] : [...(antwoord as Paged<T>).items];
}
