import { herinneringSleutel, STANDAARD_REGIO_INSTELLINGEN, type IsoDate, type RegioInstellingen } from '@rmc/shared-domain';
import type { DataSource } from 'typeorm';
import { kandidaten } from './kandidaten';
import { rows } from './rows';
import { onderhoudTaken } from './taken';

export interface ScanUitkomst {
  regioId: string;
  nieuw: number;
  taken: number;
  beeindigd: number;
  mailIds: string[];
}

/**
 * One scan of one region, in one transaction in the region's context (no role: a job acts for the
 * region). Each due reminder is claimed by its deterministic key before anything else happens; only a
 * fresh claim writes the notification and (for "direct" users) the outbox mail. Running twice, or in
 * two workers at once, yields exactly one notification and at most one mail per key.
 */
export async function scanRegio(ds: DataSource, regioId: string, vandaag: IsoDate, publicUrl: string): Promise<ScanUitkomst> {
  return ds.transaction(async (em) => {
    await em.query(`SELECT set_config('app.regio_id', $1, true), set_config('app.rol', '', true)`, [regioId]);
    const [regio] = rows<{ instellingen: Partial<RegioInstellingen> | null }>(await em.query(`SELECT instellingen FROM regio WHERE id = $1`, [regioId]));
    const inst = { ...STANDAARD_REGIO_INSTELLINGEN, ...regio?.instellingen };
    // Calendar tasks first, so a task that is due today is reminded about in this same scan.
    const taken = await onderhoudTaken(em, vandaag, inst);
    const uitkomst: ScanUitkomst = { regioId, nieuw: 0, taken: taken.nieuw, beeindigd: taken.beeindigd, mailIds: [] };
    for (const k of await kandidaten(em, vandaag, inst)) {
      const sleutel = herinneringSleutel(k.regel, k.onderwerpId, k.anker, k.ontvangerId);
      const claim = rows<{ id: string }>(
        await em.query(
          `INSERT INTO herinnering (regio_id, sleutel, regel, onderwerp_id, ontvanger_id, moment) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sleutel) DO NOTHING RETURNING id`,
          [regioId, sleutel, k.regel, k.onderwerpId, k.ontvangerId, k.moment],
        ),
      );
      if (!claim.length) continue;
      uitkomst.nieuw++;
      // The notification's insert policy wants an acting user: write it as the recipient's own.
      await em.query(`SELECT set_config('app.gebruiker_id', $1, true)`, [k.ontvangerId]);
      const [ontvanger] = rows<{ email: string; mail_voorkeur: string; actief: boolean }>(await em.query(`SELECT email, mail_voorkeur, actief FROM gebruiker WHERE id = $1`, [k.ontvangerId]));
      const direct = ontvanger?.actief && ontvanger.mail_voorkeur === 'direct';
      await em.query(
        `INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel, gemaild_op) VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)`,
        [k.ontvangerId, regioId, k.regel, k.tekst, k.link, `herinnering-${sleutel}`, direct],
      );
      if (direct) {
        const [mail] = rows<{ id: string }>(
          await em.query(`INSERT INTO email_outbox (sleutel, ontvanger, onderwerp, tekst) VALUES ($1, $2, $3, $4) ON CONFLICT (sleutel) DO NOTHING RETURNING id`, [
            `herinnering-${sleutel}`,
            ontvanger.email,
            'Herinnering van het RMC-platform',
            `Goedendag,\n\n${k.tekst}\n\nBekijk het in het portaal: ${publicUrl}${k.link}\n\nDit bericht bevat bewust geen persoonsgegevens.`,
          ]),
        );
        if (mail) uitkomst.mailIds.push(mail.id);
      }
      await em.query(`SELECT set_config('app.gebruiker_id', '', true)`);
    }
    return uitkomst;
  });
}

/** Daily digest for users who chose it: one mail with the number of new notifications, once per day. */
export async function verstuurDigests(ds: DataSource, vandaag: IsoDate, publicUrl: string): Promise<string[]> {
  const gebruikers = rows<{ id: string; email: string }>(await ds.query(`SELECT id, email FROM gebruiker WHERE actief AND mail_voorkeur = 'dagelijks'`));
  const mailIds: string[] = [];
  for (const g of gebruikers) {
    const id = await ds.transaction(async (em) => {
      await em.query(`SELECT set_config('app.gebruiker_id', $1, true)`, [g.id]);
      const [{ n }] = rows<{ n: number }>(await em.query(`SELECT count(*)::int AS n FROM notificatie WHERE gebruiker_id = $1 AND gemaild_op IS NULL AND gelezen_op IS NULL`, [g.id]));
      if (!n) return null;
      // Claim the day's digest first: when it already went out, later notifications wait for tomorrow's.
      const [mail] = rows<{ id: string }>(
        await em.query(`INSERT INTO email_outbox (sleutel, ontvanger, onderwerp, tekst) VALUES ($1, $2, $3, $4) ON CONFLICT (sleutel) DO NOTHING RETURNING id`, [
          `digest-${g.id}-${vandaag}`,
          g.email,
          'Uw dagelijkse overzicht van het RMC-platform',
          `Goedendag,\n\nU heeft ${n} nieuwe bericht(en) op het RMC-platform.\n\nBekijk ze in het portaal: ${publicUrl}/berichten\n\nDit bericht bevat bewust geen persoonsgegevens.`,
        ]),
      );
      if (!mail) return null;
      await em.query(`UPDATE notificatie SET gemaild_op = now() WHERE gebruiker_id = $1 AND gemaild_op IS NULL AND gelezen_op IS NULL`, [g.id]);
      return mail.id;
    });
    if (id) mailIds.push(id);
  }
  return mailIds;
}
