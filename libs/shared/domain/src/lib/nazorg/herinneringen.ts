import { isWerkdag, plusDagen, plusWerkdagen, type IsoDate } from '../verzuim/werkdagen';

/** Nazorg check-ins after closing, in months (region setting; default from the seeds: 1, 3, 6, 12). */
export const STANDAARD_NAZORG_MAANDEN = [1, 3, 6, 12] as const;

/** Calendar month arithmetic that keeps the end of the month (31 Jan + 1 month = 28/29 Feb). */
export function plusMaanden(datum: IsoDate, maanden: number): IsoDate {
  const [j, m, d] = datum.split('-').map(Number);
  const doel = new Date(Date.UTC(j, m - 1 + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d, laatste));
  return doel.toISOString().slice(0, 10);
}

/** The nazorg check-in dates after closing, within the region's nazorg length. */
export function nazorgMomenten(
  afgeslotenOp: IsoDate,
  nazorgMaanden: number,
  intervallen: readonly number[] = STANDAARD_NAZORG_MAANDEN,
): IsoDate[] {
  return intervallen.filter((m) => m <= nazorgMaanden).map((m) => plusMaanden(afgeslotenOp, m));
}

/** JIKP / motie Kwint: entree and MBO-2 leavers are followed quarterly for two years. */
export function kwintMomenten(uitstroomdatum: IsoDate): IsoDate[] {
  return Array.from({ length: 8 }, (_, i) => plusMaanden(uitstroomdatum, 3 * (i + 1)));
}

/** Oud-vsv: at least one contact per year — the next yearly task after the last contact (or the last finished yearly task). */
export function volgendeJaarcontact(laatsteContact: IsoDate | null, vandaag: IsoDate): IsoDate {
  if (!laatsteContact) return vandaag;
  const volgende = plusMaanden(laatsteContact, 12);
  return volgende < vandaag ? vandaag : volgende;
}

/**
 * A melding's pick-up reminder: the werkdag before the deadline (a Monday deadline reminds on Friday,
 * not on Sunday), and an escalation the werkdag after.
 */
export function meldingHerinneringen(oppakDeadline: IsoDate): { herinnering: IsoDate; escalatie: IsoDate } {
  let herinnering = plusDagen(oppakDeadline, -1);
  while (!isWerkdag(herinnering)) herinnering = plusDagen(herinnering, -1);
  return { herinnering, escalatie: plusWerkdagen(oppakDeadline, 1) };
}

/**
 * Feedback to the school that filed a melding: due `termijnWerkdagen` werkdagen after filing (the
 * verzuimagenda's response time). The consulent is reminded two werkdagen before, and again the werkdag
 * after the deadline when the feedback is still missing.
 */
export function terugkoppelMomenten(
  gemeldOp: IsoDate,
  termijnWerkdagen = 10,
): { deadline: IsoDate; herinnering: IsoDate; teLaat: IsoDate } {
  const deadline = plusWerkdagen(gemeldOp, termijnWerkdagen);
  return {
    deadline,
    herinnering: plusWerkdagen(gemeldOp, Math.max(termijnWerkdagen - 2, 0)),
    teLaat: plusWerkdagen(deadline, 1),
  };
}

/**
 * Contact ladder: after an attempt without contact, the next step is due after `wachtDagen`; when the
 * young person has been out of contact for `verlorenDagen` since the first failed attempt, a closing
 * decision is due (routekaart: at most four weeks of trying). Null when there was contact since.
 */
export function contactladderMomenten(
  pogingen: Array<{ datum: IsoDate; uitkomst: string }>,
  wachtDagen = 7,
  verlorenDagen = 28,
): { volgendeStap: IsoDate; sluitbesluit: IsoDate; laatstePoging: IsoDate; eerstePoging: IsoDate } | null {
  const gesorteerd = pogingen.slice().sort((a, b) => a.datum.localeCompare(b.datum));
  const laatsteContact = [...gesorteerd].reverse().find((p) => p.uitkomst === 'contact')?.datum;
  const sinds = gesorteerd.filter((p) => p.uitkomst !== 'contact' && (!laatsteContact || p.datum > laatsteContact));
  if (!sinds.length) return null;
  const laatstePoging = sinds[sinds.length - 1].datum;
  const eerstePoging = sinds[0].datum;
  return {
    volgendeStap: plusDagen(laatstePoging, wachtDagen),
    sluitbesluit: plusDagen(eerstePoging, verlorenDagen),
    laatstePoging,
    eerstePoging,
  };
}

/**
 * A closed case waits for the consulent to start the nazorg (agreeing the check-ins with the young
 * person): reminded two werkdagen after closing. See ADR 0010.
 */
export function nazorgBesluitMoment(afgeslotenOp: IsoDate): IsoDate {
  return plusWerkdagen(afgeslotenOp, 2);
}

/** Consent or share ending: warn the consulent this many days before. */
export function eindeDelingWaarschuwing(eindDatum: IsoDate, dagenVooraf = 14): IsoDate {
  return plusDagen(eindDatum, -dagenVooraf);
}

/**
 * The UTC instant of a local time on a calendar date in Europe/Amsterdam (times are stored in UTC,
 * scheduled in Amsterdam time), correct on both sides of a daylight-saving change.
 */
export function amsterdamTijdstip(datum: IsoDate, tijd = '09:00'): Date {
  const [u, m] = tijd.split(':').map(Number);
  const alsUtc = Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10)), u, m);
  const offset = (t: number) => {
    const delen = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .formatToParts(new Date(t))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(+delen['year'], +delen['month'] - 1, +delen['day'], +delen['hour'], +delen['minute']) - t;
  };
  // Two passes settle the offset around the change itself.
  let t = alsUtc - offset(alsUtc);
  t = alsUtc - offset(t);
  return new Date(t);
}

/**
 * Deterministic key of one reminder: the same due item always makes the same key, so a job that runs
 * twice (at-least-once delivery) claims it once (unique index) before any side effect. The date in the
 * key is the item's **anchor** (the deadline, the end date, the filing date, the attempt the ladder
 * counts from), not the day the reminder falls due: that day follows the region's settings, and a
 * changed setting must not send the same reminder again. A new anchor (a moved deadline, a new
 * attempt) is a new item and reminds again.
 */
export function herinneringSleutel(regel: string, onderwerpId: string, anker: IsoDate, ontvangerId: string): string {
  return `${regel}-${onderwerpId}-${anker}-${ontvangerId}`;
}
