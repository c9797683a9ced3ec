import { maakPdf, pdfDatum, pdfSjabloon, pdfStijl } from '@rmc/server-pdf';
import { ROL_LABELS } from '@rmc/shared-domain';

type Rij = Record<string, unknown>;

/** The bundle's sections in reading order, with the title the young person reads. */
const SECTIES: Array<[string, string, string]> = [
  ['casussen', 'Casussen', 'De trajecten die het RMC met u heeft geopend.'],
  ['faseHistorie', 'Faseovergangen', 'Wanneer een casus van fase veranderde.'],
  ['leefgebieden', 'Scans van de leefgebieden', 'Scores (1–5) per leefgebied, zoals samen met u vastgelegd.'],
  ['acties', 'Acties in het plan van aanpak', ''],
  ['actieHistorie', 'Statuswijzigingen van acties', ''],
  ['contactmomenten', 'Contactmomenten', ''],
  ['meldingen', 'Verzuimmeldingen van scholen', ''],
  ['ontvangers', 'Met wie uw gegevens zijn gedeeld', 'Welke organisatie, op welke grond, met welk doel en tot wanneer.'],
  ['machtigingen', 'Ondertekende machtigingen', 'Alleen de bestandsgegevens; het bestand zelf kunt u opvragen.'],
  ['partnerNotities', 'Notities van partners', ''],
  ['overleggen', 'Besproken in een overleg', ''],
  ['nazorg', 'Nazorg', ''],
  ['overdrachten', 'Overdrachten aan een andere regio of organisatie', ''],
  ['ontvangenOverdrachten', 'Overdrachten ontvangen van een andere regio', ''],
  [
    'inzagen',
    'Wie uw dossier heeft ingezien of bewerkt',
    'Uit het logboek: elke keer dat iemand uw gegevens bekeek, wijzigde of exporteerde.',
  ],
];

const LABELS: Record<string, string> = {
  bsn: 'BSN',
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  postcode: 'Postcode',
  gemeenteCode: 'Gemeentecode',
  telefoon: 'Telefoon',
  email: 'E-mail',
  aangemaaktOp: 'Vastgelegd op',
  id: 'Kenmerk',
  casusId: 'Casus',
  actieId: 'Actie',
  fase: 'Fase',
  doelgroep: 'Doelgroep',
  bron: 'Bron',
  oordeelSignalering: 'Oordeel signalering',
  intake: 'Intake',
  evaluatie: 'Evaluatie',
  sluitreden: 'Reden van afsluiten',
  afgeslotenOp: 'Afgesloten op',
  datum: 'Datum',
  scores: 'Scores',
  omschrijving: 'Omschrijving',
  status: 'Status',
  deadline: 'Uiterlijk',
  vorm: 'Vorm',
  uitkomst: 'Uitkomst',
  notitie: 'Notitie',
  soort: 'Soort',
  begindatum: 'Begindatum',
  gemeldOp: 'Gemeld op',
  instelling: 'School',
  organisatie: 'Organisatie',
  grondslag: 'Grondslag',
  doel: 'Doel',
  secties: 'Gedeelde onderdelen',
  gedeeldOp: 'Gedeeld op',
  eindDatum: 'Tot en met',
  ingetrokkenOp: 'Ingetrokken op',
  toelichting: 'Toelichting',
  op: 'Op',
  van: 'Van',
  naar: 'Naar',
  tekst: 'Tekst',
  titel: 'Titel',
  start: 'Datum',
  vraag: 'Vraag',
  notities: 'Notities',
  besluiten: 'Besluiten',
  moment: 'Moment',
  afgerondOp: 'Afgerond op',
  aangebodenOp: 'Aangeboden op',
  ontvanger: 'Ontvanger',
  pakket: 'Overgedragen gegevens',
  bestandsnaam: 'Bestand',
  mime: 'Bestandstype',
  grootte: 'Grootte (bytes)',
  toegevoegdOp: 'Toegevoegd op',
  tijdstip: 'Tijdstip',
  actie: 'Handeling',
  rol: 'Rol',
  actor: 'Door',
  subject_type: 'Onderdeel',
  resultaat: 'Resultaat',
  plan: 'Plan van aanpak',
  doelen: 'Doelen',
  contactafspraken: 'Contactafspraken',
  met: 'Met',
  organisatieId: 'Organisatie (kenmerk)',
  afspraak: 'Afspraak',
  volgendeDatum: 'Volgende contact',
};

/** Coded values the reader would not understand as such. */
const CODES: Record<string, Record<string, string>> = {
  actie: {
    read: 'ingezien',
    search: 'in een lijst getoond',
    export: 'geëxporteerd',
    print: 'afgedrukt',
    create: 'aangemaakt',
    update: 'gewijzigd',
    delete: 'verwijderd',
    share: 'gedeeld',
  },
  rol: ROL_LABELS,
  resultaat: { toegestaan: 'toegestaan', geweigerd: 'geweigerd' },
};

const TIJDSTIP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** One value as text: dates in Dutch notation, lists joined, nested data (intake, scores, a package) as "sleutel: waarde". */
export function inzageWaarde(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (v instanceof Date) return pdfDatum(v, true);
  if (typeof v === 'string') return TIJDSTIP.test(v) ? pdfDatum(v, true) : DATUM.test(v) ? pdfDatum(v) : v;
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? v.map(inzageWaarde).join(', ') : '—';
  return Object.entries(v as Rij)
    .map(
      ([k, w]) =>
        `${LABELS[k] ?? k}: ${typeof w === 'object' && w !== null && !Array.isArray(w) ? `(${inzageWaarde(w)})` : inzageWaarde(w)}`,
    )
    .join('; ');
}

/** The renderer for the PDF worker thread (ExportDienst.pdf). */
export const INZAGE_PDF = pdfSjabloon<Rij>(__filename, 'renderInzagePdf');

/** The inzage bundle as a readable Dutch document for the young person: the same content as the JSON file. */
export function renderInzagePdf(bundel: Rij): Promise<Buffer> {
  return maakPdf('Inzage in uw gegevens bij het RMC', 'Inzageverzoek (AVG artikel 15)', (doc) => {
    const { kop, veld } = pdfStijl(doc);
    veld('Gemaakt op', inzageWaarde(bundel['gegenereerdOp']));
    doc
      .moveDown(0.3)
      .text(
        'Dit overzicht bevat alle gegevens die de regio (RMC) over u heeft vastgelegd, met wie ze zijn gedeeld en wie uw dossier heeft ingezien. ' +
          'Kloppen gegevens niet, of wilt u dat ze worden gewist? Neem dan contact op met uw consulent.',
      );
    kop('Uw persoonsgegevens');
    for (const [k, w] of Object.entries((bundel['persoon'] as Rij | undefined) ?? {})) veld(LABELS[k] ?? k, inzageWaarde(w));
    for (const [sleutel, titel, uitleg] of SECTIES) {
      const rijen = (bundel[sleutel] as Rij[] | undefined) ?? [];
      kop(`${titel} (${rijen.length})`);
      if (uitleg) doc.fillColor('#333333').text(uitleg).fillColor('#1a1a1a').moveDown(0.2);
      if (!rijen.length) doc.text('Niets vastgelegd.');
      rijen.forEach((rij, i) => {
        if (i) doc.moveDown(0.4);
        for (const [k, w] of Object.entries(rij))
          veld(LABELS[k] ?? k, typeof w === 'string' && CODES[k]?.[w] ? CODES[k][w] : inzageWaarde(w));
      });
    }
  });
}
