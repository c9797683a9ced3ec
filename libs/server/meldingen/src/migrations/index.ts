import { VervolgmeldingLos1733700000000 } from './1733700000000-vervolgmelding-los';
import { SchoolzijdeBewaartermijn1734000000000 } from './1734000000000-schoolzijde-bewaartermijn';
import { MeldingZoeken1735710000000 } from './1735710000000-melding-zoeken';

/** The meldingen context's migrations (new ones: add the file here and to this list; `libs/server/migrations` orders all lists by timestamp). */
export const MELDINGEN_MIGRATIES = [
  VervolgmeldingLos1733700000000,
  SchoolzijdeBewaartermijn1734000000000,
  MeldingZoeken1735710000000,
];
