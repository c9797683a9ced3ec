import { HttpErrorResponse } from '@angular/common/http';
import { leesProbleem } from './formulier-status';

/** The portal reads the typed problem code of an error answer (docs/problems.md), not the end of the type URL. */
describe('leesProbleem', () => {
  it('gives status, detail, field errors and the typed code', () => {
    const fout = new HttpErrorResponse({
      status: 409,
      error: {
        type: 'https://rmc.example.nl/problemen/ongeldige-faseovergang',
        title: 'Conflict',
        status: 409,
        detail: 'Eerst een contactmoment.',
        code: 'ongeldige-faseovergang',
        errors: [{ field: 'naar', message: 'Eerst een contactmoment.' }],
      },
    });
    expect(leesProbleem(fout)).toEqual({
      status: 409,
      detail: 'Eerst een contactmoment.',
      errors: [{ field: 'naar', message: 'Eerst een contactmoment.' }],
      code: 'ongeldige-faseovergang',
    });
  });

  it('has no code for a body outside the registry (a proxy page, an unknown code)', () => {
    expect(leesProbleem(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' })).code).toBeUndefined();
    expect(leesProbleem(new HttpErrorResponse({ status: 400, error: { code: 'onbekend' } })).code).toBeUndefined();
  });
});
