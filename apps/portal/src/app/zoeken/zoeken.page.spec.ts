import { HttpErrorResponse } from '@angular/common/http';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ZoekAntwoord } from '@rmc/shared-api-types';
import { tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { ZoekenApi, ZoekVerzoek } from './zoeken.api';
import { ZoekenPage } from './zoeken.page';

const ANTWOORD: ZoekAntwoord = {
  groepen: [
    {
      soort: 'jongere',
      items: [{ id: 'p1', titel: 'Zoë Ünal', omschrijving: 'Geboren 09-03-2007', link: '/personen/p1' }],
      meer: false,
    },
    { soort: 'casus', items: [], meer: false },
  ],
};

describe('ZoekenPage', () => {
  let fixture: ComponentFixture<ZoekenPage>;
  let zoek: jest.Mock<Promise<ZoekAntwoord>, [string]>;

  beforeEach(() => {
    zoek = jest.fn().mockResolvedValue(ANTWOORD);
    history.replaceState({ zoekterm: '999990019' }, '');
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: ZoekenApi, useValue: { zoek } }] });
  });

  async function open(): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ZoekenPage);
    await wachtOpScherm(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  it('searches the term of the history entry and shows the groups under headings with links; the URL stays clean', async () => {
    const scherm = await open();
    expect(zoek).toHaveBeenCalledWith('999990019');
    expect([...scherm.querySelectorAll('h2')].map(tekst)).toEqual(['Jongeren (1)', 'Casussen (0)']);
    expect(scherm.querySelector('a[href="/personen/p1"]')?.textContent?.trim()).toBe('Zoë Ünal');
    expect(tekst(scherm)).toContain('Geen casussen gevonden.');
    expect(tekst(scherm.querySelector('[role="status"]'))).toBe('1 resultaat gevonden.');
    expect(location.href).not.toContain('999990019');
  });

  it('a search from the header while the page is open runs here and is kept in the history entry', async () => {
    await open();
    TestBed.inject(ZoekVerzoek).verzoek.set({ term: 'jansen' });
    await wachtOpScherm(fixture);
    expect(zoek).toHaveBeenLastCalledWith('jansen');
    expect((history.state as { zoekterm: string }).zoekterm).toBe('jansen');
  });

  it("shows the API's message for field q at the field", async () => {
    zoek.mockRejectedValue(
      new HttpErrorResponse({
        status: 400,
        error: { detail: 'q: …', errors: [{ field: 'q', message: 'Vul minstens 3 letters in.' }] },
      }),
    );
    const scherm = await open();
    expect(tekst(scherm.querySelector('#zoekterm-fout'))).toBe('Vul minstens 3 letters in.');
    expect(scherm.querySelector('#zoekterm')?.getAttribute('aria-describedby')).toBe('zoekterm-uitleg zoekterm-fout');
    expect(scherm.querySelectorAll('h2')).toHaveLength(0);
  });
});
