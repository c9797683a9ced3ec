import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Db, leesCursor, leesLimit, pagina, type AppConfig, type PaginaQueryDto } from '@rmc/server-core';
import {
  markeerGelezen,
  NOTIFICATIE_SLEUTEL,
  notificatiePagina,
  telNotificaties,
  voegNotificatiesToe,
} from './data/notificatie.queries';
import { MAIL_ONTVANGER_PORT, type MailOntvangerPort } from './mail-ontvanger.port';
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
    @Inject(MAIL_ONTVANGER_PORT) private readonly ontvangers: MailOntvangerPort,
  ) {}

  async meld(b: Bericht): Promise<void> {
    // No ON CONFLICT: the writer (e.g. a region notifying a school user) may not read the recipient's
    // rows, which that would need under RLS. Keys are unique per event.
    const ontvanger = await this.ontvangers.mailOntvanger(this.db, b.gebruikerId);
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
    const rows = await notificatiePagina(this.db, gebruikerId, cursor, limit);
    const telling = await telNotificaties(this.db, gebruikerId);
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
    return markeerGelezen(this.db, gebruikerId, id);
  }
}
