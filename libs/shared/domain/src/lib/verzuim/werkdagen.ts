/**
 * Werkdagen: Monday–Friday minus Dutch public holidays. Dates are calendar dates (yyyy-mm-dd) in
 * Europe/Amsterdam; no time zone arithmetic happens here.
 *
 * Holidays: Nieuwjaarsdag, Goede Vrijdag, Eerste en Tweede Paasdag, Koningsdag (27 April, 26 April when
 * the 27th is a Sunday), Bevrijdingsdag (5 May in lustrum years, as in most CAOs and government
 * practice), Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.
 * See docs/adr/0007-werkdagen.md.
 */

export type IsoDate = string;

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): IsoDate {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(jaar, maand, dag);
}

function iso(j: number, m: number, d: number): IsoDate {
  return `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toUtc(date: IsoDate): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

export function plusDagen(date: IsoDate, dagen: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

export function dagenTussen(van: IsoDate, tot: IsoDate): number {
  return Math.round((toUtc(tot).getTime() - toUtc(van).getTime()) / 86_400_000);
}

const cache = new Map<number, Map<IsoDate, string>>();

/** The Dutch public holidays of one year, date → name. */
export function feestdagen(jaar: number): Map<IsoDate, string> {
  const hit = cache.get(jaar);
  if (hit) return hit;
  const pasen = paaszondag(jaar);
  const koningsdag = new Date(`${jaar}-04-27T00:00:00Z`).getUTCDay() === 0 ? iso(jaar, 4, 26) : iso(jaar, 4, 27);
  const lijst: Array<[IsoDate, string]> = [
    [iso(jaar, 1, 1), 'Nieuwjaarsdag'],
    [plusDagen(pasen, -2), 'Goede Vrijdag'],
    [pasen, 'Eerste Paasdag'],
    [plusDagen(pasen, 1), 'Tweede Paasdag'],
    [koningsdag, 'Koningsdag'],
    [plusDagen(pasen, 39), 'Hemelvaartsdag'],
    [plusDagen(pasen, 49), 'Eerste Pinksterdag'],
    [plusDagen(pasen, 50), 'Tweede Pinksterdag'],
    [iso(jaar, 12, 25), 'Eerste Kerstdag'],
    [iso(jaar, 12, 26), 'Tweede Kerstdag'],
  ];
  if (jaar % 5 === 0) lijst.push([iso(jaar, 5, 5), 'Bevrijdingsdag']);
  const map = new Map(lijst);
  cache.set(jaar, map);
  return map;
}

export function isWerkdag(date: IsoDate): boolean {
  const dag = toUtc(date).getUTCDay();
  if (dag === 0 || dag === 6) return false;
  return !feestdagen(Number(date.slice(0, 4))).has(date);
}

/** The date `n` werkdagen after `date` (a melding received on a Friday with n=1 is due Monday). */
export function plusWerkdagen(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new Error('n must be a non-negative integer');
  return onthoud(plusWerkdagenCache, `${date}|${n}`, () => telWerkdagen(date, n));
}

/**
 * Pure results kept per process (compliance asks the same few hundred dates for every melding of a
 * school year). Bounded: a full cache starts over.
 */
const plusWerkdagenCache = new Map<string, IsoDate>();
const werkdagNummerCache = new Map<IsoDate, number>();
function onthoud<K, V>(cache: Map<K, V>, sleutel: K, bereken: () => V): V {
  const hit = cache.get(sleutel);
  if (hit !== undefined) return hit;
  if (cache.size >= 20_000) cache.clear();
  const waarde = bereken();
  cache.set(sleutel, waarde);
  return waarde;
}

function telWerkdagen(date: IsoDate, n: number): IsoDate {
  let d = date;
  let over = n;
  while (over > 0) {
    d = plusDagen(d, 1);
    if (isWerkdag(d)) over--;
  }
  return d;
}

/** Werkdagen strictly after `van` up to and including `tot` (0 when tot <= van). */
export function werkdagenTussen(van: IsoDate, tot: IsoDate): number {
  if (tot <= van) return 0;
  return werkdagNummer(tot) - werkdagNummer(van);
}

/** Reference for werkdagNummer: a Monday. Dates before it are counted day by day. */
const EPOCH = '1900-01-01';
const feestWerkdagenTotJaar = new Map<number, number>();

/** Public holidays on Monday–Friday in the years EPOCH..jaar-1 (cached per year). */
function feestWerkdagenVoor(jaar: number): number {
  const hit = feestWerkdagenTotJaar.get(jaar);
  if (hit !== undefined) return hit;
  let n = 0;
  for (let j = 1900; j < jaar; j++) for (const d of feestdagen(j).keys()) if (d > EPOCH && toUtc(d).getUTCDay() % 6 !== 0) n++;
  feestWerkdagenTotJaar.set(jaar, n);
  return n;
}

/**
 * The number of werkdagen in (EPOCH, date]: werkdagenTussen in constant time instead of a walk over
 * every day (compliance computes it for every melding of a school year).
 */
export function werkdagNummer(date: IsoDate): number {
  return onthoud(werkdagNummerCache, date, () => berekenWerkdagNummer(date));
}

function berekenWerkdagNummer(date: IsoDate): number {
  if (date < EPOCH) {
    let n = 0;
    for (let d = date; d < EPOCH; d = plusDagen(d, 1)) if (isWerkdag(plusDagen(d, 1))) n--;
    return n;
  }
  const dagen = dagenTussen(EPOCH, date);
  // Day k after the Monday EPOCH has weekday index k % 7 (0 = Monday … 4 = Friday).
  const weekdagen = Math.floor(dagen / 7) * 5 + Math.min(dagen % 7, 4);
  const jaar = Number(date.slice(0, 4));
  let feest = feestWerkdagenVoor(jaar);
  for (const d of feestdagen(jaar).keys()) if (d > EPOCH && d <= date && toUtc(d).getUTCDay() % 6 !== 0) feest++;
  return weekdagen - feest;
}

/** Calendar date in Europe/Amsterdam of an instant (times are stored in UTC). */
const AMSTERDAM_DATUM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
export function amsterdamDatum(instant: Date): IsoDate {
  // One formatter for the process: building an Intl.DateTimeFormat costs more than formatting with it.
  return AMSTERDAM_DATUM.format(instant);
}
