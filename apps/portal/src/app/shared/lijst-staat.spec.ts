import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, convertToParamMap, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Paged } from '@rmc/shared-api-types';
import {
  aantalTekst,
  leesLijstParams,
  lijstStaat,
  naarQueryParams,
  urlLijst,
  type LijstVelden,
  type LijstWaarden,
} from './lijst-staat';

const VELDEN = {
  status: { soort: 'keuze', waarden: ['open', 'gesloten'] },
  volgorde: { soort: 'keuze', waarden: ['nieuwste', 'oudste'], standaard: 'nieuwste' },
  teLaat: { soort: 'vlag' },
  vanaf: { soort: 'datum' },
  consulentId: { soort: 'id' },
  dagen: { soort: 'getal', min: 1, max: 365 },
} satisfies LijstVelden;

@Component({ selector: 'rmc-test-lijst', template: '' })
class TestLijstPage {
  readonly staat = lijstStaat(VELDEN);
  readonly router = inject(Router);
}

/** A server of 120 numbered rows, 50 per page, filtered on `teLaat` (the even ones). */
const haal = jest.fn(async (w: LijstWaarden<typeof VELDEN>, cursor: string | null): Promise<Paged<{ id: string }>> => {
  const alle = Array.from({ length: 120 }, (_, i) => ({ id: String(i) })).filter((r) => !w.teLaat || Number(r.id) % 2 === 0);
  const van = cursor ? Number(cursor) : 0;
  return { items: alle.slice(van, van + 50), total: null, volgende: van + 50 < alle.length ? String(van + 50) : null };
});

@Component({ selector: 'rmc-test-url-lijst', template: '' })
class TestUrlLijstPage {
  readonly lijst = urlLijst(VELDEN, haal, { enkelvoud: 'rij', meervoud: 'rijen', fout: 'Mislukt.' });
  readonly router = inject(Router);
}

