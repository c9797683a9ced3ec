/**
 * Referentiedata: gemeenten van de twee demoregio's plus een paar gemeenten buiten die regio's.
 *
 * - `code` is de CBS-gemeentecode (GMxxxx).
 * - `pc4` zijn inclusieve reeksen van viercijferige postcodes die (overwegend) in de gemeente liggen.
 *   Precisie is PC4-reeksniveau: reeksen bevatten soms postbus- of ongebruikte nummers (xx00) en een
 *   enkele PC4 op een gemeentegrens kan in werkelijkheid deels bij een buurgemeente horen. Waar de
 *   indeling onzeker is, is de PC4 weggelaten (bijv. de polder Mastenbroek, 8291–8294, die over
 *   Kampen, Zwartewaterland en Zwolle verdeeld is). Reeksen overlappen niet tussen gemeenten.
 * - Geen productiebron: voor echte adres-naar-gemeente-bepaling is BAG/CBS leidend.
 */
export interface GemeenteRef {
  code: string;
  naam: string;
  pc4: Array<[number, number]>;
}

/** RMC-regio IJssel-Vecht (11 gemeenten), contactgemeente Zwolle (GM0193). */
export const IJSSEL_VECHT_GEMEENTEN: GemeenteRef[] = [
  {
    code: 'GM0148',
    naam: 'Dalfsen',
    // Nieuwleusen 7711; Dalfsen (incl. Oudleusen, Hoonhorst) 7721–7722; Lemelerveld 8151–8154
    pc4: [
      [7710, 7711],
      [7720, 7722],
      [8150, 8154],
    ],
  },
  {
    code: 'GM0160',
    naam: 'Hardenberg',
    // Bergentheim 7691, Mariënberg 7692, Bruchterveld 7695, Brucht 7696; Dedemsvaart 7701–7702,
    // Drogteropslagen 7705, Balkbrug 7707; Hardenberg 7771–7773 t/m Collendoorn 7798 (o.a. Lutten,
    // Slagharen, De Krim, Gramsbergen, Radewijk, Rheeze, Heemserveen)
    pc4: [
      [7690, 7692],
      [7695, 7696],
      [7700, 7707],
      [7770, 7799],
    ],
  },
  {
    code: 'GM0244',
    naam: 'Hattem',
    pc4: [[8050, 8052]],
  },
  {
    code: 'GM0246',
    naam: 'Heerde',
    // Heerde 8181; Wapenveld 8191, Vorchten 8193, Veessen 8194 (Welsum 8196 en Marle 8198 = Olst-Wijhe)
    pc4: [
      [8180, 8181],
      [8190, 8194],
    ],
  },
  {
    code: 'GM0166',
    naam: 'Kampen',
    // Kampen 8261–8267, IJsselmuiden 8271, Wilsum 8274, 's-Heerenbroek 8275, Zalk 8276,
    // Grafhorst 8277, Kamperveen 8278
    pc4: [[8260, 8279]],
  },
  {
    code: 'GM0175',
    naam: 'Ommen',
    // Beerzerveld 7685; Ommen 7731–7732 t/m Vinkenbuurt 7739 (Vilsteren, Arriën, Beerze, Stegeren,
    // Witharen); Dalmsholte 8146, Giethmen 8147, Lemele 8148
    pc4: [
      [7685, 7685],
      [7730, 7739],
      [8146, 8148],
    ],
  },
  {
    code: 'GM0177',
    naam: 'Raalte',
    // Laag Zuthem 8055; Raalte 8101–8103, Luttenberg 8105, Mariënheem 8106, Broekland 8107;
    // Heeten 8111, Nieuw Heeten 8112; Heino 8141, Lierderholthuis 8144
    pc4: [
      [8055, 8055],
      [8100, 8107],
      [8110, 8112],
      [8140, 8144],
    ],
  },
  {
    code: 'GM0180',
    naam: 'Staphorst',
    // Punthorst 7715; Staphorst 7951, Rouveen 7954, IJhorst 7955 (De Wijk 7957 = De Wolden)
    pc4: [
      [7715, 7715],
      [7950, 7955],
    ],
  },
  {
    code: 'GM1708',
    naam: 'Steenwijkerland',
    // Belt-Schutsloot 8066; Wanneperveen 7946; Vollenhove 8325, Sint Jansklooster 8326,
    // Steenwijk 8331–8333 t/m Eesveen 8347; Giethoorn 8355, Blokzijl 8356 t/m Paasloo 8378
    // (Wapserveen 8351 = Westerveld, valt erbuiten)
    pc4: [
      [7946, 7946],
      [8066, 8066],
      [8325, 8347],
      [8355, 8378],
    ],
  },
  {
    code: 'GM1896',
    naam: 'Zwartewaterland',
    // Hasselt 8061, Zwartsluis 8064; Genemuiden 8281
    pc4: [
      [8060, 8065],
      [8280, 8281],
    ],
  },
  {
    code: 'GM0193',
    naam: 'Zwolle',
    // Zwolle 8011–8047 (+ postbusnummers 8000–8010), incl. Windesheim en Wijthmen
    pc4: [[8000, 8049]],
  },
];

