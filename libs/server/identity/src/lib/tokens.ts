import { createHash, randomBytes } from 'node:crypto';

/** Opaque random token for sessions and set-password links; only its SHA-256 is stored. */
export function nieuwToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
