import { contactladderMomenten, eindeDelingWaarschuwing, herinneringSleutel, meldingHerinneringen, type IsoDate } from '@rmc/shared-domain';
import type { DataSource, EntityManager } from 'typeorm';

interface Kandidaat {
  regel: string;
  onderwerpId: string;
  ontvangerId: string;
  moment: IsoDate;
  tekst: string;
  link: string;
}

export interface ScanUitkomst {
  regioId: string;
  nieuw: number;
  mailIds: string[];
}

const rows = <T>(r: unknown): T[] => (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number' ? r[0] : r) as T[];

/** Everything due in one region on `vandaag`, with its recipients. Texts carry no personal data. */
async function kandidaten(em: EntityManager, vandaag: IsoDate): Promise<Kandidaat[]> {
  const uit: Kandidaat[] = [];
  const coordinatoren = rows<{ id: string }>(await em.query(`SELECT gebruiker_id AS id FROM lidmaatschap WHERE regio_id = app_regio() AND rol = 'regio-coordinator' AND actief`));

  const meldingen = rows<{ id: string; deadline: string }>(
    await em.query(`SELECT id, to_char(oppak_deadline, 'YYYY-MM-DD') AS deadline FROM melding WHERE regio_id = app_regio() AND status = 'ontvangen' AND opgepakt_op IS NULL AND oppak_deadline IS NOT NULL`),
  );
  for (const m of meldingen) {
    const { herinnering, escalatie } = meldingHerinneringen(m.deadline);
    for (const c of coordinatoren) {
      if (herinnering <= vandaag) uit.push({ regel: 'melding-oppakken', onderwerpId: m.id, ontvangerId: c.id, moment: herinnering, tekst: 'Een verzuimmelding moet uiterlijk morgen worden opgepakt.', link: `/meldingen/${m.id}` });
      if (escalatie <= vandaag) uit.push({ regel: 'melding-te-laat', onderwerpId: m.id, ontvangerId: c.id, moment: escalatie, tekst: 'Een verzuimmelding is niet binnen de afgesproken termijn opgepakt.', link: `/meldingen/${m.id}` });
    }
  }

  const acties = rows<{ id: string; casus_id: string; deadline: string; ontvanger: string }>(
    await em.query(`
      SELECT a.id, a.casus_id, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, coalesce(a.eigenaar_gebruiker_id, l.gebruiker_id, c.consulent_id) AS ontvanger
        FROM plan_actie a JOIN casus c ON c.id = a.casus_id
        LEFT JOIN lidmaatschap l ON a.eigenaar_gebruiker_id IS NULL AND l.organisatie_id = a.eigenaar_organisatie_id AND l.actief
       WHERE a.regio_id = app_regio() AND a.status = 'open' AND a.deadline IS NOT NULL AND a.deadline <= $1`,
      [vandaag]),
  );
  for (const a of acties.filter((x) => x.ontvanger))
    uit.push({ regel: 'actie-deadline', onderwerpId: a.id, ontvangerId: a.ontvanger, moment: a.deadline, tekst: 'Een actie waarvan u eigenaar bent, heeft haar deadline bereikt.', link: `/casussen/${a.casus_id}` });

  const nazorg = rows<{ id: string; casus_id: string; moment: string; consulent_id: string | null }>(
    await em.query(`SELECT t.id, t.casus_id, to_char(t.moment, 'YYYY-MM-DD') AS moment, c.consulent_id FROM nazorg_taak t JOIN casus c ON c.id = t.casus_id
                     WHERE t.regio_id = app_regio() AND t.afgerond_op IS NULL AND t.moment <= $1`, [vandaag]),
  );
  for (const t of nazorg.filter((x) => x.consulent_id))
    uit.push({ regel: 'nazorg', onderwerpId: t.id, ontvangerId: t.consulent_id!, moment: t.moment, tekst: 'Nazorg: gaat de jongere nog naar school of werk? Leg de uitkomst vast.', link: `/nazorg` });

  const delingen = rows<{ id: string; casus_id: string; eind: string; consulent_id: string | null }>(
    await em.query(`SELECT d.id, d.casus_id, to_char(d.eind_datum, 'YYYY-MM-DD') AS eind, c.consulent_id FROM casus_deling d JOIN casus c ON c.id = d.casus_id
                     WHERE d.regio_id = app_regio() AND d.ingetrokken_op IS NULL AND d.eind_datum >= $1`, [vandaag]),
  );
  for (const d of delingen.filter((x) => x.consulent_id && eindeDelingWaarschuwing(x.eind) <= vandaag))
    uit.push({ regel: 'deling-einde', onderwerpId: d.id, ontvangerId: d.consulent_id!, moment: eindeDelingWaarschuwing(d.eind), tekst: 'Een deling of toestemming loopt binnen twee weken af.', link: `/casussen/${d.casus_id}` });
  const pogingen = rows<{ casus_id: string; consulent_id: string; datum: string; uitkomst: string }>(
    await em.query(`SELECT m.casus_id, c.consulent_id, to_char(m.datum, 'YYYY-MM-DD') AS datum, m.uitkomst FROM contactmoment m JOIN casus c ON c.id = m.casus_id
                     WHERE m.regio_id = app_regio() AND c.fase IN ('analyseren', 'plannen', 'handelen') AND c.consulent_id IS NOT NULL`),
  );
  const perCasus = new Map<string, typeof pogingen>();
  for (const p of pogingen) perCasus.set(p.casus_id, [...(perCasus.get(p.casus_id) ?? []), p]);
  for (const [casusId, lijst] of perCasus) {
    const ladder = contactladderMomenten(lijst);
    if (!ladder) continue;
    const consulent = lijst[0].consulent_id;
    if (ladder.volgendeStap <= vandaag)
      uit.push({ regel: 'contactladder', onderwerpId: casusId, ontvangerId: consulent, moment: ladder.volgendeStap, tekst: 'Nog geen contact met de jongere: zet de volgende stap op de contactladder.', link: `/casussen/${casusId}` });
    if (ladder.sluitbesluit <= vandaag)
      uit.push({ regel: 'sluitbesluit', onderwerpId: casusId, ontvangerId: consulent, moment: ladder.sluitbesluit, tekst: 'Al vier weken geen contact: een besluit over afsluiten (met minimale inspanning of onderbouwing) is nodig.', link: `/casussen/${casusId}` });
  }
  return uit;
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
    const uitkomst: ScanUitkomst = { regioId, nieuw: 0, mailIds: [] };
    for (const k of await kandidaten(em, vandaag)) {
      const sleutel = herinneringSleutel(k.regel, k.onderwerpId, k.moment, k.ontvangerId);
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
