import { maakPdf, pdfDatum, pdfSjabloon, pdfStijl } from '@rmc/server-pdf';
import { FASE_LABELS, LEEFGEBIED_LABELS, type Fase, type Leefgebied } from '@rmc/shared-domain';

/** The verslag as the service returns it for one reader (already cut to that reader's slice). */
export interface VerslagVoorPdf {
  titel: string;
  soort: string;
  start: string | Date;
  status: string;
  deelnemers: Array<{ naam: string; aanwezig: boolean | null }>;
  punten: Array<{
    vraag: string | null;
    notities: string | null;
    besluiten: string[];
    acties: Array<{ omschrijving: string; eigenaar: string | null; deadline: string | null; status: string }>;
    casus: {
      persoon?: { voornaam: string; achternaam: string };
      fase?: string;
      leefgebieden?: Array<{ datum: string; scores: Record<string, { score: number; notitie?: string } | undefined> }>;
    } | null;
    nietMeerGedeeld: boolean;
  }>;
}

const ACTIE_STATUS: Record<string, string> = { open: 'open', gedaan: 'gedaan', vervallen: 'vervallen' };

/** The renderer for the PDF worker thread (ExportDienst.pdf). */
export const VERSLAG_PDF = pdfSjabloon<VerslagVoorPdf>(__filename, 'renderVerslagPdf');

/**
 * A participant's verslag as a PDF: exactly what the reader may see (the service cut it to the reader's
 * slice before it gets here), no more. The file name carries no personal data.
 */
export function renderVerslagPdf(v: VerslagVoorPdf): Promise<Buffer> {
  return maakPdf(`Verslag: ${v.titel}`, `Verslag ${v.soort}`, (doc) => {
    const { kop, veld } = pdfStijl(doc);
    veld('Soort', v.soort);
    veld('Datum en tijd', pdfDatum(typeof v.start === 'string' ? v.start : v.start.toISOString(), true));
    veld('Status', v.status === 'vastgesteld' ? 'Vastgesteld' : 'Concept (alleen voor de voorzitter)');
    veld(
      'Aanwezig',
      v.deelnemers
        .filter((d) => d.aanwezig === true)
        .map((d) => d.naam)
        .join(', ') || 'Niet vastgelegd',
    );
    const afwezig = v.deelnemers
      .filter((d) => d.aanwezig === false)
      .map((d) => d.naam)
      .join(', ');
    if (afwezig) veld('Afwezig', afwezig);
    doc
      .moveDown(0.3)
      .fillColor('#333333')
      .text(
        'Dit verslag bevat alleen wat u mag zien: de casussen zoals ze met uw organisatie zijn gedeeld en de actiepunten die u aangaan.',
      )
      .fillColor('#1a1a1a');

    v.punten.forEach((p, i) => {
      const naam = p.casus?.persoon ? `: ${p.casus.persoon.voornaam} ${p.casus.persoon.achternaam}` : '';
      kop(`Agendapunt ${i + 1}${naam}`);
      if (!p.casus) {
        doc.text('Deze casus is niet meer met uw organisatie gedeeld. Daarom ziet u van dit agendapunt niets meer.');
      } else {
        veld('Vraag aan het overleg', p.vraag ?? '');
        if (p.casus.fase) veld('Fase', FASE_LABELS[p.casus.fase as Fase] ?? p.casus.fase);
        const scan = p.casus.leefgebieden?.at(-1);
        if (scan)
          for (const [domein, s] of Object.entries(scan.scores))
            if (s)
              veld(
                `${LEEFGEBIED_LABELS[domein as Leefgebied] ?? domein} (${pdfDatum(scan.datum)})`,
                `${s.score} van 5${s.notitie ? ` — ${s.notitie}` : ''}`,
              );
        veld('Notities', p.notities || 'Geen notities.');
      }
      kop('Besluiten', 12);
      if (!p.besluiten.length) doc.text('Geen besluiten.');
      p.besluiten.forEach((b, j) => doc.text(`${j + 1}. ${b}`));
      kop('Actiepunten', 12);
      if (!p.acties.length) doc.text('Geen actiepunten voor u.');
      for (const a of p.acties)
        doc.text(
          `• ${a.omschrijving} — ${a.eigenaar ?? 'RMC-consulent'}, deadline ${pdfDatum(a.deadline) || 'geen'} (${ACTIE_STATUS[a.status] ?? a.status})`,
        );
    });
  });
}