/** RMC-regio Twente (14 gemeenten), contactgemeente Enschede (GM0153). */
export const TWENTE_GEMEENTEN: GemeenteRef[] = [
  {
    code: 'GM0141',
    naam: 'Almelo',
    // Almelo 7601–7610, Aadorp 7611; Bornerbroek 7627
    pc4: [
      [7600, 7611],
      [7627, 7627],
    ],
  },
  {
    code: 'GM0147',
    naam: 'Borne',
    // Borne 7621–7623, Zenderen 7625, Hertme 7626
    pc4: [[7620, 7626]],
  },
  {
    code: 'GM1774',
    naam: 'Dinkelland',
    // Deurningen 7561–7562; Denekamp 7591, Weerselo 7595, Rossum 7596, Saasveld 7597;
    // Ootmarsum 7631, Tilligte 7634, Lattrop-Breklenkamp 7635, Agelo 7636, Oud Ootmarsum 7637, Nutter 7638
    pc4: [
      [7561, 7562],
      [7590, 7597],
      [7630, 7638],
    ],
  },
  {
    code: 'GM0153',
    naam: 'Enschede',
    // Enschede 7511–7548 (incl. Glanerbrug, Lonneker, Boekelo) + postbusnummers
    pc4: [[7500, 7548]],
  },
  {
    code: 'GM0158',
    naam: 'Haaksbergen',
    // Haaksbergen 7481–7483 (incl. Buurse), Sint Isidorushoeve
    pc4: [[7480, 7484]],
  },
  {
    code: 'GM0163',
    naam: 'Hellendoorn',
    // Nijverdal 7441–7443, Hellendoorn 7447, Haarle 7448; Daarlerveen 7687, Daarle 7688
    pc4: [
      [7440, 7448],
      [7687, 7688],
    ],
  },
  {
    code: 'GM0164',
    naam: 'Hengelo',
    // Hengelo 7551–7559 (incl. Beckum) + postbusnummers
    pc4: [[7550, 7559]],
  },
  {
    code: 'GM1735',
    naam: 'Hof van Twente',
    // Goor 7471–7472, Markelo 7475, Diepenheim 7478; Delden 7491, Ambt Delden 7495,
    // Hengevelde 7496, Bentelo 7497
    pc4: [
      [7470, 7479],
      [7490, 7497],
    ],
  },
  {
    code: 'GM0168',
    naam: 'Losser',
    // Losser 7581–7582, Glane 7585, Overdinkel 7586, De Lutte 7587, Beuningen 7588
    pc4: [[7580, 7588]],
  },
  {
    code: 'GM0173',
    naam: 'Oldenzaal',
    pc4: [[7570, 7577]],
  },
  {
    code: 'GM1742',
    naam: 'Rijssen-Holten',
    // Holten 7451; Rijssen 7461–7463
    pc4: [
      [7450, 7451],
      [7460, 7463],
    ],
  },
  {
    code: 'GM0183',
    naam: 'Tubbergen',
    // Mariaparochie 7614, Harbrinkhoek 7615; Tubbergen 7651; Vasse 7661 t/m Haarle 7668
    // (Hezingen, Mander, Manderveen, Albergen, Fleringen, Reutum); Geesteren 7678, Langeveen 7679
    pc4: [
      [7614, 7615],
      [7650, 7651],
      [7660, 7668],
      [7678, 7679],
    ],
  },
  {
    code: 'GM1700',
    naam: 'Twenterand',
    // Vriezenveen 7671–7672, Bruinehaar 7675, Westerhaar 7676; Vroomshoop 7681, Den Ham 7683;
    // Geerdijk 7686; Sibculo 7693, Kloosterhaar 7694 (Beerzerveld 7685 = Ommen)
    pc4: [
      [7670, 7676],
      [7680, 7683],
      [7686, 7686],
      [7693, 7694],
    ],
  },
  {
    code: 'GM0189',
    naam: 'Wierden',
    // Zuna 7466, Notter 7467, Enter 7468; Wierden 7641–7642, Hoge Hexel 7645
    pc4: [
      [7466, 7468],
      [7640, 7645],
    ],
  },
];

/** Gemeenten die in geen enkele demoregio zitten (voor tests "regio niet aangesloten"). */
export const OVERIGE_GEMEENTEN: GemeenteRef[] = [
  {
    code: 'GM0150',
    naam: 'Deventer',
    // Deventer 7411–7428, Colmschate 7429, Diepenveen 7431, Schalkhaar 7433, Lettele 7434,
    // Okkenbroek 7435, Bathmen 7437
    pc4: [[7400, 7437]],
  },
  {
    code: 'GM0200',
    naam: 'Apeldoorn',
    // Apeldoorn 7311–7336, Ugchelen 7339, Beemte-Broekland 7341, Wenum-Wiesel 7345, Hoog Soeren 7346,
    // Radio Kootwijk 7348; Beekbergen 7361, Lieren 7364, Loenen 7371
    pc4: [
      [7300, 7348],
      [7360, 7371],
    ],
  },
  {
    code: 'GM0344',
    naam: 'Utrecht',
    // Vleuten 3451–3452, De Meern 3453–3454, Haarzuilens 3455; Utrecht 3511–3585 + postbusnummers
    pc4: [
      [3451, 3455],
      [3500, 3585],
    ],
  },
];

export const ALLE_GEMEENTEN_REF: GemeenteRef[] = [...IJSSEL_VECHT_GEMEENTEN, ...TWENTE_GEMEENTEN, ...OVERIGE_GEMEENTEN];
