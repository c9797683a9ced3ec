import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeldingDto } from '@rmc/shared-api-types';
import type { Rol } from '@rmc/shared-domain';
import { SessieService } from '../core/sessie.service';
import { meAls, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { MeldingenApi } from './meldingen.api';
import { MeldingDetailPage } from './melding-detail.page';

type Status = MeldingDto['status'];

/** The region's actions per status (ADR 0006, "Melding actions per status"), for the coördinator. */
const ACTIES: Record<Status, string[]> = {
  ontvangen: ['Aanvulling vragen', 'Toewijzen', 'Oordeel', 'Terugkoppeling aan school'],
  'aanvulling-gevraagd': ['Toewijzen', 'Oordeel'],
  'in-behandeling': ['Toewijzen', 'Terugkoppeling aan school'],
  afgesloten: ['Terugkoppeling aan school'],
  'ter-kennisneming': ['Terugkoppeling aan school'],
  'regio-niet-aangesloten': [],
};

describe('MeldingDetailPage (triage actions per role and status)', () => {
  let fixture: ComponentFixture<MeldingDetailPage>;
  let haal: jest.Mock<Promise<MeldingDto>, [string]>;

  async function open(rol: Rol, melding: Partial<MeldingDto>): Promise<HTMLElement> {
    haal.mockResolvedValue({
      id: 'm1',
      soort: 'zorgwekkend',
      voornaam: 'Sam',
      achternaam: 'Bos',
      status: 'ontvangen',
      oordeel: null,
      ...melding,
    } as MeldingDto);
    TestBed.inject(SessieService).me.set(meAls(rol));
    fixture = TestBed.createComponent(MeldingDetailPage);
    fixture.componentRef.setInput('id', 'm1');
    await wachtOpScherm(fixture);
    return fixture.nativeElement as HTMLElement;
  }
  const acties = (scherm: HTMLElement) => [...scherm.querySelectorAll('section[aria-labelledby="acties-kop"] h3')].map(tekst);

  beforeEach(() => {
    haal = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: MeldingenApi, useValue: { haal, consulenten: jest.fn().mockResolvedValue([]) } }],
    });
  });

  it.each(Object.entries(ACTIES) as [Status, string[]][])('coördinator, status %s: %j', async (status, verwacht) => {
    const scherm = await open('regio-coordinator', { status });

    expect(haal).toHaveBeenCalledWith('m1');
    expect(tekst(scherm.querySelector('h1'))).toBe('Melding Sam Bos');
    expect(acties(scherm)).toEqual(verwacht);
    expect(tekst(scherm)).toContain('Terug naar de triage');
    if (!verwacht.length) expect(tekst(scherm)).toContain('Bij deze status zijn er geen acties.');
  });

  it('a consulent may not assign, and an oordeel is offered only while there is none', async () => {
    let scherm = await open('regio-consulent', { status: 'ontvangen' });
    expect(acties(scherm)).toEqual(['Aanvulling vragen', 'Oordeel', 'Terugkoppeling aan school']);

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: MeldingenApi, useValue: { haal, consulenten: jest.fn().mockResolvedValue([]) } }],
    });
    scherm = await open('regio-coordinator', { status: 'aanvulling-gevraagd', oordeel: 'geen-actie', consulentId: 'g1' });
    expect(acties(scherm)).toEqual(['Andere consulent toewijzen']);
  });

  it('the school sees no region actions and a way back to its own list', async () => {
    const scherm = await open('school-verzuimcoordinator', { status: 'ontvangen' });

    expect(scherm.querySelector('#acties-kop')).toBeNull();
    expect(tekst(scherm)).toContain('Terug naar de meldingen');
    expect(tekst(scherm)).toContain('Het RMC heeft nog niet teruggekoppeld.');
  });

  it('never names a field marked "(niet verplicht)" in the form as missing', async () => {
    let scherm = await open('regio-coordinator', {
      status: 'ontvangen',
      volledig: false,
      ontbrekend: ['melderEmail', 'doorSchoolOndernomen', 'einddatum'],
    });
    expect(tekst(scherm)).toContain('Onvolledig: ontbreekt Door school ondernomen actie');
    expect(tekst(scherm)).not.toContain('E-mailadres melder');
    expect(tekst(scherm)).not.toContain('Einddatum verzuim');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: MeldingenApi, useValue: { haal, consulenten: jest.fn().mockResolvedValue([]) } }],
    });
    scherm = await open('regio-coordinator', { status: 'ontvangen', volledig: false, ontbrekend: ['melderTelefoon'] });
    expect(tekst(scherm)).not.toContain('Onvolledig');
    expect(tekst(scherm)).not.toContain('Telefoon melder');
  });

  it('shows the urgency with its level and scale, never a bare number', async () => {
    const scherm = await open('regio-coordinator', { status: 'ontvangen', urgentie: 25 });
    expect(tekst(scherm)).toContain('UrgentieMiddel (25 van 173 punten)');
  });
});
