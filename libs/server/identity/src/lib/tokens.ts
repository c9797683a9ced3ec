import { createHash, randomBytes } from 'node:crypto';

/** Opaque random token for sessions and set-password links; only its SHA-256 is stored. */
export function nieuwToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** Prefix of school-system API tokens (recognisable in secret scanners, resolved without a session). */
export const SYSTEEM_TOKEN_PREFIX = 'rmcs_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
