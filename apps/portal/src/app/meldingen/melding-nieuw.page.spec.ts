import { HttpErrorResponse } from '@angular/common/http';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { MeldingCreate, MeldingDto, Paged } from '@rmc/shared-api-types';
import { SessieService } from '../core/sessie.service';
import { knop, meAls, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { MeldingenApi } from './meldingen.api';
import { MeldingNieuwPage, VOLLEDIGHEID_WACHTTIJD_MS } from './melding-nieuw.page';

describe('MeldingNieuwPage (the form in steps, with completeness and a summary)', () => {
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
  const stapKop = () => tekst(scherm.querySelector('h2.rmc-stapkop'));
  const legenda = () => [...scherm.querySelectorAll('fieldset.rmc-groep > legend')].map(tekst);
  async function volgende(): Promise<void> {
    knop(scherm, 'Volgende')!.click();
    await wachtOpScherm(fixture);
  }
  async function vulStudent(): Promise<void> {
    vul('bsn', '111 222 333');
    vul('voornaam', ' Sam ');
    vul('achternaam', 'de Vries');
    vul('geboortedatum', '2008-05-17');
    vul('postcode', '8011ab');
    await volgende();
  }
  async function vulVerzuim(): Promise<void> {
    vul('soort', 'aaneengesloten-4-weken');
    await wachtOpScherm(fixture);
    vul('begindatum', '2026-01-05');
    vul('vermoedelijkeSoort', '1-maand-of-langer');
    vul('verzuimDagen', '22');
    veld('allesGemist').click();
    await volgende();
  }

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

  it('shows one step at a time with a step indicator, the step heading and Vorige/Volgende', async () => {
    expect(legenda()).toEqual(['Student']);
    expect(stapKop()).toBe('Stap 1 van 5: Student');
    const stappen = [...scherm.querySelectorAll('.rmc-stapindicator li')];
    expect(stappen.map((li) => tekst(li))).toEqual([
      '1 Student',
      '2 Verzuim',
      '3 Zorgen en aanpak',
      '4 Melder',
      '5 Controleren en versturen',
    ]);
    expect(stappen.map((li) => li.getAttribute('aria-current'))).toEqual(['step', null, null, null, null]);
    expect(knop(scherm, 'Vorige')).toBeUndefined();
    expect(knop(scherm, 'Melding versturen')).toBeUndefined();

    await vulStudent();
    expect(legenda()).toEqual(['Verzuim']);
    expect(stapKop()).toBe('Stap 2 van 5: Verzuim');
    expect(document.activeElement).toBe(scherm.querySelector('h2.rmc-stapkop'));
    expect(scherm.querySelector('.rmc-stapindicator li[aria-current="step"]')?.textContent).toContain('Verzuim');
    expect(tekst(scherm.querySelector('.rmc-stapindicator li'))).toBe('1 Student (gedaan)');
    expect(veld('leslocatieVestigingId').value).toBe('organisatie-1');
    expect(tekst((veld('leslocatieVestigingId') as unknown as HTMLSelectElement).selectedOptions[0])).toBe(
      'Organisatie Test – eigen vestiging',
    );

    knop(scherm, 'Vorige')!.click();
    await wachtOpScherm(fixture);
    expect(stapKop()).toBe('Stap 1 van 5: Student');
    expect(veld('voornaam').value).toBe(' Sam ');
    expect(document.activeElement).toBe(scherm.querySelector('h2.rmc-stapkop'));
  });

  it('"Volgende" checks only the fields of the step, in the order of the form, and stays on it', async () => {
    await volgende();

    expect(api.maak).not.toHaveBeenCalled();
    expect(stapKop()).toBe('Stap 1 van 5: Student');
    expect(foutoverzicht()).toEqual([
      'Vul het BSN van de student in.',
      'Vul de voornaam van de student in.',
      'Vul de achternaam van de student in.',
      'Vul de geboortedatum van de student in.',
      'Vul de postcode van het woonadres in.',
    ]);
    expect(veld('bsn').getAttribute('aria-invalid')).toBe('true');

    await vulStudent();
    await volgende();
    expect(stapKop()).toBe('Stap 2 van 5: Verzuim');
    expect(foutoverzicht()).toEqual([
      'Kies de soort melding.',
      'Vul de begindatum van het verzuim in.',
      'Kies de vermoedelijke soort verzuim.',
    ]);
  });

  it('shows completeness in a polite live region that changes only once typing pauses', async () => {
    const regel = scherm.querySelector('[data-testid="volledigheid"]')!;
    expect(regel.getAttribute('aria-live')).toBe('polite');
    expect(tekst(regel)).toBe('Verplicht: 1 van 11 ingevuld. Aanbevolen voor een volledige melding: 0 van 9 ingevuld.');
    expect(tekst(scherm.querySelector('.rmc-volledigheid'))).toContain(
      'Nog leeg in deze stap: BSN, Voornaam, Achternaam, Geboortedatum, Postcode, Telefoon student/ouder (aanbevolen).',
    );

    vul('bsn', '1');
    vul('bsn', '11');
    vul('voornaam', 'S');
    await wachtOpScherm(fixture);
    expect(tekst(regel)).toContain('Verplicht: 1 van 11 ingevuld.');

    await new Promise((r) => setTimeout(r, VOLLEDIGHEID_WACHTTIJD_MS + 50));
    await wachtOpScherm(fixture);
    expect(tekst(regel)).toBe('Verplicht: 4 van 11 ingevuld. Aanbevolen voor een volledige melding: 0 van 9 ingevuld.');
    // BSN, voornaam, melder and the own leslocatie (set on start). Optional fields ("(niet verplicht)") are counted nowhere.
    expect(tekst(scherm.querySelector('label[for="melding-afwijkendVerblijfadres"]'))).toContain('(niet verplicht)');
    expect(tekst(scherm.querySelector('.rmc-volledigheid'))).not.toContain('Afwijkend verblijfadres');
  });

  it('recommended fields are not marked "(niet verplicht)"; only the truly optional ones are', async () => {
    expect(tekst(scherm.querySelector('label[for="melding-telefoon"]'))).not.toContain('niet verplicht');
    expect(tekst(scherm.querySelector('#melding-telefoon-hint, [id^="melding-telefoon"][id$="hint"]'))).toContain('Aanbevolen');
    expect(tekst(scherm.querySelector('label[for="melding-afwijkendVerblijfadres"]'))).toContain('(niet verplicht)');
  });

  it('choosing a soort shows its norm and makes its fields required', async () => {
    await vulStudent();
    expect(scherm.querySelector('.rmc-norm h3')).toBeNull();
    vul('soort', 'aaneengesloten-4-weken');
    await wachtOpScherm(fixture);

    expect(tekst(scherm.querySelector('.rmc-norm h3'))).toBe('Norm voor “4 aaneengesloten schoolweken”');
    expect(tekst(scherm.querySelector('.rmc-norm dl'))).toContain('Minstens 20 verzuimdagen.');
    expect(veld('verzuimDagen').getAttribute('aria-required')).toBe('true');
    expect(tekst(scherm.querySelector('label[for="melding-einddatum"]'))).toContain('niet verplicht');
    expect(tekst(scherm.querySelector('label[for="melding-verzuimUren"]'))).not.toContain('niet verplicht');
  });

  it('a complete melding is sent as the API request and opens its detail page', async () => {
    api.maak.mockResolvedValue({ id: 'nieuw-1', status: 'ontvangen', soort: 'aaneengesloten-4-weken', regioNaam: 'Noord' });
    await vulStudent();
    await vulVerzuim();
    expect(stapKop()).toBe('Stap 3 van 5: Zorgen en aanpak');
    (scherm.querySelector('#melding-zorgen-startkwalificatie-in-gevaar') as HTMLInputElement).click();
    await volgende();
    expect(stapKop()).toBe('Stap 4 van 5: Melder');
    expect(veld('melderNaam').value).toBe('Test school-verzuimcoordinator');
    expect(veld('melderEmail').value).toBe('school-verzuimcoordinator@example.org');
    await volgende();
    expect(foutoverzicht()).toEqual(['Vul de functie van de melder in.']);
    vul('melderFunctie', 'Verzuimcoördinator');
    await volgende();

    expect(stapKop()).toBe('Stap 5 van 5: Controleren en versturen');
    expect(api.maak).not.toHaveBeenCalled();
    const samenvatting = [...scherm.querySelectorAll('.rmc-samenvatting')];
    expect(samenvatting.map((s) => tekst(s.querySelector('h3')))).toEqual(['Student', 'Verzuim', 'Zorgen en aanpak', 'Melder']);
    const verzuim = tekst(samenvatting[1]);
    expect(verzuim).toContain('Soort melding4 aaneengesloten schoolweken');
    expect(verzuim).toContain('LeslocatieOrganisatie Test');
    expect(verzuim).toContain('Begindatum verzuim05-01-2026');
    expect(verzuim).toContain('Alle lessen gemistJa');
    expect(verzuim).toContain('Einddatum verzuimNiet ingevuld');
    expect(tekst(samenvatting[2])).toContain('Zorgen van de schoolStartkwalificatie in gevaar');

    knop(scherm, 'Student wijzigen')!.click();
    await wachtOpScherm(fixture);
    expect(stapKop()).toBe('Stap 1 van 5: Student');
    for (let i = 0; i < 4; i++) await volgende();
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
    await vulStudent();
    expect(veld('vorigeMeldingId')).toBeNull();
    vul('soort', 'vervolgmelding');
    await wachtOpScherm(fixture, 6);

    expect(api.lijst).toHaveBeenNthCalledWith(1, {}, null, 100);
    expect(api.lijst).toHaveBeenNthCalledWith(2, {}, 'p2', 100);
    const opties = [...(veld('vorigeMeldingId') as unknown as HTMLSelectElement).options].map(tekst);
    expect(opties).toEqual(['Kies de eerdere melding', '10-01-2026 – Zorgwekkend verzuim – Sam Bos']);
  });

  it('an error from the API on a field of an earlier step shows that step with the error', async () => {
    api.maak.mockRejectedValue(
      new HttpErrorResponse({
        status: 400,
        error: { status: 400, title: 'Ongeldig', errors: [{ field: 'postcode', message: 'Deze postcode bestaat niet.' }] },
      }),
    );
    await vulStudent();
    await vulVerzuim();
    await volgende();
    vul('melderFunctie', 'Mentor');
    await volgende();
    knop(scherm, 'Melding versturen')!.click();
    await wachtOpScherm(fixture);

    expect(stapKop()).toBe('Stap 1 van 5: Student');
    expect(foutoverzicht()).toEqual(['Deze postcode bestaat niet.']);
    expect(veld('postcode').getAttribute('aria-invalid')).toBe('true');
  });
});
