/** Calendar helpers for the Netherlands (Europe/Amsterdam), independent of the computer's clock zone. */
const ZONE = 'Europe/Amsterdam';
const DELEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The wall clock in the Netherlands at an instant, as milliseconds "as if UTC". */
function wandklok(instant: number): number {
  const d = Object.fromEntries(DELEN.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(d['year']), Number(d['month']) - 1, Number(d['day']), Number(d['hour']), Number(d['minute']));
}

/**
 * Date (yyyy-mm-dd) and time (hh:mm) as typed by a Dutch user → ISO 8601 with the Dutch offset of that
 * day (+01:00 in winter, +02:00 in summer), whatever the clock zone of the computer.
 */
export function startInNederland(datum: string, tijd: string): string {
  const [j, m, d] = datum.split('-').map(Number);
  const [u, mi] = tijd.split(':').map(Number);
  const alsUtc = Date.UTC(j, m - 1, d, u, mi);
  let verschil = wandklok(alsUtc) - alsUtc;
  // Near a DST switch the offset at the real instant can differ from the first guess.
  verschil = wandklok(alsUtc - verschil) - (alsUtc - verschil);
  const minuten = Math.round(verschil / 60_000);
  const teken = minuten < 0 ? '-' : '+';
  const abs = Math.abs(minuten);
  return `${datum}T${tijd}:00${teken}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** yyyy-mm-dd of an instant in the Netherlands. */
export function kalenderdag(moment: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(moment),
  );
}

const TIJD = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
const DAG = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

/** hh:mm in the Netherlands. */
export function tijdstip(moment: string): string {
  const d = new Date(moment);
  return Number.isNaN(d.getTime()) ? '' : TIJD.format(d);
}

/** "maandag 30 november" for a calendar day (yyyy-mm-dd). */
export function dagNaam(dag: string): string {
  return DAG.format(new Date(`${dag}T00:00:00Z`));
}

/** ISO week of a calendar day: year, week number and the Monday it starts on. */
export function isoWeek(dag: string): { jaar: number; week: number; maandag: string; zondag: string } {
  const d = new Date(`${dag}T00:00:00Z`);
  const weekdag = (d.getUTCDay() + 6) % 7; // maandag = 0
  const maandag = new Date(d.getTime() - weekdag * 86_400_000);
  const donderdag = new Date(maandag.getTime() + 3 * 86_400_000);
  const jaar = donderdag.getUTCFullYear();
  const eersteJan = Date.UTC(jaar, 0, 1);
  const week = Math.floor((donderdag.getTime() - eersteJan) / (7 * 86_400_000)) + 1;
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  return { jaar, week, maandag: iso(maandag), zondag: iso(new Date(maandag.getTime() + 6 * 86_400_000)) };
}
