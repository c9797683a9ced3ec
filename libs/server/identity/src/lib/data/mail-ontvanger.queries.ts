import type { Db } from '@rmc/server-core';
import type { MailOntvangerPort } from '@rmc/server-notificaties';

/**
 * Accounts as mail recipients (identity owns `gebruiker` and `wachtwoord_token`): for the notificaties
 * context through its port (`MailOntvangerPort`) and for the reminder scan and the digest (nazorg).
 */

/** A recipient's mail address, whether the account is active and the mail preference. */
export async function mailOntvanger(
  sql: Pick<Db, 'query'>,
  gebruikerId: string,
): Promise<{ email: string; actief: boolean; mail_voorkeur: string } | undefined> {
  const [r] = await sql.query<{ email: string; actief: boolean; mail_voorkeur: string }>(
    `SELECT email, actief, mail_voorkeur
     FROM gebruiker
     WHERE id = $1`,
    [gebruikerId],
  );
  return r;
}

/** Sets a fresh token's hash on the set-password row the mail names, when that link is still open. */
export async function zetWachtwoordTokenHash(sql: Pick<Db, 'systeem'>, tokenId: string, hash: string): Promise<boolean> {
  const rows = await sql.systeem(
    `UPDATE wachtwoord_token
     SET token_hash = $2
     WHERE id = $1
       AND gebruikt_op IS NULL
       AND verloopt_op > now()
     RETURNING id`,
    [tokenId, hash],
  );
  return rows.length > 0;
}

/** Identity's implementation of the notificaties context's port. */
export const identityMailOntvanger: MailOntvangerPort = { mailOntvanger, zetWachtwoordTokenHash };
