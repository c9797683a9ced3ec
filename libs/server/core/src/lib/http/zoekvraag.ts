import { Ongeldig } from './problems';

/**
 * One search term, parsed once (issue 13): a BSN (9 digits, searched exactly), a date of birth, or the
 * words of a name (matched accent- and case-insensitively as `LIKE '%woord%'` on `zoektekst(…)`, served by
 * the contexts' trigram GIN indexes). The term itself is never logged or audited: it may be a BSN.
 */
export type Zoekvraag =
  { soort: 'bsn'; bsn: string } | { soort: 'geboortedatum'; datum: string } | { soort: 'naam'; woorden: string[] };

const FOUT = 'Vul een naam (minstens 3 letters), een BSN van 9 cijfers of een geboortedatum (dd-mm-jjjj) in.';

function geldigeDatum(j: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(j, m - 1, d));
  if (j < 1900 || dt.getUTCFullYear() !== j || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses the term; a 400 on field `q` (Dutch) when it is none of the three. */
export function leesZoekvraag(invoer: string): Zoekvraag {
  const t = invoer.trim().replace(/\s+/g, ' ');
  if (t.length > 100) throw Ongeldig([{ field: 'q', message: 'De zoekterm is te lang (hoogstens 100 tekens).' }]);
  if (/^[\d .]+$/.test(t)) {
    const cijfers = t.replace(/[ .]/g, '');
    if (cijfers.length === 9) return { soort: 'bsn', bsn: cijfers };
    throw Ongeldig([{ field: 'q', message: 'Een BSN heeft 9 cijfers. ' + FOUT }]);
  }
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (nl || iso) {
    const datum = nl ? geldigeDatum(+nl[3]!, +nl[2]!, +nl[1]!) : geldigeDatum(+iso![1]!, +iso![2]!, +iso![3]!);
    if (!datum) throw Ongeldig([{ field: 'q', message: 'Dit is geen geldige datum. ' + FOUT }]);
    return { soort: 'geboortedatum', datum };
  }
  const woorden = [...new Set(t.split(' ').filter((w) => w.length > 0))].slice(0, 5);
  if (!woorden.some((w) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 3)) throw Ongeldig([{ field: 'q', message: FOUT }]);
  return { soort: 'naam', woorden };
}

const lang = (w: string) => [...w].length >= 3;

/**
 * The words of 3 or more characters, raw: what a context's SECURITY DEFINER search function
 * (`zoek_persoon_ids`, `zoek_melding_ids`, `zoek_overleg_ids`) matches on its trigram index. The function
 * builds the LIKE patterns itself (`zoek_like_patronen`: escaping after `zoektekst`, whose `unaccent` turns
 * fullwidth `％ ＿ ＼` into wildcards). Under RLS a plain `LIKE` never uses that index (`textlike` is not
 * leakproof).
 */
export function zoekWoorden(woorden: string[]): string[] {
  return woorden.filter(lang);
}

/**
 * SQL condition for the words of a name on `expr` (an expression `zoektekst(…)`), as a filter on rows that
 * are already few (a partner's shared cases, or the ids a search function found): `strpos` on the
 * normalised word, so no character of the term is ever a wildcard. `alleenKort`: only the words of 1–2
 * characters (`de`, `el`), which the search functions leave out (no trigrams).
 */
export function naamConditie(woorden: string[], expr: string, p: (v: unknown) => string, alleenKort = false): string {
  const delen = woorden.filter((w) => !alleenKort || !lang(w)).map((w) => `strpos(${expr}, zoektekst(${p(w)}::text)) > 0`);
  return delen.length ? delen.join(' AND ') : 'TRUE';
}
