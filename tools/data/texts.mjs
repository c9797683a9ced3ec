// Short Dutch texts for the generated records: factual, no diagnoses, nothing about a real person.

export const letters = (rng) => {
  const A = 'ABCDEFGHJKLMNPRTVWXZ';
  return A[rng.int(0, A.length - 1)] + A[rng.int(0, A.length - 1)];
};

export const OORDEEL_WEL = [
  'School maakt zich zorgen over uitval; jongere reageert niet op uitnodigingen van school.',
  'Startkwalificatie in gevaar: al weken afwezig, geen contact met mentor.',
  'Zorgen over thuissituatie gemeld door SLB; directe actie nodig.',
  'Oplopend verzuim en geen zicht op oorzaak; gesprek met jongere nodig.',
];
export const OORDEEL_GEEN = [
  'Verzuim verklaard (legitiem afwezig); school heeft het in beeld.',
  'Jongere is terug op school, afspraken met mentor lopen.',
  'Geen zorgen na gesprek met school; volgen via de school.',
];

const INTAKE = {
  'Wat is je huidige situatie (school, werk, dagbesteding)?': [
    'Staat ingeschreven maar gaat niet meer naar school.',
    'Werkt een paar uur per week in de horeca.',
    'Thuis, geen school of werk.',
  ],
  'Hoe is het op school gegaan, en waarom ben je gestopt?': [
    'Opleiding paste niet; motivatie weg na de stage.',
    'Problemen thuis, daardoor vaak afwezig.',
    'Achterstand opgelopen na een lange ziekte.',
  ],
  'Wat wil je bereiken?': [
    'Een diploma op niveau 2 halen.',
    'Werk vinden met een vast contract.',
    'Eerst ritme opbouwen, dan weer naar school.',
  ],
  'Wie zijn belangrijk voor je?': ['Moeder en een oudere zus.', 'Vriendin en een oom.', 'Trainer van de voetbalclub.'],
  'Welke hulp heb je nu?': ['Geen.', 'Wijkteam is betrokken bij het gezin.', 'Schuldhulp loopt via de gemeente.'],
  'Wat heb je nodig?': [
    'Hulp bij het kiezen van een opleiding.',
    'Iemand die meedenkt over werk en inkomen.',
    'Een vaste contactpersoon.',
  ],
};
export const intake = (rng) => Object.fromEntries(Object.entries(INTAKE).map(([v, a]) => [v, rng.pick(a)]));

const BIG5 = ['support', 'wonen', 'school-werk', 'inkomen', 'welzijn'];
const STAND = ['op-orde', 'deels', 'niet-op-orde', 'onbekend'];
export const big5 = (rng) =>
  Object.fromEntries(BIG5.map((p) => [p, { stand: rng.pick(STAND), toelichting: 'Volgens de jongere in het intakegesprek.' }]));

const DOMEINEN = [
  'gezin',
  'werk-en-opleiding',
  'huisvesting',
  'gezondheid',
  'relaties-netwerk',
  'verslaving-middelen',
  'financien-schulden',
  'justitie',
  'huiselijk-geweld',
  'vaardigheden-houding',
  'dagritme-vrije-tijd',
  'bereidheid-hulp',
  'motivatie-inactiviteit',
];
/** Scores 1–5 per life domain; a later scan (beter = 1) is a little better. */
export const scores = (rng, beter = 0) =>
  Object.fromEntries(
    DOMEINEN.map((d) => [
      d,
      { score: Math.min(5, rng.int(1, 5) + beter), ...(rng.chance(0.2) ? { notitie: 'Besproken in gesprek.' } : {}) },
    ]),
  );

const DOELEN = [
  'Een opleiding kiezen die bij mij past',
  'Weer elke dag een dagritme hebben',
  'Werk vinden voor minstens 12 uur per week',
  'Schulden op een rij zetten',
  'Diploma niveau 2 halen',
];
export const plan = (rng, orgId, volgendeDatum, fase) => ({
  doelen: [DOELEN[rng.int(0, 1)], DOELEN[rng.int(2, 4)]].map((omschrijving) => ({
    omschrijving,
    status:
      fase === 'nazorg' || fase === 'beeindigd'
        ? rng.pick(['bereikt', 'bereikt', 'losgelaten'])
        : rng.pick(['open', 'open', 'bereikt']),
  })),
  contactafspraken: [
    { met: 'jongere', afspraak: 'Elke twee weken bellen of appen', volgendeDatum },
    ...(orgId ? [{ met: 'partner', organisatieId: orgId, afspraak: 'Maandelijks afstemmen over de voortgang' }] : []),
  ],
});

