import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { FormulierStatus } from '../core/formulier-status';
import { portalHttpInterceptor } from '../core/portal-http.interceptor';
import { CasusApi, voerWijzigingUit } from './casus.api';

describe('CasusApi', () => {
  let api: CasusApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([portalHttpInterceptor])), provideHttpClientTesting()],
    });
    api = TestBed.inject(CasusApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('zichtbaar: sends the filter and the cursor as query parameters, with cookie and CSRF header', async () => {
    const antwoord = api.zichtbaar({ fase: 'plannen', doelgroep: undefined, teLaat: true, geenContactDagen: 14 }, 'c-2');
    const req = http.expectOne((r) => r.url === '/api/v1/casussen');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.keys().sort()).toEqual(['cursor', 'fase', 'geenContactDagen', 'teLaat']);
    expect(req.request.params.get('fase')).toBe('plannen');
    expect(req.request.params.get('teLaat')).toBe('true');
    expect(req.request.params.get('geenContactDagen')).toBe('14');
    expect(req.request.params.get('cursor')).toBe('c-2');
    expect(req.request.withCredentials).toBe(true);
    expect(req.request.headers.get('X-Requested-With')).toBe('rmc-portal');
    req.flush({ items: [{ id: 'k1' }], total: 1, volgende: null });
    await expect(antwoord).resolves.toEqual({ items: [{ id: 'k1' }], total: 1, volgende: null });
  });

  it('zichtbaar without filter or cursor sends no query parameters', async () => {
    const antwoord = api.zichtbaar();
    const req = http.expectOne('/api/v1/casussen');
    expect(req.request.params.keys()).toEqual([]);
    req.flush({ items: [], total: 0, volgende: null });
    await antwoord;
  });

  it('lijst (pickers) walks the pages with limit=100 and the cursor until there is no next page', async () => {
    const antwoord = api.lijst();
    const eerste = http.expectOne((r) => r.url === '/api/v1/casussen');
    expect(eerste.request.params.get('limit')).toBe('100');
    expect(eerste.request.params.has('cursor')).toBe(false);
    eerste.flush({ items: [{ id: 'a' }, { id: 'b' }], total: null, volgende: 'p2' });
    await Promise.resolve();
    await Promise.resolve();
    const tweede = http.expectOne((r) => r.url === '/api/v1/casussen');
    expect(tweede.request.params.get('limit')).toBe('100');
    expect(tweede.request.params.get('cursor')).toBe('p2');
    tweede.flush({ items: [{ id: 'c' }], total: null, volgende: null });
    await expect(antwoord).resolves.toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  });

  it('encodes ids in the path and uses the documented method per change', async () => {
    const haal = api.haal('a/b');
    http.expectOne({ method: 'GET', url: '/api/v1/casussen/a%2Fb' }).flush({ id: 'a/b' });
    await expect(haal).resolves.toEqual({ id: 'a/b' });

    const fase = api.naarFase('k1', { naar: 'handelen' });
    const req = http.expectOne({ method: 'POST', url: '/api/v1/casussen/k1/fase' });
    expect(req.request.body).toEqual({ naar: 'handelen' });
    req.flush({ id: 'k1', fase: 'handelen' });
    await fase;

    const status = api.actieStatus('k1', 'actie 1', { status: 'gedaan' } as never);
    http.expectOne({ method: 'POST', url: '/api/v1/casussen/k1/acties/actie%201/status' }).flush({ id: 'k1' });
    await status;

    const plan = api.plan('k1', { doelen: [], afspraken: [] } as never);
    http.expectOne({ method: 'PUT', url: '/api/v1/casussen/k1/plan' }).flush({ id: 'k1' });
    await plan;

    const intrekken = api.trekDelingIn('k1', 'd1');
    const r = http.expectOne({ method: 'POST', url: '/api/v1/casussen/k1/delingen/d1/intrekken' });
    expect(r.request.body).toEqual({});
    r.flush({ id: 'k1' });
    await intrekken;
  });

  it('consulenten accepts a plain list or a page', async () => {
    const een = api.consulenten();
    http.expectOne('/api/v1/meldingen/consulenten').flush([{ id: 'g1', naam: 'A' }]);
    await expect(een).resolves.toEqual([{ id: 'g1', naam: 'A' }]);
    const twee = api.consulenten();
    http.expectOne('/api/v1/meldingen/consulenten').flush({ items: [{ id: 'g2', naam: 'B' }], total: 1, volgende: null });
    await expect(twee).resolves.toEqual([{ id: 'g2', naam: 'B' }]);
  });

  it('voerWijzigingUit maps a problem+json 400 onto the form fields and returns null', async () => {
    const status = new FormulierStatus();
    const uitkomst = voerWijzigingUit(status, () => api.contact('k1', { datum: '2099-01-01' } as never));
    expect(status.bezig()).toBe(true);
    http.expectOne('/api/v1/casussen/k1/contacten').flush(
      {
        type: 'https://rmc.example/problemen/validatie',
        title: 'Ongeldige invoer',
        status: 400,
        detail: 'datum: mag niet in de toekomst liggen',
        errors: [
          { field: 'datum', message: 'De datum mag niet in de toekomst liggen.' },
          { field: 'vorm', message: 'Kies een vorm.' },
        ],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await expect(uitkomst).resolves.toBeNull();
    expect(status.bezig()).toBe(false);
    expect(status.fout('datum')).toBe('De datum mag niet in de toekomst liggen.');
    expect(status.fout('vorm')).toBe('Kies een vorm.');
    // With field errors the summary lists them; the API's one-line detail is not repeated.
    expect(status.detail()).toBeNull();
    expect(status.heeftFouten()).toBe(true);
  });

  it('voerWijzigingUit shows the detail of a 409 and a standard text for a 503 without body', async () => {
    const status = new FormulierStatus();
    let uitkomst = voerWijzigingUit(status, () => api.naarFase('k1', { naar: 'afgesloten' }));
    http
      .expectOne('/api/v1/casussen/k1/fase')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Van Plannen kan een casus niet naar Afgesloten.' },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(uitkomst).resolves.toBeNull();
    expect(status.detail()).toBe('Van Plannen kan een casus niet naar Afgesloten.');
    expect(status.velden()).toEqual({});

    uitkomst = voerWijzigingUit(status, () => api.naarFase('k1', { naar: 'handelen' }));
    http.expectOne('/api/v1/casussen/k1/fase').flush(null, { status: 503, statusText: 'Service Unavailable' });
    await expect(uitkomst).resolves.toBeNull();
    expect(status.detail()).toBe('De server is op dit moment te druk. Probeer het over enkele seconden opnieuw.');
  });

  it('voerWijzigingUit returns the changed case on success', async () => {
    const status = new FormulierStatus();
    const uitkomst = voerWijzigingUit(status, () => api.notitie('k1', { tekst: 'Gebeld' }));
    http.expectOne({ method: 'POST', url: '/api/v1/casussen/k1/notities' }).flush({ id: 'k1', notities: [] });
    await expect(uitkomst).resolves.toEqual({ id: 'k1', notities: [] });
    expect(status.heeftFouten()).toBe(false);
  });

  it('the interceptor leaves requests outside /api/v1 alone', async () => {
    const antwoord = firstValueFrom(TestBed.inject(HttpClient).get('/assets/iets.json'));
    const req = http.expectOne('/assets/iets.json');
    expect(req.request.withCredentials).toBe(false);
    expect(req.request.headers.has('X-Requested-With')).toBe(false);
    req.flush({});
    await antwoord;
  });
});
