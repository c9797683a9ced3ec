/**
 * Demodata: MBO-instellingen met vestigingen en fictieve jongeren voor de twee demoregio's
 * (IJssel-Vecht en Twente). Alleen voor DEMO_MODE, seeds en tests.
 *
 * - Alle personen zijn verzonnen. BSN's komen uit de testreeks (beginnen met 999) en voldoen aan de
 *   11-proef; e-mailadressen staan op example.org/example.nl; telefoonnummers zijn fictief.
 * - Leeftijden (tussen haakjes) gelden op peildatum 2026-11-22.
 * - Postcodes van personen vallen binnen de PC4-reeksen van hun gemeente in ./gemeenten.ts.
 * - Instellingsnamen en plaatsen zijn echt; BRIN-codes en de letters van vestigingspostcodes zijn
 *   plausibel van vorm maar NIET tegen DUO/BAG geverifieerd — niet als bron voor productie gebruiken.
 */
export interface VestigingRef {
  key: string;
  naam: string;
  plaats: string;
  postcode: string;
}

export interface InstellingRef {
  key: string;
  naam: string;
  brin: string;
  vestigingen: VestigingRef[];
}

export const DEMO_INSTELLINGEN: InstellingRef[] = [
  {
    key: 'deltion',
    naam: 'Deltion College',
    brin: '01OE',
    vestigingen: [
      { key: 'deltion-zwolle-mozartlaan', naam: 'Deltion College Mozartlaan', plaats: 'Zwolle', postcode: '8031 AA' },
      { key: 'deltion-zwolle-noord', naam: 'Deltion College Zwolle-Noord', plaats: 'Zwolle', postcode: '8043 AB' },
    ],
  },
  {
    key: 'landstede',
    naam: 'Landstede MBO',
    brin: '25LU',
    vestigingen: [
      { key: 'landstede-zwolle', naam: 'Landstede MBO Zwolle', plaats: 'Zwolle', postcode: '8021 BT' },
      // Raalte ligt tegen Hellendoorn en Rijssen-Holten aan: deze vestiging trekt ook studenten uit Twente.
      { key: 'landstede-raalte', naam: 'Landstede MBO Raalte', plaats: 'Raalte', postcode: '8102 HA' },
      // Harderwijk ligt buiten beide demoregio's (vestiging zonder aangesloten regio).
      { key: 'landstede-harderwijk', naam: 'Landstede MBO Harderwijk', plaats: 'Harderwijk', postcode: '3842 BH' },
    ],
  },
  {
    key: 'roc-van-twente',
    naam: 'ROC van Twente',
    brin: '25LV',
    vestigingen: [
      { key: 'rocvt-hengelo', naam: 'ROC van Twente Hengelo', plaats: 'Hengelo', postcode: '7553 HR' },
      { key: 'rocvt-enschede', naam: 'ROC van Twente Enschede', plaats: 'Enschede', postcode: '7511 JC' },
      // Bedient studenten uit BEIDE demoregio's: naast Twente ook uit Hardenberg, Ommen en Raalte
      // (IJssel-Vecht). Hiermee zijn meldingen van één vestiging naar twee regio's te testen.
      { key: 'rocvt-almelo', naam: 'ROC van Twente Almelo', plaats: 'Almelo', postcode: '7607 HB' },
    ],
  },
  {
    key: 'alfa-college',
    naam: 'Alfa-college',
    brin: '25LH',
    vestigingen: [
      // Trekt naast Hardenberg/Ommen ook studenten uit Twenterand (Vroomshoop, Den Ham, Vriezenveen).
      { key: 'alfa-hardenberg', naam: 'Alfa-college Hardenberg', plaats: 'Hardenberg', postcode: '7772 AV' },
    ],
  },
];

export interface DemoPersoon {
  bsn: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string /* yyyy-mm-dd */;
  postcode: string;
  huisnummer: string;
  telefoon: string;
  email: string;
}

