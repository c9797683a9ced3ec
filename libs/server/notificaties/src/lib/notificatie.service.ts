import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Db, type AppConfig } from '@rmc/server-core';
import { OutboxService } from './outbox.service';

export interface Bericht {
  gebruikerId: string;
  regioId: string | null;
  soort: string;
  /** Without personal data: it is also the e-mail text. */
  tekst: string;
  /** Portal path, e.g. /meldingen/<id> (ids only, no personal data in URLs). */
  link: string;
  /** Idempotency key: one notification (and at most one mail) per key. */
  sleutel: string;
}

/** In-app notification plus an e-mail through the outbox (no personal data: only a link). */
@Injectable()
export class NotificatieService {
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async meld(b: Bericht): Promise<void> {
    // No RETURNING and no ON CONFLICT: the writer (e.g. a region notifying a school user) may not read
    // the recipient's rows, and both would need that under RLS. Keys are unique per event.
    const ontvanger = await this.db.one<{ email: string; actief: boolean; mail_voorkeur: string }>(`SELECT email, actief, mail_voorkeur FROM gebruiker WHERE id = $1`, [b.gebruikerId]);
    const direct = Boolean(ontvanger?.actief && ontvanger.mail_voorkeur === 'direct');
    await this.db.query(
      `INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel, gemaild_op) VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)`,
      [b.gebruikerId, b.regioId, b.soort, b.tekst, b.link, b.sleutel, direct],
    );
    // Users who chose the daily digest get this in their overview instead.
    if (!direct || !ontvanger) return;
    await this.outbox.plaats({
      sleutel: `notificatie-${b.sleutel}`,
      ontvanger: ontvanger.email,
      onderwerp: 'Nieuw bericht op het RMC-platform',
      tekst: `Goedendag,\n\n${b.tekst}\n\nBekijk het in het portaal: ${this.config.publicUrl}${b.link}\n\nDit bericht bevat bewust geen persoonsgegevens.`,
    });
  }

  async lijst(gebruikerId: string) {
    const items = await this.db.query<{ id: string; soort: string; tekst: string; link: string; gelezen: boolean; aangemaaktOp: string }>(
      `SELECT id, soort, tekst, link, gelezen_op IS NOT NULL AS gelezen, aangemaakt_op AS "aangemaaktOp" FROM notificatie WHERE gebruiker_id = $1 ORDER BY aangemaakt_op DESC LIMIT 100`,
      [gebruikerId],
    );
    // Counted over all of them: the list shows the newest 100, the badge must not stop at 100.
    const telling = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM notificatie WHERE gebruiker_id = $1 AND gelezen_op IS NULL`, [gebruikerId]);
    return { items, ongelezen: telling?.n ?? 0 };
  }

  async gelezen(gebruikerId: string, id: string): Promise<boolean> {
    const rows = await this.db.query(`UPDATE notificatie SET gelezen_op = coalesce(gelezen_op, now()) WHERE id = $1 AND gebruiker_id = $2 RETURNING id`, [id, gebruikerId]);
    return rows.length > 0;
  }
}