export const ACTIES_RMC = [
  'Intakegesprek plannen met jongere en ouder',
  'Oriëntatiegesprek opleidingen bij het Leerwerkloket',
  'Driegesprek met school over terugkeer',
  'Studiekeuzetest laten maken',
  'Aanmelden bij MBO entree-opleiding',
  'Huisbezoek afleggen',
  'Contact opnemen met mentor',
];
export const ACTIES_PARTNER = {
  'werk-en-inkomen': ['Uitkeringssituatie nagaan', 'Werkfit-traject starten', 'Matchgesprek met werkgever plannen'],
  wijkteam: ['Gezinssituatie in kaart brengen', 'Ondersteuning bij huisvesting', 'Ouders betrekken bij het plan'],
  jeugdhulp: ['Lopende hulp afstemmen', 'Overdracht naar volwassenenzorg voorbereiden'],
  ggd: ['Afspraak jeugdarts plannen'],
  leerplicht: ['Verzuimgesprek voeren', 'Proces-verbaal overwegen'],
};
export const ACTIE_TOELICHTING = [
  'Afgerond zoals afgesproken.',
  'Jongere is niet op de afspraak gekomen.',
  'Niet meer nodig na nieuwe afspraken.',
  'Gedaan; vervolg besproken in MDO.',
];

export const REIKWIJDTE = {
  'werk-en-inkomen': 'Gegevens over opleiding, werk en inkomen voor het traject naar werk.',
  wijkteam: 'Gegevens over de thuissituatie en contact voor ondersteuning van het gezin.',
  jeugdhulp: 'Gegevens over gezondheid, netwerk en gezin voor afstemming van de hulp.',
  ggd: 'Gegevens over gezondheid voor een afspraak met de jeugdarts.',
  overig: 'Basisgegevens en acties voor de samenwerking.',
};
export const DEEL_DOEL = {
  'werk-en-inkomen': 'Samen werken aan een route naar werk en inkomen',
  wijkteam: 'Ondersteuning van de jongere en het gezin afstemmen',
  jeugdhulp: 'Lopende hulp afstemmen met het plan van aanpak',
  ggd: 'Gezondheid bespreken met de jeugdarts',
  overig: 'Afstemming van acties in het plan van aanpak',
};
export const vierstappen = (soort) => ({
  grondslag: 'Wettelijke taak RMC (art. 8 WVO / Participatiewet) voor terugleiding.',
  doel: `${DEEL_DOEL[soort] ?? DEEL_DOEL.overig}; zelfde doel als de verzameling.`,
  proportionaliteit: 'Alleen de secties die deze partner voor zijn taak nodig heeft.',
  subsidiariteit: 'Toestemming was niet haalbaar; zonder delen stokt het traject.',
});
export const NOTITIES = {
  'werk-en-inkomen': ['Intake bij W&I gehad; jongere staat ingeschreven als werkzoekende.', 'Werkfit-traject gestart.'],
  wijkteam: ['Huisbezoek afgelegd; moeder staat open voor ondersteuning.', 'Contact loopt via het wijkteam.'],
  jeugdhulp: ['Hulp loopt nog tot het einde van het jaar.', 'Overdracht naar volwassenenzorg besproken.'],
  ggd: ['Afspraak met jeugdarts gepland.'],
  overig: ['Actie afgerond.'],
};
export const CONTACT_WEL = [
  'Gesprek gevoerd, afspraken gemaakt.',
  'Jongere gesproken over opleidingskeuze.',
  'Kort contact, volgende afspraak gepland.',
  'Voortgang besproken.',
];
export const CONTACT_GEEN = [
  'Geen reactie.',
  'Niemand thuis, kaartje achtergelaten.',
  'Nummer niet bereikbaar.',
  'Brief met uitnodiging gestuurd.',
];
export const ONDERBOUWING_GEEN_CONTACT =
  'Ladder doorlopen: brief, app en drie huisbezoeken binnen vier weken zonder contact. Afgesloten met afsluitbrief; in de halfjaarlijkse ronde opnieuw benaderen.';

const SLUIT = {
  evalueren: [
    ['onderwijs', 35],
    ['werk', 25],
    ['combinatie', 10],
    ['terug-naar-school', 15],
    ['dagbesteding', 7],
    ['zorg', 5],
    ['inschrijving-beeindigd-werk', 3],
  ],
  handelen: [
    ['verhuisd', 30],
    ['zorg', 30],
    ['inschrijving-beeindigd-overige', 20],
    ['geen-verzuim-langdurig-ziek', 20],
  ],
  analyseren: [
    ['terug-naar-school', 50],
    ['geen-verzuim-legitiem-afwezig', 30],
    ['verhuisd', 20],
  ],
  waarnemen: [
    ['geen-verzuim-legitiem-afwezig', 50],
    ['terug-naar-school', 40],
    ['geen-verzuim-langdurig-ziek', 10],
  ],
};
export const sluitreden = (rng, van) => rng.weighted(SLUIT[van] ?? SLUIT.evalueren);

