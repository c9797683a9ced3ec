/** Nazorg: follow-up tasks after a case (nazorg check-ins, oud-vsv yearly contacts, Kwint quarterly follow-up). */

/** Where the young person is now (the outcome of a follow-up task). */
export const NAZORG_UITKOMSTEN = ['school', 'werk', 'dagbesteding', 'zorg', 'geen', 'geen-contact'] as const;
export type NazorgUitkomst = (typeof NAZORG_UITKOMSTEN)[number];
export type NazorgTaakSoort = 'nazorg' | 'jaarcontact' | 'kwint';

/** GET /api/v1/nazorg/taken — one follow-up task ("is de jongere nog op school / aan het werk?"). */
export interface NazorgTaakDto {
  id: string;
  casusId: string;
  soort: NazorgTaakSoort;
  /** YYYY-MM-DD: the day the check-in is due. */
  moment: string;
  uitkomst: NazorgUitkomst | null;
  afgerondOp: string | null;
  voornaam: string;
  achternaam: string;
  nuTeDoen: boolean;
}

/** POST /api/v1/nazorg/taken/:id/uitkomst */
export interface NazorgUitkomstInput {
  uitkomst: NazorgUitkomst;
  toelichting?: string;
}
export interface NazorgUitkomstAntwoord {
  id: string;
  casusId: string;
  heropenenAanbevolen: boolean;
}

/** The nazorg list's status filter: open tasks or finished ones (absent: both, open first). */
export const NAZORG_TAAK_STATUSSEN = ['open', 'afgerond'] as const;
export type NazorgTaakStatus = (typeof NAZORG_TAAK_STATUSSEN)[number];

/** GET /api/v1/nazorg/taken query parameters (a bad value is 400 naming the parameter). */
export interface NazorgTakenFilter {
  status?: NazorgTaakStatus;
}
