import type { Actor } from '../tenancy/request-context';

/** Implemented by the identity context; the guard only knows this port. */
export interface SessionResolver {
  resolve(token: string): Promise<Actor | null>;
}
export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
export const SESSION_COOKIE = 'rmc_sessie';