describe('lijst-staat (list state in the URL)', () => {
  it('reads only valid values: choices, flags, existing dates, UUIDs, whole numbers in range', () => {
    const waarden = leesLijstParams(
      VELDEN,
      convertToParamMap({
        status: 'open',
        teLaat: 'ja',
        vanaf: '2026-02-28',
        consulentId: '0E0C8C1A-4C47-4B4E-9D3E-1B2C3D4E5F60',
        dagen: '30',
      }),
    );
    expect(waarden).toEqual({
      status: 'open',
      volgorde: 'nieuwste',
      teLaat: true,
      vanaf: '2026-02-28',
      consulentId: '0e0c8c1a-4c47-4b4e-9d3e-1b2c3d4e5f60',
      dagen: 30,
    });
  });

  it('ignores what does not fit (a name, a BSN, a non-existent date, a number out of range)', () => {
    const waarden = leesLijstParams(VELDEN, {
      status: 'Jan Jansen',
      volgorde: 'willekeurig',
      teLaat: 'nee',
      vanaf: '2026-02-30',
      consulentId: '123456782',
      dagen: '9999',
    });
    expect(waarden).toEqual({ volgorde: 'nieuwste' });
  });

  it('writes query parameters: defaults, false and invalid values leave the URL', () => {
    expect(naarQueryParams(VELDEN, { status: 'gesloten', volgorde: 'nieuwste', teLaat: false, vanaf: '01-02-2026' })).toEqual({
      status: 'gesloten',
      volgorde: null,
      teLaat: null,
      vanaf: null,
    });
    expect(naarQueryParams(VELDEN, { teLaat: true, volgorde: 'oudste', dagen: 7 })).toEqual({
      teLaat: 'ja',
      volgorde: 'oudste',
      dagen: '7',
    });
    expect(() => naarQueryParams(VELDEN as LijstVelden, { naam: 'Jan' })).toThrow('Onbekend lijstveld naam');
  });

  it('counts: exact with a total, "meer dan" without one while there are more pages', () => {
    expect(aantalTekst(37, 37, false, 'melding', 'meldingen')).toBe('37 meldingen');
    expect(aantalTekst(50, 120, true, 'melding', 'meldingen')).toBe('120 meldingen');
    expect(aantalTekst(1, null, false, 'melding', 'meldingen')).toBe('1 melding');
    expect(aantalTekst(100, null, true, 'melding', 'meldingen')).toBe('meer dan 100 meldingen');
  });

  describe('on a route', () => {
    let harness: RouterTestingHarness;

    beforeEach(async () => {
      TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'lijst', component: TestLijstPage }])] });
      harness = await RouterTestingHarness.create();
    });

    it('follows the URL, and zet/meerGeladen/wis navigate with the right parameters', async () => {
      const pagina = await harness.navigateByUrl('/lijst?status=open&paginas=3&andere=blijft', TestLijstPage);
      expect(pagina.staat.waarden()).toEqual({ status: 'open', volgorde: 'nieuwste' });
      expect(pagina.staat.paginas()).toBe(3);
      expect(pagina.staat.gefilterd()).toBe(true);

      await pagina.staat.zet({ teLaat: true, volgorde: 'oudste' });
      // A filter change starts at the first page again; other parameters stay.
      expect(pagina.router.url).toBe('/lijst?status=open&andere=blijft&teLaat=ja&volgorde=oudste');
      expect(pagina.staat.waarden()).toEqual({ status: 'open', volgorde: 'oudste', teLaat: true });
      expect(pagina.staat.paginas()).toBe(1);

      await pagina.staat.meerGeladen(2);
      expect(pagina.router.url).toBe('/lijst?status=open&andere=blijft&teLaat=ja&volgorde=oudste&paginas=2');
      expect(pagina.staat.paginas()).toBe(2);

      await pagina.staat.wis();
      expect(pagina.router.url).toBe('/lijst?andere=blijft');
      expect(pagina.staat.waarden()).toEqual({ volgorde: 'nieuwste' });
      expect(pagina.staat.gefilterd()).toBe(false);
    });

    it('caps the number of pages to load again', async () => {
      const pagina = await harness.navigateByUrl('/lijst?paginas=500', TestLijstPage);
      expect(pagina.staat.paginas()).toBe(10);
    });
  });

  describe('urlLijst (a page on top of the URL state)', () => {
    let harness: RouterTestingHarness;
    const stil = async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
      TestBed.tick();
    };

    beforeEach(async () => {
      haal.mockClear();
      TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'lijst', component: TestUrlLijstPage }])] });
      harness = await RouterTestingHarness.create();
    });

    it('loads the pages the URL names, records "Meer laden", reloads on a filter change and counts', async () => {
      const pagina = await harness.navigateByUrl('/lijst?paginas=2', TestUrlLijstPage);
      await stil();
      expect(pagina.lijst.items().length).toBe(100);
      expect(pagina.lijst.aantal()).toBe('meer dan 100 rijen');
      expect(pagina.lijst.laden()).toBe(false);

      await pagina.lijst.meer();
      expect(pagina.router.url).toBe('/lijst?paginas=3');
      expect(pagina.lijst.aantal()).toBe('120 rijen');
      const aanroepen = haal.mock.calls.length;
      await stil();
      // Only the page count changed: nothing is loaded again.
      expect(haal.mock.calls.length).toBe(aanroepen);

      await pagina.lijst.staat.zet({ teLaat: true });
      await stil();
      expect(pagina.router.url).toBe('/lijst?teLaat=ja');
      expect(haal).toHaveBeenLastCalledWith({ volgorde: 'nieuwste', teLaat: true }, null);
      expect(pagina.lijst.items().length).toBe(50);
      expect(pagina.lijst.aantal()).toBe('meer dan 50 rijen');
    });

    it("a failed load shows the page's Dutch message", async () => {
      haal.mockRejectedValueOnce(new Error('weg'));
      const pagina = await harness.navigateByUrl('/lijst', TestUrlLijstPage);
      await stil();
      expect(pagina.lijst.fout()).toBe('Mislukt.');
      expect(pagina.lijst.laden()).toBe(false);
    });
  });
});
