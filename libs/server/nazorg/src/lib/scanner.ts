import { Db } from '@rmc/server-core';
import { digestOntvangers, mailOntvangers } from '@rmc/server-identity';
import { markeerGemaild, plaatsMails, telNietGemaild, voegNotificatiesToe } from '@rmc/server-notificaties';
import { regioOpId } from '@rmc/server-organisaties';
import { herinneringSleutel, STANDAARD_REGIO_INSTELLINGEN, type IsoDate } from '@rmc/shared-domain';
import type { DataSource } from 'typeorm';
import type { NazorgBronnen } from './bronnen.port';
import { claimHerinneringen, HERINNERING_BLOK, regioSlot, schrijfMarkering } from './data/herinneringen.queries';
import { kandidaten, type Kandidaat } from './kandidaten';
import { onderhoudTaken } from './taken';

export interface ScanUitkomst {
  regioId: string;
  nieuw: number;
  taken: number;
  beeindigd: number;
  mailIds: string[];
  /** Subject rows the due queries returned: proportional to what is due, not to the region's history. */
  gelezen: number;
  /** Another scan of this region was running (in this or another worker): this one did nothing. */
  overgeslagen: boolean;
}

/** Claims and inserts go in chunks, so a first tick over a large backlog stays within sane statement sizes. */
const BLOK = HERINNERING_BLOK;

/**
 * One scan of one region, in one transaction in the region's context (no role: a job acts for the
 * region). Only one scan per region runs at a time (a transaction-level advisory lock; a second one
 * returns `overgeslagen`). The due queries read only what is due and not yet handled (ADR 0013); each
 * due reminder is claimed by its deterministic key in one set-based insert (ADR 0009); only fresh claims
 * write the notification and (for "direct" users) the outbox mail; then the handled markers are written
 * in the same transaction. Running twice, or in two workers at once, yields exactly one notification
 * and at most one mail per key. `bronnen`: the case side of the candidate queries (the ports casus and
 * personen implement).
 */
export async function scanRegio(
  bron: Db | DataSource,
  regioId: string,
  vandaag: IsoDate,
  publicUrl: string,
  bronnen: Pick<NazorgBronnen, 'casus'>,
): Promise<ScanUitkomst> {
  const db = Db.van(bron);
  return db.alsRegio(regioId, async (em) => {
    const uitkomst: ScanUitkomst = { regioId, nieuw: 0, taken: 0, beeindigd: 0, mailIds: [], gelezen: 0, overgeslagen: false };
    if (!(await regioSlot(em, 'herinneringen-scan', regioId))) return { ...uitkomst, overgeslagen: true };
    const regio = await regioOpId(em, regioId);
    const inst = { ...STANDAARD_REGIO_INSTELLINGEN, ...regio?.instellingen };
    // Calendar tasks first, so a task that is due today is reminded about in this same scan.
    const taken = await onderhoudTaken(em, regioId, vandaag, inst, bronnen.casus);
    uitkomst.taken = taken.nieuw;
    uitkomst.beeindigd = taken.beeindigd;
    const oogst = await kandidaten(em, regioId, vandaag, inst, bronnen.casus);
    uitkomst.gelezen = oogst.gelezen + taken.gelezen;
    for (let i = 0; i < oogst.kandidaten.length; i += BLOK) {
      const uit = await claimEnBezorg(db, regioId, oogst.kandidaten.slice(i, i + BLOK), publicUrl);
      uitkomst.nieuw += uit.nieuw;
      uitkomst.mailIds.push(...uit.mailIds);
    }
    for (const m of oogst.markeringen) await schrijfMarkering(em, m, bronnen.casus);
    return uitkomst;
  });
}

