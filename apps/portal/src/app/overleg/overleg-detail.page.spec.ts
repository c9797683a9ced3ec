import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OverlegDto } from '@rmc/shared-api-types';
import { ConfirmDialogComponent, type Bevestigingsvraag } from '@rmc/portal-ui';
import { CasusApi } from '../casus/casus.api';
import { OrganisatiesApi } from '../beheer/organisaties.api';
import { SessieService } from '../core/sessie.service';
import { knop, meAls, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { OverlegApi } from './overleg.api';
import { OverlegDetailPage } from './overleg-detail.page';

const OVERLEG: OverlegDto = {
  id: 'o1',
  reeksId: null,
  soort: 'MDO',
  titel: 'Wijkteam Zuid',
  start: '2027-01-12T13:00:00Z',
  plaats: null,
  onlineLink: null,
  voorzitterId: 'g0',
  voorzitter: 'Voorzitter',
  deelnemerOrganisaties: ['org-wi', 'org-team', 'org-lp'],
  status: 'gepland',
  isVoorzitter: true,
  organisaties: [
    { id: 'org-wi', naam: 'Wijkteam Zuid', soort: 'wijkteam' },
    { id: 'org-team', naam: 'RMC-team', soort: 'regio-team' },
    { id: 'org-lp', naam: 'Leerplicht', soort: 'leerplicht' },
  ],
  deelnemers: [
    { gebruikerId: 'g0', naam: 'Voorzitter', aanwezig: null },
    { gebruikerId: 'g1', naam: 'Wim Wijk', aanwezig: null },
  ],
  agenda: [],
  meegenomenActies: [],
} as unknown as OverlegDto;

describe('OverlegDetailPage (agenda cases and fixing the verslag)', () => {
  let fixture: ComponentFixture<OverlegDetailPage>;
  let scherm: HTMLElement;
  let casusLijst: jest.Mock;
  let stelVast: jest.Mock;
  let vragen: Bevestigingsvraag[];

  async function open(overleg: OverlegDto): Promise<void> {
    casusLijst = jest.fn().mockResolvedValue([{ id: 'c1', fase: 'analyseren', voornaam: 'Sam', achternaam: 'Bos' }]);
    stelVast = jest.fn().mockResolvedValue({ ...overleg, status: 'vastgesteld' });
    vragen = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: OverlegApi,
          useValue: { haal: jest.fn().mockResolvedValue(overleg), luister: () => () => undefined, stelVast },
        },
        { provide: OrganisatiesApi, useValue: { lijst: jest.fn().mockResolvedValue([]) } },
        { provide: CasusApi, useValue: { lijst: casusLijst } },
      ],
    });
    jest.spyOn(ConfirmDialogComponent.prototype, 'vraag').mockImplementation(async (v) => {
      vragen.push(v);
      return false;
    });
    TestBed.inject(SessieService).me.set(meAls('regio-coordinator'));
    fixture = TestBed.createComponent(OverlegDetailPage);
    fixture.componentRef.setInput('id', 'o1');
    await wachtOpScherm(fixture, 6);
    scherm = fixture.nativeElement as HTMLElement;
  }

  afterEach(() => jest.restoreAllMocks());

  it('"Casus toevoegen" asks the server only for cases shared with every organisation that needs a share', async () => {
    await open(OVERLEG);
    expect(casusLijst).toHaveBeenCalledWith(['org-wi']);
    expect(tekst(scherm.querySelector('#agenda-casus-hint, [id^="agenda-casus"][id$="hint"]'))).toContain(
      'U ziet alleen casussen die met elke deelnemende organisatie gedeeld zijn',
    );
    const opties = [...(scherm.querySelector('#agenda-casus') as HTMLSelectElement).options].map(tekst);
    expect(opties).toEqual(['Kies een casus', expect.stringContaining('Sam Bos')]);
  });

  it('fixing the verslag without attendance warns on the page and in the dialog, and sends nothing when cancelled', async () => {
    await open(OVERLEG);
    expect(tekst(scherm)).toContain(
      'De aanwezigheid is nog niet vastgelegd. Leg de aanwezigheid vast voordat u het verslag vaststelt.',
    );

    knop(scherm, 'Verslag vaststellen')!.click();
    await wachtOpScherm(fixture);
    expect(vragen).toHaveLength(1);
    expect(vragen[0].titel).toBe('Verslag vaststellen zonder aanwezigheid?');
    expect(vragen[0].tekst).toMatch(/^Let op: de aanwezigheid is nog niet vastgelegd\./);
    expect(vragen[0].bevestigLabel).toBe('Toch vaststellen');
    expect(stelVast).not.toHaveBeenCalled();
  });

  it('names the participants still without attendance; with all recorded the dialog is the plain one', async () => {
    await open({
      ...OVERLEG,
      deelnemers: [
        { gebruikerId: 'g0', naam: 'Voorzitter', aanwezig: true },
        { gebruikerId: 'g1', naam: 'Wim Wijk', aanwezig: null },
      ],
    });
    expect(tekst(scherm)).toContain('Van 1 van de 2 deelnemers is de aanwezigheid nog niet vastgelegd: Wim Wijk.');

    TestBed.resetTestingModule();
    jest.restoreAllMocks();
    await open({
      ...OVERLEG,
      deelnemers: [
        { gebruikerId: 'g0', naam: 'Voorzitter', aanwezig: true },
        { gebruikerId: 'g1', naam: 'Wim Wijk', aanwezig: false },
      ],
    });
    expect(tekst(scherm)).not.toContain('nog niet vastgelegd');
    knop(scherm, 'Verslag vaststellen')!.click();
    await wachtOpScherm(fixture);
    expect(vragen[0].titel).toBe('Verslag vaststellen?');
    expect(vragen[0].bevestigLabel).toBe('Vaststellen');
  });
});
