import type { Actor } from '../tenancy/request-context';

/** Implemented by the identity context; the guard only knows this port. */
export interface SessionResolver {
  /**
   * Token → session → membership → a partner's shares, or null when the session is unknown, ended or timed
   * out. `activiteit: false` checks without counting as activity (a live stream re-checking its session must
   * not keep an unattended session alive).
   */
  resolve(token: string, opties?: { activiteit?: boolean }): Promise<Actor | null>;
}
export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
export const SESSION_COOKIE = 'rmc_sessie';
