import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import type { CasusLijstItem, CasussenFilter, Paged } from '@rmc/shared-api-types';
import type { Rol } from '@rmc/shared-domain';
import { SessieService } from '../core/sessie.service';
import { knop, meAls, tabelRijen, tekst, wachtOpScherm } from '../../testing/portaal-testen';
import { CasusApi } from './casus.api';
import { CasussenPage } from './casussen.page';

function casus(id: string, extra: Partial<CasusLijstItem> = {}): CasusLijstItem {
  return {
    id,
    fase: 'plannen',
    doelgroep: 'nieuw-vsv',
    voornaam: 'Noor',
    achternaam: `de Vries ${id}`,
    consulentNaam: 'Carla Consulent',
    openActies: 1,
    teLaatActies: 0,
    laatsteContact: '2026-02-20',
    ...extra,
  };
}

describe('CasussenPage (caseload)', () => {
  let fixture: ComponentFixture<CasussenPage>;
  let zichtbaar: jest.Mock<Promise<Paged<CasusLijstItem>>, [CasussenFilter, string | null]>;

  async function open(rol: Rol, query: Record<string, string> = {}): Promise<HTMLElement> {
    TestBed.inject(SessieService).me.set(meAls(rol));
    fixture = TestBed.createComponent(CasussenPage);
    for (const [naam, waarde] of Object.entries(query)) fixture.componentRef.setInput(naam, waarde);
    await wachtOpScherm(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    zichtbaar = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: CasusApi, useValue: { zichtbaar } },
      ],
    });
  });

  it('consulent: own cases only, with contact and late actions, and the "Nieuwe casus" link', async () => {
    zichtbaar.mockResolvedValue({
      items: [casus('k1', { teLaatActies: 2 }), casus('k2', { laatsteContact: null, fase: 'waarnemen' })],
      total: 2,
      volgende: null,
    });
    const scherm = await open('regio-consulent');

    expect(zichtbaar).toHaveBeenCalledWith(expect.objectContaining({ consulentId: 'gebruiker-regio-consulent' }), null);
    expect(tekst(scherm.querySelector('h1'))).toBe('Caseload');
    expect(scherm.querySelector('a[href="/casussen/nieuw"]')).not.toBeNull();
    const rijen = tabelRijen(scherm, 'Caseload');
    expect(rijen).toEqual([
      ['Noor de Vries k1', 'Plannen', 'Nieuwe voortijdig schoolverlater', 'Carla Consulent', '20-02-2026', '2 Over tijd'],
      ['Noor de Vries k2', 'Waarnemen', 'Nieuwe voortijdig schoolverlater', 'Carla Consulent', 'Nog geen contact', 'Geen'],
    ]);
    expect(scherm.querySelector('a[href="/casussen/k1"]')).not.toBeNull();
    expect(scherm.querySelectorAll('tr.rmc-rij--te-laat')).toHaveLength(1);
    expect(tekst(scherm)).toContain('2 casussen, waarvan 1 met acties over tijd.');
    expect(scherm.querySelector('#casussen-alle')).not.toBeNull();
  });

  it('consulent with ?alle=ja sees the whole region: no consulent filter', async () => {
    zichtbaar.mockResolvedValue({ items: [], total: 0, volgende: null });
    await open('regio-consulent', { alle: 'ja', overTijd: 'ja', geenContactDagen: '30' });

    const [filter] = zichtbaar.mock.calls[0];
    expect(filter.consulentId).toBeUndefined();
    expect(filter.teLaat).toBe(true);
    expect(filter.geenContactDagen).toBe(30);
  });

  it('a bad day count in the URL asks to fix the filter and loads nothing', async () => {
    const scherm = await open('regio-consulent', { geenContactDagen: 'veel' });

    expect(zichtbaar).not.toHaveBeenCalled();
    expect(tekst(scherm)).toContain('Pas het filter “Geen contact sinds” aan om casussen te zien.');
    expect(tekst(scherm)).toContain('Vul een aantal dagen in van 1 tot');
  });

  it('coördinator: cases grouped per consulent with a summary table', async () => {
    zichtbaar.mockResolvedValue({
      items: [
        casus('k1', { consulentNaam: 'Piet Pieters', teLaatActies: 1 }),
        casus('k2', { consulentNaam: 'Anna Aalders' }),
        casus('k3', { consulentNaam: null }),
      ],
      total: 3,
      volgende: null,
    });
    const scherm = await open('regio-coordinator');

    expect(zichtbaar.mock.calls[0][0].consulentId).toBeUndefined();
    expect(tekst(scherm.querySelector('h1'))).toBe('Caseload per consulent');
    expect(tabelRijen(scherm, 'Caseload per consulent')).toEqual([
      ['Anna Aalders', '1', '0'],
      ['Geen consulent', '1', '0'],
      ['Piet Pieters', '1', '1'],
    ]);
    expect([...scherm.querySelectorAll('h2')].map(tekst)).toEqual(['Anna Aalders', 'Geen consulent', 'Piet Pieters']);
    // The per-consulent tables leave out the consulent column.
    expect(tabelRijen(scherm, 'Casussen van Piet Pieters')[0]).toEqual([
      'Noor de Vries k1',
      'Plannen',
      'Nieuwe voortijdig schoolverlater',
      '20-02-2026',
      '1 Over tijd',
    ]);
    expect(scherm.querySelector('#casussen-alle')).toBeNull();
  });

  it('partner: "Gedeelde casussen", only the shared columns, no create link, a name that was not shared', async () => {
    zichtbaar.mockResolvedValue({
      items: [{ id: 'k9' }, { id: 'k8', fase: 'handelen', voornaam: 'Lea', achternaam: 'Bos' }],
      total: 2,
      volgende: null,
    });
    const scherm = await open('wi-klantmanager');

    expect(zichtbaar).toHaveBeenCalledWith({ fase: undefined, doelgroep: undefined }, null);
    expect(tekst(scherm.querySelector('h1'))).toBe('Gedeelde casussen');
    expect(scherm.querySelector('a[href="/casussen/nieuw"]')).toBeNull();
    expect(scherm.querySelector('#casussen-geen-contact')).toBeNull();
    expect(tabelRijen(scherm, 'Gedeelde casussen')).toEqual([
      ['Naam niet gedeeld', '—', '—'],
      ['Lea Bos', 'Handelen', '—'],
    ]);
  });

  it('partner with nothing shared sees the empty text', async () => {
    zichtbaar.mockResolvedValue({ items: [], total: 0, volgende: null });
    const scherm = await open('wi-klantmanager');

    expect(tabelRijen(scherm, 'Gedeelde casussen')).toEqual([['Er zijn (nu) geen casussen met uw organisatie gedeeld.']]);
    expect(tekst(scherm)).toContain('0 casussen.');
  });

  it('"Meer laden" asks the next page with the same filter and appends it', async () => {
    zichtbaar
      .mockResolvedValueOnce({ items: [casus('k1'), casus('k2')], total: null, volgende: 'c2' })
      .mockResolvedValueOnce({ items: [casus('k3')], total: null, volgende: null });
    const scherm = await open('regio-consulent', { fase: 'plannen' });

    expect(tekst(scherm)).toContain('2 casussen geladen.');
    expect(tekst(scherm.querySelector('.rmc-meer-laden [role=status]'))).toBe('2 casussen getoond; er zijn er meer.');
    knop(scherm, 'Meer laden')!.click();
    await wachtOpScherm(fixture);

    expect(zichtbaar.mock.calls[1]).toEqual([zichtbaar.mock.calls[0][0], 'c2']);
    expect(zichtbaar.mock.calls[1][0].fase).toBe('plannen');
    expect(tabelRijen(scherm, 'Caseload').map((r) => r[0])).toEqual(['Noor de Vries k1', 'Noor de Vries k2', 'Noor de Vries k3']);
    expect(knop(scherm, 'Meer laden')).toBeUndefined();
  });
});
