/** Search ("Vind alles", issue 13): `POST /api/v1/zoeken`. The term goes in the body, never in a URL (it may be a BSN). */

/** The kinds of result, in the order the answer lists their groups. */
export type ZoekSoort = 'jongere' | 'melding' | 'casus' | 'overleg';

export interface ZoekRequest {
  /** A name (at least 3 letters, accents ignored), a BSN (9 digits) or a date of birth (dd-mm-jjjj or jjjj-mm-dd). */
  q: string;
}

export interface ZoekItem {
  id: string;
  /** What the user reads first: the young person's name, or the meeting's title. */
  titel: string;
  /** A short second line (date of birth, date filed and status, phase, start). */
  omschrijving: string | null;
  /** The portal route of the record, e.g. `/casussen/<id>`. */
  link: string;
}

export interface ZoekGroep {
  soort: ZoekSoort;
  /** At most 10 items. */
  items: ZoekItem[];
  /** There are more matches than the items shown: refine the term. */
  meer: boolean;
}

export interface ZoekAntwoord {
  /** Only the kinds the user may read, each also when empty. */
  groepen: ZoekGroep[];
}
