import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  Db,
  leesCursor,
  leesLimit,
  naCursor,
  ordening,
  pagina,
  parameters,
  tijdSleutel,
  type AppConfig,
  type Keyset,
  type PaginaQueryDto,
} from '@rmc/server-core';
import { voegNotificatiesToe } from './data/notificatie.queries';
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

/** Newest first, id as tie-breaker. */
const NOTIFICATIE_SLEUTEL: Keyset = { kolommen: ['n.aangemaakt_op', 'n.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };

/** In-app notification plus an e-mail through the outbox (no personal data: only a link). */
@Injectable()
export class NotificatieService {
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async meld(b: Bericht): Promise<void> {
    // No ON CONFLICT: the writer (e.g. a region notifying a school user) may not read the recipient's
    // rows, which that would need under RLS. Keys are unique per event.
    const ontvanger = await this.db.one<{ email: string; actief: boolean; mail_voorkeur: string }>(
      `SELECT email, actief, mail_voorkeur FROM gebruiker WHERE id = $1`,
      [b.gebruikerId],
    );
    const direct = Boolean(ontvanger?.actief && ontvanger.mail_voorkeur === 'direct');
    await voegNotificatiesToe(this.db, { gebruikerId: b.gebruikerId, regioId: b.regioId, gemaild: direct }, [b]);
    // Users who chose the daily digest get this in their overview instead.
    if (!direct || !ontvanger) return;
    await this.outbox.plaats({
      sleutel: `notificatie-${b.sleutel}`,
      ontvanger: ontvanger.email,
      onderwerp: 'Nieuw bericht op het RMC-platform',
      tekst: `Goedendag,\n\n${b.tekst}\n\nBekijk het in het portaal: ${this.config.publicUrl}${b.link}\n\nDit bericht bevat bewust geen persoonsgegevens.`,
    });
  }

  /** Own notifications, newest first, keyset-paged (`notificatie (gebruiker_id, aangemaakt_op DESC, id DESC)`). */
  async lijst(gebruikerId: string, query: PaginaQueryDto = {}) {
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, NOTIFICATIE_SLEUTEL.vorm);
    const { params, p } = parameters([gebruikerId]);
    const rows = await this.db.query<{
      id: string;
      soort: string;
      tekst: string;
      link: string;
      gelezen: boolean;
      aangemaaktOp: string;
      sleutel: string;
    }>(
      `SELECT n.id, n.soort, n.tekst, n.link, n.gelezen_op IS NOT NULL AS gelezen, n.aangemaakt_op AS "aangemaaktOp", ${tijdSleutel('n.aangemaakt_op')} AS sleutel
         FROM notificatie n WHERE n.gebruiker_id = $1 AND ${naCursor(NOTIFICATIE_SLEUTEL, cursor, p)}
        ORDER BY ${ordening(NOTIFICATIE_SLEUTEL)} LIMIT ${p(limit + 1)}`,
      params,
    );
    // Counted over all of them (one user's rows, through the index): the badge must not stop at a page.
    const telling = await this.db.one<{ n: number; ongelezen: number }>(
      `SELECT count(*)::int AS n, (count(*) FILTER (WHERE gelezen_op IS NULL))::int AS ongelezen FROM notificatie WHERE gebruiker_id = $1`,
      [gebruikerId],
    );
    return {
      ...pagina(
        rows,
        limit,
        (r) => [r.sleutel, r.id],
        ({ sleutel: _s, ...r }) => r,
        telling?.n ?? 0,
      ),
      ongelezen: telling?.ongelezen ?? 0,
    };
  }

  async gelezen(gebruikerId: string, id: string): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE notificatie SET gelezen_op = coalesce(gelezen_op, now()) WHERE id = $1 AND gebruiker_id = $2 RETURNING id`,
      [id, gebruikerId],
    );
    return rows.length > 0;
  }
}
