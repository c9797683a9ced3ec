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

/**
 * The young person's channel (jongere context): its own short session, its own cookie (path
 * `/api/v1/jongere`, so it never reaches a professional route) and its own resolver. Its tokens start
 * with JONGERE_TOKEN_PREFIX, so the guard hands them to this port and never to the professionals' one.
 */
export const JONGERE_SESSION_RESOLVER = Symbol('JONGERE_SESSION_RESOLVER');
export const JONGERE_SESSION_COOKIE = 'rmc_jongere';
export const JONGERE_TOKEN_PREFIX = 'rmcj_';
