import type { Db } from '@rmc/server-core';

type Sql = Pick<Db, 'query'>;

export interface NieuweMail {
  /** Idempotency key: one mail per key, ever. */
  sleutel: string;
  ontvanger: string;
  onderwerp: string;
  /** Plain text without personal data of young people: only a link into the portal. */
  tekst: string;
  /** A set-password mail: its `wachtwoord_token` row (the relay makes the token at send time). */
  wachtwoordTokenId?: string | null;
}

/**
 * The one insert into the outbox (ADR 0005): any number of mails, one statement, in the caller's
 * transaction. `bijBestaande`:
 * - `'teruggeven'`: a key that exists already answers with its row (the caller enqueues it again; one mail per key);
 * - `'overslaan'`: only fresh rows answer: the insert is the claim (a reminder, the day's digest).
 */
export async function plaatsMails(
  sql: Sql,
  mails: readonly NieuweMail[],
  bijBestaande: 'teruggeven' | 'overslaan',
): Promise<Array<{ id: string; sleutel: string }>> {
  if (!mails.length) return [];
  return sql.query<{ id: string; sleutel: string }>(
    `INSERT INTO email_outbox (sleutel, ontvanger, onderwerp, tekst, wachtwoord_token_id)
     SELECT u.sleutel, u.ontvanger, u.onderwerp, u.tekst, u.wachtwoord_token_id
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[]) AS u(sleutel, ontvanger, onderwerp, tekst, wachtwoord_token_id)
     ${bijBestaande === 'teruggeven' ? 'ON CONFLICT (sleutel) DO UPDATE SET sleutel = EXCLUDED.sleutel' : 'ON CONFLICT (sleutel) DO NOTHING'}
     RETURNING id, sleutel`,
    [
      mails.map((m) => m.sleutel),
      mails.map((m) => m.ontvanger),
      mails.map((m) => m.onderwerp),
      mails.map((m) => m.tekst),
      mails.map((m) => m.wachtwoordTokenId ?? null),
    ],
  );
}

/** SQL condition for another context's statement: an outbox row with the key `sleutelSql` (an SQL expression) exists. */
export function outboxSleutelBestaatSql(sleutelSql: string): string {
  return `EXISTS (SELECT 1 FROM email_outbox o WHERE o.sleutel = ${sleutelSql})`;
}
