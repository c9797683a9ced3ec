import type { Db } from '@rmc/server-core';

/** What a query of this module needs: the tenancy service (or anything with its `query`). */
type Sql = Pick<Db, 'query'>;

/** One in-app notification. Without personal data: the text is also the e-mail text. */
export interface NieuweNotificatie {
  soort: string;
  tekst: string;
  /** Portal path, ids only. */
  link: string;
  /** Idempotency key: one notification per key. */
  sleutel: string;
}

export interface NotificatieOntvanger {
  gebruikerId: string;
  regioId: string | null;
  /** The mail goes out now (a "direct" user): the notification is marked as mailed, the digest skips it. */
  gemaild: boolean;
}

/**
 * The one insert of notifications: any number for one recipient, one statement. No RETURNING: the writer
 * (a region notifying a school user) may not read the recipient's rows under RLS. Keys are unique per
 * event; `bestaandeOverslaan` makes a repeated key a no-op instead of an error (retention, which runs
 * as the recipient).
 */
export async function voegNotificatiesToe(
  sql: Sql,
  ontvanger: NotificatieOntvanger,
  lijst: readonly NieuweNotificatie[],
  opties: { bestaandeOverslaan?: boolean } = {},
): Promise<void> {
  if (!lijst.length) return;
  await sql.query(
    `INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel, gemaild_op)
      SELECT $1, $2, u.soort, u.tekst, u.link, u.sleutel, CASE WHEN $3 THEN now() END
      FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS u(soort, tekst, link, sleutel)
      ${opties.bestaandeOverslaan ? `ON CONFLICT DO NOTHING` : ``}`,
    [
      ontvanger.gebruikerId,
      ontvanger.regioId,
      ontvanger.gemaild,
      lijst.map((n) => n.soort),
      lijst.map((n) => n.tekst),
      lijst.map((n) => n.link),
      lijst.map((n) => n.sleutel),
    ],
  );
}

/** A user's notifications neither read nor mailed: what the daily digest counts. */
export async function telNietGemaild(sql: Sql, gebruikerId: string): Promise<number> {
  const [r] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n
     FROM notificatie
     WHERE gebruiker_id = $1
       AND gemaild_op IS NULL
       AND gelezen_op IS NULL`,
    [gebruikerId],
  );
  return r?.n ?? 0;
}

/** Marks a user's unread, unmailed notifications as mailed (the digest that counted them went out). */
export async function markeerGemaild(sql: Sql, gebruikerId: string): Promise<void> {
  await sql.query(
    `UPDATE notificatie
     SET gemaild_op = now()
     WHERE gebruiker_id = $1
       AND gemaild_op IS NULL
       AND gelezen_op IS NULL`,
    [gebruikerId],
  );
}
