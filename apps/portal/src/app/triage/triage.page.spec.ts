import { HttpErrorResponse } from '@angular/common/http';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeldingDto, MeldingLijst } from '@rmc/shared-api-types';
import { knop, tabelRijen, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { MeldingenApi } from '../meldingen/meldingen.api';
import { TriagePage } from './triage.page';

const BIJSCHRIFT = 'Meldingen in de triage, nieuwste bovenaan';

function melding(id: string, extra: Partial<MeldingDto> = {}): MeldingDto {
  return {
    id,
    status: 'ontvangen',
    soort: 'aaneengesloten-4-weken',
    voornaam: 'Sam',
    achternaam: `Jansen ${id}`,
    vestigingNaam: 'ROC Test, locatie Noord',
    gemeldOp: '2026-03-02T09:00:00Z',
    oppakDeadline: '2026-03-09',
    teLaat: false,
    consulentNaam: null,
    ...extra,
  } as MeldingDto;
}

describe('TriagePage', () => {
  let fixture: ComponentFixture<TriagePage>;
  let lijst: jest.Mock<Promise<MeldingLijst>, Parameters<MeldingenApi['lijst']>>;

  const ROUTES = [{ path: 'triage', component: TriagePage }];

  /** The page at /triage, with the status filter in the URL as a shared link would have it. */
  async function open(status?: string): Promise<HTMLElement> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(status ? `/triage?status=${status}` : '/triage', TriagePage);
    fixture = harness.fixture as unknown as ComponentFixture<TriagePage>;
    await wachtOpScherm(fixture);
    return harness.routeNativeElement as HTMLElement;
  }

  beforeEach(() => {
    lijst = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideRouter(ROUTES), { provide: MeldingenApi, useValue: { lijst } }],
    });
  });

  it('shows the queue with student, kind, vestiging, deadline, status and consulent, and counts the late ones', async () => {
    lijst.mockResolvedValue({
      items: [
        melding('m1', { teLaat: true, zorgen: ['thuissituatie'], actieGewenst: true } as Partial<MeldingDto>),
        melding('m2', { status: 'in-behandeling', consulentNaam: 'Carla Consulent' }),
      ],
      total: 2,
      volgende: null,
    });
    const scherm = await open();

    expect(lijst).toHaveBeenCalledWith({ weergave: 'triage', volgorde: 'nieuwste' }, null);
    const rijen = tabelRijen(scherm, BIJSCHRIFT);
    expect(rijen).toHaveLength(2);
    expect(rijen[0]).toEqual([
      '02-03-2026',
      'Sam Jansen m1',
      '4 aaneengesloten schoolweken 1 zorg Actie gewenst',
      'ROC Test, locatie Noord',
      '09-03-2026 Te laat',
      'Ontvangen',
      'Niet toegewezen',
    ]);
    expect(rijen[1][5]).toBe('In behandeling');
    expect(rijen[1][6]).toBe('Carla Consulent');
    expect(scherm.querySelector('tbody tr')!.classList).toContain('rmc-rij--te-laat');
    expect(scherm.querySelector('a[href="/meldingen/m1"]')).not.toBeNull();
    expect(tekst(scherm)).toContain('2 meldingen, waarvan 1 te laat');
    expect(knop(scherm, 'Meer laden')).toBeUndefined();
    expect(tekst(scherm.querySelector('[role=status][aria-live=polite]'))).toBe('Alle 2 meldingen getoond.');
  });

  it('shows the empty state when nothing matches the filter', async () => {
    lijst.mockResolvedValue({ items: [], total: 0, volgende: null });
    const scherm = await open('afgesloten');

    expect(lijst).toHaveBeenCalledWith({ weergave: 'triage', status: 'afgesloten', volgorde: 'nieuwste' }, null);
    expect(tabelRijen(scherm, BIJSCHRIFT)).toEqual([
      ['Niets gevonden met deze filters. Pas de filters aan of kies “Filters wissen”.'],
    ]);
    expect(tekst(scherm)).toContain('0 meldingen met status “Afgesloten”');
    expect((scherm.querySelector('#triage-status') as HTMLSelectElement).value).toBe('afgesloten');
  });

  it('"Meer laden" fetches the next page with the cursor and appends its rows', async () => {
    lijst
      .mockResolvedValueOnce({ items: [melding('m1'), melding('m2')], total: 3, volgende: 'cursor-2' })
      .mockResolvedValueOnce({ items: [melding('m3')], total: 3, volgende: null });
    const scherm = await open();

    expect(tabelRijen(scherm, BIJSCHRIFT)).toHaveLength(2);
    expect(tekst(scherm)).toContain('3 meldingen');
    expect(tekst(scherm.querySelector('[role=status][aria-live=polite]'))).toBe('2 van 3 meldingen getoond.');
    knop(scherm, 'Meer laden')!.click();
    await wachtOpScherm(fixture);

    expect(lijst).toHaveBeenLastCalledWith({ weergave: 'triage', volgorde: 'nieuwste' }, 'cursor-2');
    expect(tabelRijen(scherm, BIJSCHRIFT).map((r) => r[1])).toEqual(['Sam Jansen m1', 'Sam Jansen m2', 'Sam Jansen m3']);
    expect(knop(scherm, 'Meer laden')).toBeUndefined();
    expect(tekst(scherm.querySelector('[role=status][aria-live=polite]'))).toBe('Alle 3 meldingen getoond.');
  });

  it('filtering puts the status in the URL', async () => {
    lijst.mockResolvedValue({ items: [], total: 0, volgende: null });
    const scherm = await open();
    const navigeer = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const select = scherm.querySelector('#triage-status') as HTMLSelectElement;
    select.value = 'ontvangen';
    select.dispatchEvent(new Event('change'));
    knop(scherm, 'Filteren')!.click();

    expect(navigeer).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: expect.objectContaining({ status: 'ontvangen' }) }),
    );
  });

  it('shows the API error, and a plain text when the endpoint is missing', async () => {
    lijst.mockRejectedValueOnce(new HttpErrorResponse({ status: 403, error: { status: 403, detail: 'Alleen voor de regio.' } }));
    let scherm = await open();
    expect(tekst(scherm.querySelector('rmc-alert'))).toContain('Alleen voor de regio.');
    expect(tabelRijen(scherm, BIJSCHRIFT)).toHaveLength(1);

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideRouter(ROUTES), { provide: MeldingenApi, useValue: { lijst } }] });
    lijst.mockRejectedValueOnce(new HttpErrorResponse({ status: 404 }));
    scherm = await open();
    expect(tekst(scherm.querySelector('rmc-alert'))).toContain('(niet beschikbaar op deze server)');
  });
});
