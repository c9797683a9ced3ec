import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OverzichtResponse } from '@rmc/shared-api-types';
import type { Rol } from '@rmc/shared-domain';
import { meAls, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { SessieService } from '../core/sessie.service';
import { OverlegApi } from '../overleg/overleg.api';
import { OverzichtApi } from './overzicht.api';
import { OverzichtPage } from './overzicht.page';

describe('OverzichtPage: the day’s work', () => {
  let tellingen: jest.Mock<Promise<OverzichtResponse>>;

  async function open(rol: Rol): Promise<HTMLElement> {
    TestBed.inject(SessieService).me.set(meAls(rol));
    const fixture = TestBed.createComponent(OverzichtPage);
    await wachtOpScherm(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  const kaarten = (root: HTMLElement) =>
    [...root.querySelectorAll('.rmc-werk__item')].map((li) => ({
      tekst: tekst(li.querySelector('a')),
      href: li.querySelector('a')?.getAttribute('href'),
      aandacht: !!li.querySelector('.rmc-werk__let-op'),
    }));

  beforeEach(() => {
    tellingen = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: OverzichtApi, useValue: { tellingen } },
        { provide: OverlegApi, useValue: { mijnActies: jest.fn().mockResolvedValue({ items: [], total: 0, volgende: null }) } },
      ],
    });
  });

  it('consulent: each count links to its filtered list, 99+ above 99, late work says so in words', async () => {
    tellingen.mockResolvedValue({
      tellingen: [
        { sleutel: 'triageNieuw', aantal: 4, meer: false },
        { sleutel: 'triageTeLaat', aantal: 99, meer: true },
        { sleutel: 'mijnActiesTeLaat', aantal: 0, meer: false },
        { sleutel: 'zonderContact', aantal: 2, meer: false, dagen: 30 },
      ],
    });
    const root = await open('regio-consulent');
    expect(kaarten(root)).toEqual([
      { tekst: '4 Nieuwe meldingen in de triage', href: '/triage?status=ontvangen', aandacht: false },
      { tekst: '99+ Meldingen over de oppaktermijn', href: '/triage?status=ontvangen&volgorde=oudste', aandacht: true },
      { tekst: '0 Mijn acties over tijd', href: '/acties?teLaat=ja', aandacht: false },
      { tekst: '2 Mijn casussen zonder contact in 30 dagen', href: '/casussen?geenContactDagen=30', aandacht: true },
    ]);
  });

  it('a count whose list the role may not open is not shown; a failed call says so', async () => {
    tellingen.mockResolvedValue({ tellingen: [{ sleutel: 'triageNieuw', aantal: 1, meer: false }] });
    expect(kaarten(await open('wi-klantmanager'))).toEqual([]);
    tellingen.mockRejectedValue(new Error('503'));
    expect(tekst(await open('school-verzuimcoordinator'))).toContain('De tellingen van vandaag konden niet worden geladen');
  });
});
