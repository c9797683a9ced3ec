import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CasusDto } from '@rmc/shared-api-types';
import type { Rol } from '@rmc/shared-domain';
import { OrganisatiesApi } from '../beheer/organisaties.api';
import { SessieService } from '../core/sessie.service';
import { knop, meAls, tabelRijen, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { CasusApi } from './casus.api';
import { CasusDetailPage } from './casus-detail.page';

/** A case as the region sees it: every section present. */
const REGIO_CASUS: CasusDto = {
  id: 'k1',
  fase: 'plannen',
  doelgroep: 'nieuw-vsv',
  bron: 'melding',
  persoon: { id: 'p1', voornaam: 'Noor', achternaam: 'de Vries', geboortedatum: '2008-05-17' },
  contact: { telefoon: '0612345678', email: null, postcode: '3511AA' },
  consulentNaam: 'Carla Consulent',
  regie: { procesregie: null, casusregie: null },
  oordeelSignalering: null,
  intake: null,
  big5: null,
  leefgebieden: [],
  acties: [],
  // Oldest first, as the API sends them; the page shows the newest on top.
  contactmomenten: [
    { datum: '2026-02-18', vorm: 'brief', uitkomst: 'brief-achtergelaten', notitie: null },
    { datum: '2026-02-20', vorm: 'telefoon', uitkomst: 'contact', notitie: 'Afspraak gemaakt' },
  ],
  volgendeStap: null,
  delingen: [],
  notities: [{ tekst: 'Klantmanager gesproken', op: '2026-02-21T10:00:00Z', organisatie: 'W&I Test' }],
  verzuim: [],
  tijdlijn: [],
  stappen: [
    { naar: 'handelen', toegestaan: true },
    { naar: 'afgesloten', toegestaan: false, reden: 'Eerst een evaluatie.' },
  ],
} as CasusDto;

/** The same case as a partner receives it with only the basis and contact sections shared. */
const PARTNER_CASUS: CasusDto = {
  id: 'k1',
  fase: 'plannen',
  doelgroep: 'nieuw-vsv',
  persoon: REGIO_CASUS.persoon,
  contactmomenten: REGIO_CASUS.contactmomenten,
  mijnActies: [],
  notities: [],
};

describe('CasusDetailPage (case detail tabs)', () => {
  let fixture: ComponentFixture<CasusDetailPage>;
  let haal: jest.Mock<Promise<CasusDto>, [string]>;

  async function open(rol: Rol, onderdeel?: string): Promise<HTMLElement> {
    TestBed.inject(SessieService).me.set(meAls(rol));
    fixture = TestBed.createComponent(CasusDetailPage);
    fixture.componentRef.setInput('id', 'k1');
    if (onderdeel) fixture.componentRef.setInput('onderdeel', onderdeel);
    await wachtOpScherm(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  const tabs = (scherm: HTMLElement) => [...scherm.querySelectorAll('nav[aria-label="Onderdelen van de casus"] a')].map(tekst);
  const actieveTab = (scherm: HTMLElement) => tekst(scherm.querySelector('nav a[aria-current="page"]'));

  beforeEach(() => {
    haal = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: CasusApi, useValue: { haal } },
        { provide: OrganisatiesApi, useValue: { lijst: jest.fn().mockResolvedValue([]) } },
      ],
    });
  });

  it('region: every part the API returned is a tab; the overview shows the data and the allowed steps', async () => {
    haal.mockResolvedValue(REGIO_CASUS);
    const scherm = await open('regio-consulent');

    expect(haal).toHaveBeenCalledWith('k1');
    expect(tekst(scherm.querySelector('h1'))).toBe('Casus Noor de Vries');
    expect(tabs(scherm)).toEqual([
      'Overzicht',
      'Signalering',
      'Intake',
      'Leefgebieden',
      'Plan',
      'Contact',
      'Delen',
      'Notities van partners',
      'Verzuim',
      'Tijdlijn',
    ]);
    expect(actieveTab(scherm)).toBe('Overzicht');
    const gegevens = [...scherm.querySelectorAll('.rmc-gegevens dt')].map(
      (dt) => `${tekst(dt)}: ${tekst(dt.nextElementSibling)}`,
    );
    expect(gegevens).toEqual(
      expect.arrayContaining(['Naam: Noor de Vries', 'Geboortedatum: 17-05-2008', 'E-mailadres: Onbekend', 'Fase: Plannen']),
    );
    expect(gegevens).toContain('Procesregie: Nog niet vastgelegd');
    expect(knop(scherm, 'Naar Handelen')).toBeDefined();
    expect(tekst(scherm.querySelector('.rmc-stappen'))).toBe('Naar Afgesloten: Eerst een evaluatie.');
    expect(tekst(scherm)).toContain('Terug naar de caseload');
    expect(tekst(scherm)).not.toContain('U ziet alleen de onderdelen die het RMC met uw organisatie heeft gedeeld.');
  });

  it('switching to the Contact tab shows the contact log and the form, and marks the tab current', async () => {
    haal.mockResolvedValue(REGIO_CASUS);
    const scherm = await open('regio-consulent');
    expect(scherm.querySelector('#contact-kop')).toBeNull();

    fixture.componentRef.setInput('onderdeel', 'contact');
    await wachtOpScherm(fixture);

    expect(actieveTab(scherm)).toBe('Contact');
    expect(scherm.querySelector('#gegevens-kop')).toBeNull();
    expect(tabelRijen(scherm, 'Contactmomenten, nieuwste bovenaan')).toEqual([
      ['20-02-2026', 'Telefoon', 'Contact', 'Afspraak gemaakt'],
      ['18-02-2026', 'Brief', 'Brief achtergelaten', '—'],
    ]);
    expect(tekst(scherm.querySelector('#contact-nieuw-kop'))).toBe('Contactmoment vastleggen');
    // The tab links carry the part in the query string (bookmarkable); the overview has none.
    const links = [...scherm.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('/');
    expect(links).toContain('/?onderdeel=contact');
  });

  it('an unknown or hidden part falls back to the overview', async () => {
    haal.mockResolvedValue(PARTNER_CASUS);
    const scherm = await open('wi-klantmanager', 'tijdlijn');

    expect(actieveTab(scherm)).toBe('Overzicht');
    expect(scherm.querySelector('#gegevens-kop')).not.toBeNull();
  });

  it('partner: only its shared parts, its own notes and actions, read-only contact and no steps', async () => {
    haal.mockResolvedValue(PARTNER_CASUS);
    const scherm = await open('wi-klantmanager');

    expect(tabs(scherm)).toEqual(['Overzicht', 'Mijn acties', 'Contact', 'Notities']);
    expect(tekst(scherm)).toContain('U ziet alleen de onderdelen die het RMC met uw organisatie heeft gedeeld.');
    expect(tekst(scherm)).toContain('Terug naar de gedeelde casussen');
    expect(knop(scherm, 'Naar Handelen')).toBeUndefined();

    fixture.componentRef.setInput('onderdeel', 'contact');
    await wachtOpScherm(fixture);
    expect(tabelRijen(scherm, 'Contactmomenten, nieuwste bovenaan')).toHaveLength(2);
    expect(scherm.querySelector('#contact-nieuw-kop')).toBeNull();

    fixture.componentRef.setInput('onderdeel', 'notities');
    await wachtOpScherm(fixture);
    expect(tekst(scherm.querySelector('#notities-kop'))).toBe('Notities voor het RMC');
    expect(tekst(scherm)).toContain('Er zijn nog geen notities.');
    expect(tekst(scherm.querySelector('#notitie-nieuw-kop'))).toBe('Notitie toevoegen');
  });

  it('region reads the partners’ notes without a form', async () => {
    haal.mockResolvedValue(REGIO_CASUS);
    const scherm = await open('regio-consulent', 'notities');

    expect(tekst(scherm.querySelector('#notities-kop'))).toBe('Notities van partners');
    expect(tekst(scherm.querySelector('.rmc-tijdlijn'))).toContain('Klantmanager gesproken');
    expect(scherm.querySelector('#notitie-nieuw-kop')).toBeNull();
  });

  it('404: "Casus niet gevonden" with the explanation, no tabs', async () => {
    haal.mockRejectedValue(new HttpErrorResponse({ status: 404, error: { status: 404, detail: 'Niet gevonden' } }));
    const scherm = await open('wi-klantmanager');

    expect(tekst(scherm.querySelector('h1'))).toBe('Casus niet gevonden');
    expect(tekst(scherm.querySelector('rmc-alert'))).toContain('is de deling met uw organisatie beëindigd');
    expect(scherm.querySelector('nav[aria-label="Onderdelen van de casus"]')).toBeNull();
  });
});