const EVAL = [
  'De doelen zijn grotendeels bereikt.',
  'Vaste contactpersoon en korte lijnen met school hielpen.',
  'Jongere is tevreden over de begeleiding.',
  'Nazorg: over een maand bellen.',
  'School en partners zijn geïnformeerd over de afsluiting.',
];
export const evaluatie = (rng, vragen) => Object.fromEntries(vragen.map((v, i) => [v, EVAL[i % EVAL.length]]));

export const OVERDRACHT_TOELICHTING = [
  'Jongere verhuist; warme overdracht afgesproken.',
  'Wordt 18: overdracht van leerplicht naar RMC.',
  'Traject naar werk loopt via W&I.',
];
export const NAZORG_TOELICHTING = {
  school: ['Zit nog op school, gaat goed.'],
  werk: ['Werkt nog bij dezelfde werkgever.'],
  dagbesteding: ['Dagbesteding loopt.'],
  zorg: ['Hulp loopt door.'],
  geen: ['Geen school of werk meer; opnieuw aangemeld.'],
  'geen-contact': ['Niet bereikt na drie pogingen.'],
};
export const BRON_TOELICHTING = {
  'duo-lijst': 'DUO vsv-lijst oktober',
  'eigen-onderzoek': 'Jaarlijkse ronde oud-vsv',
  loket: 'Zelf gemeld bij het jongerenloket',
  partner: 'Aangemeld door het wijkteam',
};

const ZORGEN = ['onderwijs-overstijgende-problematiek', 'startkwalificatie-in-gevaar', 'dreigt-voortijdig-te-verlaten'];
export const zorgen = (rng) => {
  const z = ZORGEN.filter((_, i) => rng.chance(i === 1 ? 0.8 : 0.4));
  return z.length ? z : [ZORGEN[1]];
};
export const ACTIE_GEWENST = [
  'School krijgt geen contact meer met de student.',
  'Zorgen over de thuissituatie; graag huisbezoek.',
  'Student dreigt uit te vallen; graag een gesprek met RMC.',
];
export const SCHOOL_ONDERNOMEN = [
  'Verzuimgesprek gevoerd met student en ouder.',
  'Mentor heeft gebeld en gemaild, geen reactie.',
  'Besproken in het zorgteam; SLB betrokken.',
];
export const AFSPRAKEN = [
  'Student komt elke ochtend melden bij de mentor.',
  'Aangepast rooster voor vier weken.',
  'Wekelijks gesprek met SLB.',
];
export const CONTACTEN = [
  'Mentor (SLB) en verzuimcoördinator.',
  'SLB en schoolmaatschappelijk werk.',
  'Mentor; ouder is op de hoogte.',
];
export const HULP = ['Geen lopende hulp bekend.', 'Schoolmaatschappelijk werk.', 'Wijkteam is betrokken.'];
export const VERWACHTING = [
  'Contact met de student en advies over vervolg.',
  'Huisbezoek en terugkoppeling aan school.',
  'Meedenken over een andere opleiding.',
];
export const REDENEN = ['Motivatie', 'Thuissituatie', 'Verkeerde studiekeuze', 'Ziekte (niet gemeld)', 'Werk naast school'];
export const GEEN_ACTIE = [
  'Student is weer op school.',
  'Verzuim verklaard; legitiem afwezig.',
  'School pakt het zelf op, geen zorgen.',
];
export const TERUGKOPPELING = {
  'in-behandeling': ['Gezien; contact met student gelegd, casus gestart.', 'In behandeling bij de consulent.'],
  afgesloten: ['Gezien; geen actie meer nodig.', 'Afgesloten na gesprek met student en school.'],
  'ter-kennisneming': ['Gezien; school volgt het verzuim.', 'Ter kennisneming; bij nieuwe signalen graag een vervolgmelding.'],
};
export const AANVULLING_VRAAG = [
  'Kunt u aangeven wat de school al heeft ondernomen?',
  'Graag het verzuimoverzicht en de betrokken contactpersonen.',
];
export const AANVULLING_ANTWOORD = ['Verzuimgesprek gevoerd; overzicht bijgevoegd in de melding.', 'Mentor en SLB aangevuld.'];
export const AGENDA_VRAGEN = [
  'Wie pakt het contact met de jongere op?',
  'Welke route naar werk past?',
  'Kan de jeugdhulp worden voortgezet na 18?',
  'Stand van zaken plan van aanpak.',
  'Hoe krijgen we weer contact?',
];
export const AGENDA_NOTITIES = [
  'Besproken; partners sluiten aan bij het plan.',
  'Wijkteam legt huisbezoek af.',
  'W&I start werkfit-traject.',
  'Geen nieuwe acties; volgende keer terug op de agenda.',
];
export const BESLUITEN = [
  'Wijkteam legt binnen twee weken een huisbezoek af.',
  'W&I nodigt de jongere uit voor een intake.',
  'Consulent stemt af met school over terugkeer.',
  'Terug op de agenda over vier weken.',
];