/** Claims a batch by key (one insert), then writes the notification and mail of the fresh claims only. */
async function claimEnBezorg(
  db: Db,
  regioId: string,
  lijst: Kandidaat[],
  publicUrl: string,
): Promise<{ nieuw: number; mailIds: string[] }> {
  const perSleutel = new Map(lijst.map((k) => [herinneringSleutel(k.regel, k.onderwerpId, k.anker, k.ontvangerId), k]));
  const geclaimd = await claimHerinneringen(
    db,
    regioId,
    [...perSleutel].map(([sleutel, k]) => ({
      sleutel,
      regel: k.regel,
      onderwerpId: k.onderwerpId,
      ontvangerId: k.ontvangerId,
      moment: k.moment,
    })),
  );
  if (!geclaimd.length) return { nieuw: 0, mailIds: [] };
  const vers = geclaimd.map((sleutel) => ({ sleutel, k: perSleutel.get(sleutel)! }));
  const ontvangers = await mailOntvangers(db, [...new Set(vers.map((v) => v.k.ontvangerId))]);
  const direct = (id: string) => {
    const g = ontvangers.get(id);
    return !!g && g.actief && g.mail_voorkeur === 'direct';
  };
  // The notification's insert policy wants an acting user: written as each recipient's own, one insert per recipient.
  const perOntvanger = new Map<string, typeof vers>();
  for (const v of vers) perOntvanger.set(v.k.ontvangerId, [...(perOntvanger.get(v.k.ontvangerId) ?? []), v]);
  for (const [ontvangerId, lijstVan] of perOntvanger)
    await db.alsGebruiker(ontvangerId, () =>
      voegNotificatiesToe(
        db,
        { gebruikerId: ontvangerId, regioId, gemaild: direct(ontvangerId) },
        lijstVan.map((v) => ({ soort: v.k.regel, tekst: v.k.tekst, link: v.k.link, sleutel: `herinnering-${v.sleutel}` })),
      ),
    );
  const mails = vers.filter((v) => direct(v.k.ontvangerId));
  const mailIds = (
    await plaatsMails(
      db,
      mails.map((v) => ({
        sleutel: `herinnering-${v.sleutel}`,
        ontvanger: ontvangers.get(v.k.ontvangerId)!.email,
        onderwerp: 'Herinnering van het RMC-platform',
        tekst: `Goedendag,\n\n${v.k.tekst}\n\nBekijk het in het portaal: ${publicUrl}${v.k.link}\n\nDit bericht bevat bewust geen persoonsgegevens.`,
      })),
      'overslaan',
    )
  ).map((r) => r.id);
  return { nieuw: vers.length, mailIds };
}

/**
 * Daily digest for users who chose it: one mail with the number of new notifications, once per day.
 * Users whose digest of the day already exists are not read again.
 */
export async function verstuurDigests(bron: Db | DataSource, vandaag: IsoDate, publicUrl: string): Promise<string[]> {
  const db = Db.van(bron);
  // Users and the outbox are platform rows (no tenant context); each digest is claimed as its user.
  const gebruikers = await digestOntvangers(db, vandaag);
  const mailIds: string[] = [];
  for (const g of gebruikers) {
    const id = await db.inContext({ gebruikerId: g.id }, async () => {
      const n = await telNietGemaild(db, g.id);
      if (!n) return null;
      // Claim the day's digest first: when it already went out, later notifications wait for tomorrow's.
      const [mail] = await plaatsMails(
        db,
        [
          {
            sleutel: `digest-${g.id}-${vandaag}`,
            ontvanger: g.email,
            onderwerp: 'Uw dagelijkse overzicht van het RMC-platform',
            tekst: `Goedendag,\n\nU heeft ${n} nieuwe bericht(en) op het RMC-platform.\n\nBekijk ze in het portaal: ${publicUrl}/berichten\n\nDit bericht bevat bewust geen persoonsgegevens.`,
          },
        ],
        'overslaan',
      );
      if (!mail) return null;
      await markeerGemaild(db, g.id);
      return mail.id;
    });
    if (id) mailIds.push(id);
  }
  return mailIds;
}
