import type { VerzuimagendaDto } from '@rmc/shared-api-types';
import { VELD_LABELS, type AgendaStatus, type MeldingNorm } from '@rmc/shared-domain';
import { maakPdf, pdfDatum, pdfSjabloon, pdfStijl } from '@rmc/server-pdf';

const STATUS_LABELS: Record<AgendaStatus, string> = {
  concept: 'Concept',
  'ter-accordering': 'Ter accordering',
  vastgesteld: 'Vastgesteld',
  vervangen: 'Vervangen door een nieuwere versie',
};

const datum = (isoTijd: string | null) => pdfDatum(isoTijd);

export function agendaTitel(a: Pick<VerzuimagendaDto, 'instellingNaam' | 'schooljaar' | 'versie'>): string {
  return `Verzuimagenda ${a.instellingNaam} ${a.schooljaar} (versie ${a.versie})`;
}

/** A filename without personal data: instelling, school year and version only. */
export function agendaBestandsnaam(a: Pick<VerzuimagendaDto, 'instellingNaam' | 'schooljaar' | 'versie'>): string {
  const slug = a.instellingNaam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `verzuimagenda-${slug || 'instelling'}-${a.schooljaar}-v${a.versie}.pdf`;
}

function drempel(n: MeldingNorm): string {
  const delen = [
    n.minDagen !== undefined ? `minstens ${n.minDagen} verzuimdagen` : '',
    n.minUren !== undefined ? `minstens ${n.minUren} verzuimuren` : '',
  ].filter(Boolean);
  return delen.length ? delen.join(' en ') : 'geen drempel (melden zodra de situatie zich voordoet)';
}

const velden = (lijst: string[]) => (lijst.length ? lijst.map((v) => VELD_LABELS[v] ?? v).join(', ') : '—');

/** The renderer for the PDF worker thread (ExportDienst.pdf). */
export const AGENDA_PDF = pdfSjabloon<VerzuimagendaDto>(__filename, 'renderAgendaPdf');

/** The agenda as a readable Dutch document for the bestuurlijk overleg. */
export function renderAgendaPdf(a: VerzuimagendaDto): Promise<Buffer> {
  return maakPdf(agendaTitel(a), 'Verzuimagenda', (doc) => {
    const { kop, veld } = pdfStijl(doc);
    veld(
      'Status',
      a.status === 'vastgesteld' && a.vastgesteldOp
        ? `${STATUS_LABELS[a.status]} op ${datum(a.vastgesteldOp)}`
        : STATUS_LABELS[a.status],
    );
    veld('Geldig', a.geldig ? `ja, voor schooljaar ${a.schooljaar} (1 augustus – 31 juli)` : 'nee');
    veld('Laatst gewijzigd', datum(a.gewijzigdOp));
    veld('Afgedrukt', datum(new Date().toISOString()));

    kop('Partijen en akkoord');
    for (const p of a.partijen)
      doc.text(
        `• ${p.naam} (${p.soort === 'instelling' ? 'instelling' : 'regio'}): ${p.goedgekeurd ? `akkoord op ${datum(p.goedgekeurdOp)}${p.goedgekeurdDoor ? ` door ${p.goedgekeurdDoor}` : ''}` : 'nog geen akkoord'}`,
      );

    kop('Meldingen: normen en afspraken per soort');
    for (const n of a.inhoud.normen) {
      kop(n.label, 12);
      veld('Code', n.soort);
      veld('Drempel', drempel(n));
      veld('Aaneengesloten verzuim', n.aaneengesloten ? 'ja (hoogstens één melding per 7 kalenderdagen)' : 'nee');
      veld('Verplichte velden', velden(n.verplichteVelden));
      veld('Aanbevolen velden (kwaliteit)', velden(n.aanbevolenVelden));
      veld('Actie gewenst wanneer', n.actieGewenstWanneer);
      veld('Vooraf door de school', n.voorafDoorSchool);
      veld('Actie van de regio', n.actieRegio);
      veld('Oppaktermijn', `${n.oppakTermijnWerkdagen} werkdagen (weekenden en feestdagen tellen niet mee)`);
      veld('Terugkoppeling aan de school', n.terugkoppeling);
    }

    kop('Vaste contactpersonen per vestiging');
    if (!a.inhoud.contactpersonen.length) doc.text('Nog geen contactpersonen afgesproken.');
    const vestigingNaam = new Map(a.vestigingen.map((v) => [v.id, v.naam]));
    for (const c of a.inhoud.contactpersonen) {
      doc
        .font('Helvetica-Bold')
        .text(vestigingNaam.get(c.vestigingId) ?? 'Vestiging')
        .font('Helvetica');
      doc.text(`School: ${c.schoolContact || '—'}    Regio: ${c.regioContact || '—'}`).moveDown(0.3);
    }

    kop('Preventie');
    veld('Verzuimspreekuur', a.inhoud.preventie.verzuimspreekuur ? 'ja' : 'nee');
    veld('RMC aanwezig op locatie', a.inhoud.preventie.rmcOpLocatie);
    veld('Overige afspraken', a.inhoud.preventie.overig);

    kop('Startoverleg');
    doc.text(a.inhoud.startoverleg || '—');
  });
}
