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
  /** A one-time link of another context (`soort`, its row id): the relay makes the token at send time. */
  link?: { soort: string; id: string } | null;
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
    `INSERT INTO email_outbox (sleutel, ontvanger, onderwerp, tekst, wachtwoord_token_id, link_soort, link_id)
     SELECT u.sleutel, u.ontvanger, u.onderwerp, u.tekst, u.wachtwoord_token_id, u.link_soort, u.link_id
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::uuid[])
       AS u(sleutel, ontvanger, onderwerp, tekst, wachtwoord_token_id, link_soort, link_id)
     ${bijBestaande === 'teruggeven' ? 'ON CONFLICT (sleutel) DO UPDATE SET sleutel = EXCLUDED.sleutel' : 'ON CONFLICT (sleutel) DO NOTHING'}
     RETURNING id, sleutel`,
    [
      mails.map((m) => m.sleutel),
      mails.map((m) => m.ontvanger),
      mails.map((m) => m.onderwerp),
      mails.map((m) => m.tekst),
      mails.map((m) => m.wachtwoordTokenId ?? null),
      mails.map((m) => m.link?.soort ?? null),
      mails.map((m) => m.link?.id ?? null),
    ],
  );
}

/** SQL condition for another context's statement: an outbox row with the key `sleutelSql` (an SQL expression) exists. */
export function outboxSleutelBestaatSql(sleutelSql: string): string {
  return `EXISTS (SELECT 1 FROM email_outbox o WHERE o.sleutel = ${sleutelSql})`;
}

/*
 * The relay's statements (ADR 0005). The outbox is platform bookkeeping, not tenant rows: each runs as
 * one `Db.systeem` statement, committed on its own, so a claim is durable before the SMTP send.
 */
type Systeem = Pick<Db, 'systeem'>;

export interface GeclaimdeMail {
  id: string;
  ontvanger: string;
  onderwerp: string;
  tekst: string;
  wachtwoord_token_id: string | null;
  link_soort: string | null;
  link_id: string | null;
}

/** Claims a waiting row (or one whose lease expired) with a lease of `leaseMs`; undefined when it is claimed or sent already. */
export async function claimMail(sql: Systeem, outboxId: string, leaseMs: number): Promise<GeclaimdeMail | undefined> {
  const [rij] = await sql.systeem<GeclaimdeMail>(
    `UPDATE email_outbox
     SET status = 'versturen', lease_tot = now() + ($2::int * interval '1 millisecond')
     WHERE id = $1
       AND (status = 'wacht' OR (status = 'versturen' AND lease_tot < now()))
     RETURNING id, ontvanger, onderwerp, tekst, wachtwoord_token_id, link_soort, link_id`,
    [outboxId, leaseMs],
  );
  return rij;
}

/** A claimed row that is not worth sending (its link was used or expired): failed, body blanked. */
export async function laatMailVallen(sql: Systeem, outboxId: string, reden: string): Promise<void> {
  await sql.systeem(
    `UPDATE email_outbox
     SET status = 'mislukt', lease_tot = NULL, tekst = '', laatste_fout = $2
     WHERE id = $1`,
    [outboxId, reden],
  );
}

/** Gives a claimed row back after a failed send (the attempt and its error counted). */
export async function geefMailTerug(sql: Systeem, outboxId: string, fout: string): Promise<void> {
  await sql.systeem(
    `UPDATE email_outbox
     SET status = 'wacht', lease_tot = NULL, pogingen = pogingen + 1, laatste_fout = $2
     WHERE id = $1
       AND status = 'versturen'`,
    [outboxId, fout],
  );
}

/** Marks a row sent and blanks its body. */
export async function markeerMailVerzonden(sql: Systeem, outboxId: string): Promise<void> {
  await sql.systeem(
    `UPDATE email_outbox
     SET status = 'verzonden', verzonden_op = now(), lease_tot = NULL, pogingen = pogingen + 1, tekst = ''
     WHERE id = $1`,
    [outboxId],
  );
}

/** Rows to offer again: waiting longer than `olderThanMs`, or claimed by a run whose lease expired; oldest first. */
export async function wachtendeMails(sql: Systeem, olderThanMs: number, limit: number): Promise<string[]> {
  const rows = await sql.systeem<{ id: string }>(
    `SELECT id
     FROM email_outbox
     WHERE (status = 'wacht' AND aangemaakt_op < now() - ($1::int * interval '1 millisecond'))
        OR (status = 'versturen' AND lease_tot < now())
     ORDER BY aangemaakt_op
     LIMIT $2`,
    [olderThanMs, limit],
  );
  return rows.map((r) => r.id);
}
