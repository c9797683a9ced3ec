import { naCursor, ordening, parameters, tijdSleutel, type Db, type Keyset, type SleutelWaarde } from '@rmc/server-core';

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

/** Newest first, id as tie-breaker (index `notificatie (gebruiker_id, aangemaakt_op DESC, id DESC)`). */
export const NOTIFICATIE_SLEUTEL: Keyset = { kolommen: ['n.aangemaakt_op', 'n.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };

export interface NotificatieRij {
  id: string;
  soort: string;
  tekst: string;
  link: string;
  gelezen: boolean;
  aangemaaktOp: string;
  /** The cursor key of `aangemaakt_op`. */
  sleutel: string;
}

/** One page (`limit` + 1 rows, so the caller sees whether there is more) of a user's notifications after `cursor`. */
export async function notificatiePagina(
  sql: Sql,
  gebruikerId: string,
  cursor: SleutelWaarde[] | null,
  limit: number,
): Promise<NotificatieRij[]> {
  const { params, p } = parameters([gebruikerId]);
  return sql.query<NotificatieRij>(
    `SELECT n.id, n.soort, n.tekst, n.link, n.gelezen_op IS NOT NULL AS gelezen, n.aangemaakt_op AS "aangemaaktOp",
            ${tijdSleutel('n.aangemaakt_op')} AS sleutel
     FROM notificatie n
     WHERE n.gebruiker_id = $1
       AND ${naCursor(NOTIFICATIE_SLEUTEL, cursor, p)}
     ORDER BY ${ordening(NOTIFICATIE_SLEUTEL)}
     LIMIT ${p(limit + 1)}`,
    params,
  );
}

/** All of a user's notifications and the unread ones: the badge must not stop at a page (one user's rows, through the index). */
export async function telNotificaties(sql: Sql, gebruikerId: string): Promise<{ n: number; ongelezen: number }> {
  const [r] = await sql.query<{ n: number; ongelezen: number }>(
    `SELECT count(*)::int AS n, (count(*) FILTER (WHERE gelezen_op IS NULL))::int AS ongelezen
     FROM notificatie
     WHERE gebruiker_id = $1`,
    [gebruikerId],
  );
  return r ?? { n: 0, ongelezen: 0 };
}

/** Marks one of the user's own notifications read (the first time only); false when it is not theirs or does not exist. */
export async function markeerGelezen(sql: Sql, gebruikerId: string, id: string): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE notificatie
     SET gelezen_op = coalesce(gelezen_op, now())
     WHERE id = $1
       AND gebruiker_id = $2
     RETURNING id`,
    [id, gebruikerId],
  );
  return rows.length > 0;
}
