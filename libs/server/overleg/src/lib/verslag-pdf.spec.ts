import { renderVerslagPdf } from './verslag-pdf';

describe('verslag PDF', () => {
  it('renders a participant’s verslag, an item no longer shared included, as a PDF', async () => {
    const pdf = await renderVerslagPdf({
      titel: 'MDO Zwolle-Zuid',
      soort: 'MDO',
      start: '2026-11-23T09:30:00.000Z',
      status: 'vastgesteld',
      deelnemers: [
        { naam: 'Consulent', aanwezig: true },
        { naam: 'Klantmanager', aanwezig: false },
      ],
      punten: [
        {
          vraag: 'Welke route naar werk?',
          notities: 'Besproken.',
          besluiten: ['W&I start een traject.'],
          acties: [{ omschrijving: 'Intake', eigenaar: 'Werk & Inkomen', deadline: '2026-12-01', status: 'open' }],
          casus: {
            persoon: { voornaam: 'Sam', achternaam: 'de Vries' },
            fase: 'plannen',
            leefgebieden: [{ datum: '2026-11-20', scores: { 'werk-en-opleiding': { score: 2, notitie: 'Geen werk.' } } }],
          },
          nietMeerGedeeld: false,
        },
        { vraag: null, notities: null, besluiten: [], acties: [], casus: null, nietMeerGedeeld: true },
      ],
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
