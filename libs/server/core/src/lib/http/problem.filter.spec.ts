import type { ArgumentsHost } from '@nestjs/common';
import { isPoolUitputting, ProblemFilter } from './problem.filter';
import { Overbelast } from './problems';

/** A minimal Express response that records what the filter sets. */
function host() {
  const uit: { status?: number; headers: Record<string, string>; type?: string; body?: any } = { headers: {} };
  const res = {
    headersSent: false,
    status(s: number) {
      uit.status = s;
      return res;
    },
    type(t: string) {
      uit.type = t;
      return res;
    },
    setHeader(k: string, v: string) {
      uit.headers[k.toLowerCase()] = v;
      return res;
    },
    json(b: unknown) {
      uit.body = b;
      return res;
    },
  };
  const req = { body: {}, route: { path: '/x' } };
  const h = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) } as unknown as ArgumentsHost;
  return { h, uit };
}

describe('ProblemFilter: saturation is 503 with Retry-After, never 500', () => {
  it('maps the pg pool acquire timeout to 503 database-bezet with Retry-After', () => {
    const { h, uit } = host();
    new ProblemFilter().catch(new Error('timeout exceeded when trying to connect'), h);
    expect(uit.status).toBe(503);
    expect(uit.headers['retry-after']).toBe('2');
    expect(uit.type).toBe('application/problem+json');
    expect(uit.body).toMatchObject({
      status: 503,
      title: 'Tijdelijk niet beschikbaar',
      type: expect.stringMatching(/database-bezet$/),
    });
  });

  it('passes the Retry-After of an Overbelast problem', () => {
    const { h, uit } = host();
    new ProblemFilter().catch(new Overbelast('Te druk.', 9, 'export-bezet'), h);
    expect(uit.status).toBe(503);
    expect(uit.headers['retry-after']).toBe('9');
    expect(uit.body).toMatchObject({ detail: 'Te druk.', type: expect.stringMatching(/export-bezet$/) });
  });

  it('recognises pg connect timeouts only', () => {
    expect(isPoolUitputting(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isPoolUitputting(new Error('syntax error at or near "x"'))).toBe(false);
    expect(isPoolUitputting('timeout exceeded when trying to connect')).toBe(false);
  });
});
