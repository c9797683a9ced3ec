import { HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { leesProbleem } from '../core/formulier-status';
import { portalHttpInterceptor } from '../core/portal-http.interceptor';
import { MeldingenApi } from './meldingen.api';

describe('MeldingenApi', () => {
  let api: MeldingenApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([portalHttpInterceptor])), provideHttpClientTesting()],
    });
    api = TestBed.inject(MeldingenApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lijst: the triage view with status, limit and cursor', async () => {
    const antwoord = api.lijst({ weergave: 'triage', status: 'ontvangen' }, 'volgende-1', 25);
    const req = http.expectOne((r) => r.url === '/api/v1/meldingen');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('weergave')).toBe('triage');
    expect(req.request.params.get('status')).toBe('ontvangen');
    expect(req.request.params.get('limit')).toBe('25');
    expect(req.request.params.get('cursor')).toBe('volgende-1');
    expect(req.request.headers.get('X-Requested-With')).toBe('rmc-portal');
    req.flush({ items: [{ id: 'm1', status: 'ontvangen', soort: 'zorgwekkend' }], total: null, volgende: 'volgende-2' });
    await expect(antwoord).resolves.toEqual({
      items: [{ id: 'm1', status: 'ontvangen', soort: 'zorgwekkend' }],
      total: null,
      volgende: 'volgende-2',
    });
  });

  it('lijst: the first page of the school list sends no parameters', async () => {
    const antwoord = api.lijst();
    const req = http.expectOne('/api/v1/meldingen');
    expect(req.request.params.keys()).toEqual([]);
    req.flush({ items: [], total: 0, volgende: null });
    await antwoord;
  });

  it('the region actions post to their own path with the body', async () => {
    const toewijzing = api.wijsToe('m 1', { consulentId: 'g1' });
    const req = http.expectOne({ method: 'POST', url: '/api/v1/meldingen/m%201/toewijzing' });
    expect(req.request.body).toEqual({ consulentId: 'g1' });
    req.flush({ id: 'm 1', status: 'in-behandeling' });
    await expect(toewijzing).resolves.toEqual({ id: 'm 1', status: 'in-behandeling' });

    const vraag = api.vraagAanvulling('m1', { vraag: 'Welke klas?' });
    http.expectOne({ method: 'POST', url: '/api/v1/meldingen/m1/aanvulling-vragen' }).flush({ id: 'm1' });
    await vraag;

    const oordeel = api.geefOordeel('m1', { oordeel: 'geen-actie', reden: 'Al bekend' } as never);
    http.expectOne({ method: 'POST', url: '/api/v1/meldingen/m1/oordeel' }).flush({ id: 'm1' });
    await oordeel;

    const terug = api.koppelTerug('m1', { status: 'afgesloten' } as never);
    http.expectOne({ method: 'POST', url: '/api/v1/meldingen/m1/terugkoppeling' }).flush({ id: 'm1' });
    await terug;
  });

  it('import: start posts the file, status is read by id', async () => {
    const start = api.startImport({ bestandsnaam: 'x.csv', inhoud: 'a;b' } as never);
    const req = http.expectOne({ method: 'POST', url: '/api/v1/meldingen/import' });
    expect(req.request.body).toEqual({ bestandsnaam: 'x.csv', inhoud: 'a;b' });
    req.flush({ id: 'i1', status: 'wachtend' }, { status: 202, statusText: 'Accepted' });
    await expect(start).resolves.toEqual({ id: 'i1', status: 'wachtend' });

    const status = api.importStatus('i1');
    http.expectOne({ method: 'GET', url: '/api/v1/meldingen/import/i1' }).flush({ id: 'i1', status: 'klaar' });
    await expect(status).resolves.toEqual({ id: 'i1', status: 'klaar' });
  });

  it('a problem+json error reaches the caller as an HttpErrorResponse that leesProbleem reads', async () => {
    const maak = api.maak({} as never);
    http.expectOne({ method: 'POST', url: '/api/v1/meldingen' }).flush(
      {
        type: 'https://rmc.example/problemen/validatie',
        title: 'Ongeldige invoer',
        status: 400,
        detail: 'bsn: ongeldig',
        errors: [{ field: 'bsn', message: 'Dit is geen geldig BSN.' }],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    const fout = await maak.catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(HttpErrorResponse);
    expect(leesProbleem(fout)).toEqual({
      status: 400,
      detail: 'bsn: ongeldig',
      errors: [{ field: 'bsn', message: 'Dit is geen geldig BSN.' }],
    });
  });

  it('leesProbleem: a body that is not problem+json, and a non-HTTP error', async () => {
    const haal = api.haal('m1');
    http.expectOne('/api/v1/meldingen/m1').flush('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    const fout = await haal.catch((e: unknown) => e);
    expect(leesProbleem(fout)).toEqual({ status: 502, detail: undefined, errors: undefined });
    expect(leesProbleem(new Error('kapot'))).toEqual({ status: -1, detail: undefined });
  });
});
