import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { MeldingCreate, MeldingDto, Paged } from '@rmc/shared-api-types';
import { SessieService } from '../core/sessie.service';
import { knop, meAls, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { MeldingenApi } from './meldingen.api';
import { MeldingNieuwPage } from './melding-nieuw.page';

describe('MeldingNieuwPage (form split into fieldset components)', () => {
  let fixture: ComponentFixture<MeldingNieuwPage>;
  let scherm: HTMLElement;
  let api: {
    instellingen: jest.Mock<Promise<unknown[]>, []>;
    lijst: jest.Mock<Promise<Paged<MeldingDto>>, unknown[]>;
    maak: jest.Mock<Promise<MeldingDto>, [MeldingCreate]>;
  };
  let navigeer: jest.SpyInstance;

  const veld = (id: string) => scherm.querySelector(`#melding-${id}`) as HTMLInputElement;
  function vul(id: string, waarde: string): void {
    const el = veld(id);
    el.value = waarde;
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
  }
  const foutoverzicht = () => [...scherm.querySelectorAll('.rmc-foutoverzicht li')].map(tekst);

  beforeEach(async () => {
    api = {
      instellingen: jest.fn().mockResolvedValue([]),
      lijst: jest.fn(),
      maak: jest.fn(),
    };
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: MeldingenApi, useValue: api }] });
    TestBed.inject(SessieService).me.set(meAls('school-verzuimcoordinator'));
    navigeer = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(MeldingNieuwPage);
    await wachtOpScherm(fixture);
    scherm = fixture.nativeElement as HTMLElement;
  });

  it('renders the four parts with the melder filled in and the own vestiging as leslocatie', () => {
    expect([...scherm.querySelectorAll('fieldset.rmc-groep > legend')].map(tekst)).toEqual([
      'Student',
      'Verzuim',
      'Zorgen en aanpak',
      'Melder',
    ]);
    expect(veld('melderNaam').value).toBe('Test school-verzuimcoordinator');
    expect(veld('melderEmail').value).toBe('school-verzuimcoordinator@example.org');
    expect(veld('leslocatieVestigingId').value).toBe('organisatie-1');
    expect(tekst((veld('leslocatieVestigingId') as unknown as HTMLSelectElement).selectedOptions[0])).toBe(
      'Organisatie Test – eigen vestiging',
    );
    expect(scherm.querySelectorAll('#melding-zorgen-startkwalificatie-in-gevaar')).toHaveLength(1);
  });

  it('an empty submit lists the missing fields in the order of the form and sends nothing', async () => {
    knop(scherm, 'Melding versturen')!.click();
    await wachtOpScherm(fixture);

    expect(api.maak).not.toHaveBeenCalled();
    expect(foutoverzicht()).toEqual([
      'Vul het BSN van de student in.',
      'Vul de voornaam van de student in.',
      'Vul de achternaam van de student in.',
      'Vul de geboortedatum van de student in.',
      'Vul de postcode van het woonadres in.',
      'Kies de soort melding.',
      'Vul de begindatum van het verzuim in.',
      'Kies de vermoedelijke soort verzuim.',
      'Vul de functie van de melder in.',
    ]);
    expect(veld('bsn').getAttribute('aria-invalid')).toBe('true');
  });

  it('choosing a soort shows its norm and makes its fields required', async () => {
    expect(scherm.querySelector('.rmc-norm h2')).toBeNull();
    vul('soort', 'aaneengesloten-4-weken');
    await wachtOpScherm(fixture);

    expect(tekst(scherm.querySelector('.rmc-norm h2'))).toBe('Norm voor “4 aaneengesloten schoolweken”');
    expect(tekst(scherm.querySelector('.rmc-norm dl'))).toContain('Minstens 20 verzuimdagen.');
    expect(veld('verzuimDagen').getAttribute('aria-required')).toBe('true');
    expect(tekst(scherm.querySelector('label[for="melding-telefoon"]'))).toContain('niet verplicht');
  });

  it('a complete melding is sent as the API request and opens its detail page', async () => {
    api.maak.mockResolvedValue({ id: 'nieuw-1', status: 'ontvangen', soort: 'aaneengesloten-4-weken', regioNaam: 'Noord' });
    vul('bsn', '111 222 333');
    vul('voornaam', ' Sam ');
    vul('achternaam', 'de Vries');
    vul('geboortedatum', '2008-05-17');
    vul('postcode', '8011ab');
    vul('soort', 'aaneengesloten-4-weken');
    vul('begindatum', '2026-01-05');
    vul('vermoedelijkeSoort', '1-maand-of-langer');
    vul('verzuimDagen', '22');
    vul('melderFunctie', 'Verzuimcoördinator');
    await wachtOpScherm(fixture);
    veld('allesGemist').click();
    (scherm.querySelector('#melding-zorgen-startkwalificatie-in-gevaar') as HTMLInputElement).click();
    knop(scherm, 'Melding versturen')!.click();
    await wachtOpScherm(fixture);

    expect(foutoverzicht()).toEqual([]);
    expect(api.maak).toHaveBeenCalledWith({
      soort: 'aaneengesloten-4-weken',
      leslocatieVestigingId: 'organisatie-1',
      bsn: '111222333',
      voornaam: 'Sam',
      achternaam: 'de Vries',
      geboortedatum: '2008-05-17',
      postcode: '8011AB',
      begindatum: '2026-01-05',
      vermoedelijkeSoort: '1-maand-of-langer',
      allesGemist: true,
      verzuimDagen: 22,
      zorgen: ['startkwalificatie-in-gevaar'],
      melderNaam: 'Test school-verzuimcoordinator',
      melderFunctie: 'Verzuimcoördinator',
      melderEmail: 'school-verzuimcoordinator@example.org',
    });
    expect(navigeer).toHaveBeenCalledWith(['/meldingen', 'nieuw-1'], {
      state: { melding: 'De melding is verstuurd naar RMC-regio Noord.' },
    });
  });

  it('a vervolgmelding loads the earlier meldingen page by page and offers them', async () => {
    api.lijst
      .mockResolvedValueOnce({
        items: [
          {
            id: 'oud-1',
            status: 'afgesloten',
            soort: 'zorgwekkend',
            gemeldOp: '2026-01-10T08:00:00Z',
            voornaam: 'Sam',
            achternaam: 'Bos',
          },
        ],
        total: null,
        volgende: 'p2',
      })
      .mockResolvedValueOnce({ items: [], total: null, volgende: null });
    expect(veld('vorigeMeldingId')).toBeNull();
    vul('soort', 'vervolgmelding');
    await wachtOpScherm(fixture, 6);

    expect(api.lijst).toHaveBeenNthCalledWith(1, {}, null, 100);
    expect(api.lijst).toHaveBeenNthCalledWith(2, {}, 'p2', 100);
    const opties = [...(veld('vorigeMeldingId') as unknown as HTMLSelectElement).options].map(tekst);
    expect(opties).toEqual(['Kies de eerdere melding', '10-01-2026 – Zorgwekkend verzuim – Sam Bos']);
  });
});
