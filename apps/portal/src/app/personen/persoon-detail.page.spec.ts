import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PersoonDto } from '@rmc/shared-api-types';
import { SessieService } from '../core/sessie.service';
import { meAls, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { PersonenApi } from './personen.api';
import { PersoonDetailPage } from './persoon-detail.page';

describe('PersoonDetailPage (gemeente by name)', () => {
  it('shows the municipality by name with its code, not the bare code "GM0193"', async () => {
    const persoon: PersoonDto = { id: 'p1', voornaam: 'Sam', achternaam: 'Bos', gemeenteCode: 'GM0193' } as PersoonDto;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: PersonenApi,
          useValue: { haal: jest.fn().mockResolvedValue(persoon), tijdlijn: jest.fn().mockResolvedValue([]) },
        },
      ],
    });
    TestBed.inject(SessieService).me.set(meAls('regio-consulent'));
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PersoonDetailPage);
    fixture.componentRef.setInput('id', 'p1');
    await wachtOpScherm(fixture);
    const scherm = fixture.nativeElement as HTMLElement;
    // Before the list arrives the code is shown as it is.
    expect(tekst(scherm)).toContain('GemeenteGM0193');

    http.expectOne('/api/v1/gemeenten').flush([
      { code: 'GM0193', naam: 'Zwolle', regioId: 'r1' },
      { code: 'GM0153', naam: 'Enschede', regioId: 'r2' },
    ]);
    await wachtOpScherm(fixture);
    expect(tekst(scherm)).toContain('GemeenteZwolle (GM0193)');
    expect(tekst(scherm)).not.toContain('Gemeentecode');
    http.verify();
  });
});
