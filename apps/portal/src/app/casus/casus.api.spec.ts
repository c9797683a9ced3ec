import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { portalHttpInterceptor } from '../core/portal-http.interceptor';
import { CasusApi } from './casus.api';

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
    const antwoord = api.zichtbaar({ fase: 'intake', doelgroep: undefined, geenContactDagen: 14 } as never, 'c-2');
    const req = http.expectOne((r) => r.url === '/api/v1/casussen');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('fase')).toBe('intake');
    expect(req.request.params.has('doelgroep')).toBe(false);
    expect(req.request.params.get('geenContactDagen')).toBe('14');
    expect(req.request.params.get('cursor')).toBe('c-2');
    expect(req.request.params.has('limit')).toBe(false);
    expect(req.request.withCredentials).toBe(true);
    expect(req.request.headers.get('X-Requested-With')).toBe('rmc-portal');
    req.flush({ items: [{ id: 'k1' }], total: 1, volgende: null });
    await expect(antwoord).resolves.toEqual({ items: [{ id: 'k1' }], total: 1, volgende: null });
  });
});
