import type { MeldingNorm } from './melding';
import { plusDagen, plusWerkdagen, werkdagenTussen, type IsoDate } from './werkdagen';

/**
 * Compliance with the verzuimagenda ("hotspot" per vestiging): pure rules, no I/O.
 *
 * "Binnen de norm" (a melding filed on time and complete):
 *  - complete = the melding's `volledig` judgement at filing (all quality fields of the agenda present);
 *  - on time  = for 4 aaneengesloten weken: filed no later than MELDTERMIJN_WERKDAGEN werkdagen after
 *    the threshold is reached, i.e. begindatum + minDagen (the agenda's threshold, 20 by default) counted
 *    in werkdagen, because verzuimdagen are school days; every other kind is always on time (they are
 *    reported when their own threshold is reached, which the filing form already enforces).
 */
export const MELDTERMIJN_WERKDAGEN = 5;
export const STANDAARD_DREMPEL_DAGEN = 20;
/** Counts below this are suppressed in cross-party figures. */
export const ONDERDRUK_DREMPEL = 5;

export interface ComplianceMelding {
  soort: string;
  begindatum: IsoDate;
  gemeldOpDatum: IsoDate;
  volledig: boolean;
}

/** Last date on which a melding of this kind is on time; null when every date is on time. */
export function uiterlijkeMelddatum(
  m: Pick<ComplianceMelding, 'soort' | 'begindatum'>,
  norm?: Pick<MeldingNorm, 'minDagen'> | null,
): IsoDate | null {
  if (m.soort !== 'aaneengesloten-4-weken') return null;
  const drempel = norm?.minDagen ?? STANDAARD_DREMPEL_DAGEN;
  return plusWerkdagen(m.begindatum, drempel + MELDTERMIJN_WERKDAGEN);
}

export function tijdigGemeld(
  m: Pick<ComplianceMelding, 'soort' | 'begindatum' | 'gemeldOpDatum'>,
  norm?: Pick<MeldingNorm, 'minDagen'> | null,
): boolean {
  const grens = uiterlijkeMelddatum(m, norm);
  return grens === null || m.gemeldOpDatum <= grens;
}

/** Filed within the norm: complete at first filing and on time. */
export function binnenNorm(m: ComplianceMelding, norm?: Pick<MeldingNorm, 'minDagen'> | null): boolean {
  return m.volledig && tijdigGemeld(m, norm);
}

/** Werkdagen from filing to the region's pick-up (or feedback); null when it did not happen yet. */
export function reactieWerkdagen(gemeldOpDatum: IsoDate, reactieDatum: IsoDate | null): number | null {
  return reactieDatum === null ? null : werkdagenTussen(gemeldOpDatum, reactieDatum);
}

/** 'verlopen': not picked up and the term has passed — it is late, and counts as late everywhere. */
export type OppakUitkomst = 'op-tijd' | 'te-laat' | 'verlopen' | 'open' | 'onbekend';

/** Pick-up against the deadline of the agenda. `vandaag` decides whether an open melding is overdue. */
export function oppakUitkomst(deadline: IsoDate | null, opgepaktDatum: IsoDate | null, vandaag: IsoDate): OppakUitkomst {
  if (!deadline) return 'onbekend';
  if (opgepaktDatum) return opgepaktDatum <= deadline ? 'op-tijd' : 'te-laat';
  return vandaag > deadline ? 'verlopen' : 'open';
}

/**
 * The pick-up figures as one story: late = picked up after the term + not picked up with the term
 * passed (`verlopen`, also given apart); the share on time is over everything whose term has passed
 * or that was picked up, so "op tijd" never ignores the overdue open ones. `open` is only what is
 * still within its term.
 */
export function oppakCijfers(
  t: { opTijd: number; teLaat: number; verlopen: number; open: number },
  crossParty = false,
): { opTijd: number; teLaat: number; verlopen: number; open: number; aandeelOpTijd: number | null } {
  const teLaat = t.teLaat + t.verlopen;
  return {
    opTijd: t.opTijd,
    teLaat,
    verlopen: t.verlopen,
    open: t.open,
    aandeelOpTijd: aandeel(t.opTijd, t.opTijd + teLaat, crossParty),
  };
}

/** Month key yyyy-mm of a date. */
export function maandVan(datum: IsoDate): string {
  return datum.slice(0, 7);
}

/** The twelve months of a school year (August–July) as yyyy-mm. */
export function schooljaarMaanden(schooljaar: string): string[] {
  const m = /^(\d{4})-(\d{4})$/.exec(schooljaar);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new Error(`not a school year: ${schooljaar}`);
  const out: string[] = [];
  for (let d = `${m[1]}-08-01`; out.length < 12; d = plusDagen(d, 32).slice(0, 8) + '01') out.push(maandVan(d));
  return out;
}

/** First and last date of a school year. */
export function schooljaarGrenzen(schooljaar: string): { van: IsoDate; tot: IsoDate } {
  const [a, b] = schooljaar.split('-');
  return { van: `${a}-08-01`, tot: `${b}-07-31` };
}

const klein = (n: number, drempel: number) => n > 0 && n < drempel;

export interface Telling {
  aantal: number | null;
  onderdrukt: boolean;
}

/** A count, suppressed (null) when it is cross-party and below the threshold (0 is never suppressed: nothing to protect). */
export function telling(n: number, crossParty: boolean, drempel = ONDERDRUK_DREMPEL): Telling {
  return crossParty && klein(n, drempel) ? { aantal: null, onderdrukt: true } : { aantal: n, onderdrukt: false };
}

/**
 * Share teller/noemer rounded to 3 decimals; null without a denominator. Cross-party, it is also null
 * when the basis is small or when it would reveal a suppressed count (the part or its complement is 1–4).
 */
export function aandeel(teller: number, noemer: number, crossParty = false, drempel = ONDERDRUK_DREMPEL): number | null {
  if (noemer === 0) return null;
  if (crossParty && (noemer < drempel || klein(teller, drempel) || klein(noemer - teller, drempel))) return null;
  return Math.round((teller / noemer) * 1000) / 1000;
}

/** Mean rounded to 1 decimal; null for no values or a suppressed basis. */
export function gemiddelde(waarden: number[], crossParty = false, drempel = ONDERDRUK_DREMPEL): number | null {
  if (!waarden.length || (crossParty && waarden.length < drempel)) return null;
  return Math.round((waarden.reduce((a, b) => a + b, 0) / waarden.length) * 10) / 10;
}
