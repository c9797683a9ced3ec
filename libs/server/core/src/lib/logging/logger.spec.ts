import { Writable } from 'node:stream';
import { createLogger } from './logger';

describe('createLogger redact', () => {
  it('removes the search term (q, body.q) next to BSN and e-mail', () => {
    const regels: string[] = [];
    const uit = new Writable({
      write(chunk, _enc, klaar) {
        regels.push(String(chunk));
        klaar();
      },
    });
    const log = createLogger('info', uit);
    log.info({ zoek: { q: '123456782' }, req: { body: { q: 'Zoë Ünal' } }, persoon: { bsn: '123456782', email: 'a@b.nl' } });
    const regel = JSON.parse(regels[0]!);
    expect(regel.zoek.q).toBe('[verwijderd]');
    expect(regel.req.body.q).toBe('[verwijderd]');
    expect(regel.persoon).toEqual({ bsn: '[verwijderd]', email: '[verwijderd]' });
    expect(regels[0]).not.toMatch(/123456782|Zoë/);
  });
});
