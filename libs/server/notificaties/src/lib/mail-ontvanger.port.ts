import type { Db } from '@rmc/server-core';

/**
 * Port: what the mail side needs of an account (docs/architecture.md, "Who owns which table": identity
 * owns `gebruiker` and `wachtwoord_token`). Identity imports notificaties, so notificaties cannot import
 * identity; identity implements this port (`identityMailOntvanger`) and provides it under
 * {@link MAIL_ONTVANGER_PORT} (its `MailOntvangerModule`, in the API and the worker).
 */
export interface MailOntvangerPort {
  /** A recipient's mail address, whether the account is active and the mail preference (a tenant-less read). */
  mailOntvanger(
    sql: Pick<Db, 'query'>,
    gebruikerId: string,
  ): Promise<{ email: string; actief: boolean; mail_voorkeur: string } | undefined>;
  /** Sets a fresh token's hash on the set-password row a mail names, when that link is still open (one `Db.systeem` statement). */
  zetWachtwoordTokenHash(sql: Pick<Db, 'systeem'>, tokenId: string, hash: string): Promise<boolean>;
}

export const MAIL_ONTVANGER_PORT = Symbol('MAIL_ONTVANGER_PORT');