/** Acht fictieve jongeren met een adres in regio IJssel-Vecht. */
export const DEMO_PERSONEN_IJSSEL_VECHT: DemoPersoon[] = [
  {
    // Zwolle (21)
    bsn: '999955627',
    voornaam: 'Daan',
    achternaam: 'Jansen',
    geboortedatum: '2005-03-14',
    postcode: '8024 BK',
    huisnummer: '17',
    telefoon: '06-12340101',
    email: 'daan.jansen@example.org',
  },
  {
    // Zwolle (19)
    bsn: '999006022',
    voornaam: 'Fatma',
    achternaam: 'Yılmaz',
    geboortedatum: '2007-08-02',
    postcode: '8043 HM',
    huisnummer: '112',
    telefoon: '06-12340102',
    email: 'fatma.yilmaz@example.nl',
  },
  {
    // Kampen (17; wordt 18 op 2026-12-05 — overdracht leerplicht → RMC)
    bsn: '999677354',
    voornaam: 'Yassin',
    achternaam: 'El Amrani',
    geboortedatum: '2008-12-05',
    postcode: '8265 TC',
    huisnummer: '4A',
    telefoon: '06-12340103',
    email: 'yassin.elamrani@example.org',
  },
  {
    // Dalfsen (22)
    bsn: '999468480',
    voornaam: 'Lotte',
    achternaam: 'Schuurman',
    geboortedatum: '2004-06-21',
    postcode: '7721 EJ',
    huisnummer: '9',
    telefoon: '06-12340104',
    email: 'lotte.schuurman@example.nl',
  },
  {
    // Hardenberg (20)
    bsn: '999416273',
    voornaam: 'Rahaf',
    achternaam: 'Al-Khatib',
    geboortedatum: '2006-01-30',
    postcode: '7772 CW',
    huisnummer: '23',
    telefoon: '06-12340105',
    email: 'rahaf.alkhatib@example.org',
  },
  {
    // Steenwijk, gemeente Steenwijkerland (22; wordt 23 op 2026-11-23)
    bsn: '999384934',
    voornaam: 'Jayden',
    achternaam: 'Pinas',
    geboortedatum: '2003-11-23',
    postcode: '8332 JR',
    huisnummer: '61',
    telefoon: '06-12340106',
    email: 'jayden.pinas@example.nl',
  },
  {
    // Raalte (16)
    bsn: '999859699',
    voornaam: 'Zuzanna',
    achternaam: 'Kowalczyk',
    geboortedatum: '2010-02-11',
    postcode: '8102 NB',
    huisnummer: '3',
    telefoon: '06-12340107',
    email: 'zuzanna.kowalczyk@example.org',
  },
  {
    // Genemuiden, gemeente Zwartewaterland (24; boven de wettelijke 18–23)
    bsn: '999428925',
    voornaam: 'Bram',
    achternaam: 'ter Horst',
    geboortedatum: '2002-05-09',
    postcode: '8281 LP',
    huisnummer: '45',
    telefoon: '06-12340108',
    email: 'bram.terhorst@example.nl',
  },
];

/** Acht fictieve jongeren met een adres in regio Twente. */
export const DEMO_PERSONEN_TWENTE: DemoPersoon[] = [
  {
    // Enschede (21)
    bsn: '999693712',
    voornaam: 'Mehmet',
    achternaam: 'Kaya',
    geboortedatum: '2005-09-17',
    postcode: '7544 GH',
    huisnummer: '88',
    telefoon: '06-12340201',
    email: 'mehmet.kaya@example.org',
  },
  {
    // Hengelo (19)
    bsn: '999739645',
    voornaam: 'Noor',
    achternaam: 'Haddad',
    geboortedatum: '2007-02-03',
    postcode: '7553 AZ',
    huisnummer: '12',
    telefoon: '06-12340202',
    email: 'noor.haddad@example.nl',
  },
  {
    // Almelo (20)
    bsn: '999983696',
    voornaam: 'Kacper',
    achternaam: 'Nowak',
    geboortedatum: '2006-10-28',
    postcode: '7606 KL',
    huisnummer: '5',
    telefoon: '06-12340203',
    email: 'kacper.nowak@example.org',
  },
  {
    // Enschede (22)
    bsn: '999228468',
    voornaam: 'Shanice',
    achternaam: 'Wijngaarde',
    geboortedatum: '2004-07-15',
    postcode: '7523 CP',
    huisnummer: '140',
    telefoon: '06-12340204',
    email: 'shanice.wijngaarde@example.nl',
  },
  {
    // Oldenzaal (17; wordt 18 op 2026-11-30)
    bsn: '999745268',
    voornaam: 'Sem',
    achternaam: 'Oude Luttikhuis',
    geboortedatum: '2008-11-30',
    postcode: '7574 RD',
    huisnummer: '31',
    telefoon: '06-12340205',
    email: 'sem.oudeluttikhuis@example.org',
  },
  {
    // Nijverdal, gemeente Hellendoorn (23)
    bsn: '999799551',
    voornaam: 'Ilham',
    achternaam: 'Bouzidi',
    geboortedatum: '2003-04-22',
    postcode: '7442 BE',
    huisnummer: '7',
    telefoon: '06-12340206',
    email: 'ilham.bouzidi@example.nl',
  },
  {
    // Rijssen, gemeente Rijssen-Holten (16)
    bsn: '999606360',
    voornaam: 'Jesse',
    achternaam: 'Nijhuis',
    geboortedatum: '2010-08-19',
    postcode: '7462 XM',
    huisnummer: '19',
    telefoon: '06-12340207',
    email: 'jesse.nijhuis@example.org',
  },
  {
    // Vriezenveen, gemeente Twenterand (24; boven de wettelijke 18–23)
    bsn: '999017573',
    voornaam: 'Ayşe',
    achternaam: 'Demir',
    geboortedatum: '2002-01-08',
    postcode: '7671 GT',
    huisnummer: '2B',
    telefoon: '06-12340208',
    email: 'ayse.demir@example.nl',
  },
];
