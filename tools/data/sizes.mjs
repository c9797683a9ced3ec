// The three sizes. National numbers follow the issue (981k personen, 491k casussen, 1.96M meldingen);
// "region" is one region at national density plus the demo regions; "demo" the two demo regions with a
// caseload mix that makes every screen busy.
import { REGIOS } from './reference.mjs';

const DEMO_REGIOS = ['IJssel-Vecht', 'Twente'];

/** Phase mix at national density: ~6% of all cases ever opened are still open (about 60 per consulent). */
const NATIONAAL = {
  waarnemen: 0.01,
  analyseren: 0.012,
  plannen: 0.01,
  handelen: 0.022,
  evalueren: 0.006,
  afgesloten: 0.006,
  nazorg: 0.05,
  beeindigd: 0.884,
};
/** Demo mix: two years of history with a third of the cases open. */
const DEMO = {
  waarnemen: 0.05,
  analyseren: 0.07,
  plannen: 0.06,
  handelen: 0.13,
  evalueren: 0.04,
  afgesloten: 0.03,
  nazorg: 0.17,
  beeindigd: 0.45,
};

const BASIS = {
  casusPerPersoon: 0.5,
  actiesMin: 2,
  actiesMax: 5,
  contactMin: 2,
  contactMax: 7,
  agendaMin: 3,
  agendaMax: 6,
  deelKans: 0.35,
  volledigKans: 0.65,
  teLaatKans: 0.12,
  nazorgMaanden: 12,
  minConsulenten: 4,
  demoConsulentGewicht: 1,
  overlegDagen: 365,
};

export const SIZES = {
  demo: {
    ...BASIS,
    regios: DEMO_REGIOS,
    personen: { 'IJssel-Vecht': 1000, Twente: 1000 },
    faseMixVoor: () => DEMO,
    historieVoor: () => 730,
    overlegDagen: 180,
    minConsulenten: 6,
    demoConsulentGewicht: 3,
    overdrachtNaarRegio: false,
    replica: false,
    workers: 1,
  },
  region: {
    ...BASIS,
    regios: [...DEMO_REGIOS, 'Zuidoost-Brabant'],
    personen: { 'IJssel-Vecht': 1000, Twente: 1000, 'Zuidoost-Brabant': 25_000 },
    faseMixVoor: (naam) => (DEMO_REGIOS.includes(naam) ? DEMO : NATIONAAL),
    historieVoor: (naam) => (DEMO_REGIOS.includes(naam) ? 730 : 1826),
    minConsulenten: 6,
    demoConsulentGewicht: 3,
    overdrachtNaarRegio: false,
    replica: false,
    workers: 2,
  },
  national: {
    ...BASIS,
    regios: REGIOS.map((r) => r[0]),
    personen: {},
    personenTotaal: 981_000,
    faseMixVoor: () => NATIONAAL,
    historieVoor: () => 1826,
    overdrachtNaarRegio: true,
    // A trusted bulk load: foreign keys and the phase-history trigger are not fired per row (the same
    // generator passes all checks at the smaller sizes, and tools/data/check.mjs verifies afterwards).
    replica: true,
    workers: 2,
  },
};
