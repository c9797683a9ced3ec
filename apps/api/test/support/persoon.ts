import { call, demo, login, type TestApi } from './api';
import { testBsn } from './bsn';

let teller = 0;

/**
 * A new young person in IJssel-Vecht without any case, made through the API. Specs share one
 * database per run, so taking "a demo person without a case" runs out; each test makes its own.
 * Returned in the shape of a query result (`rows[0].id`, `rows[0].bsn`).
 */
export async function vrijePersoon(api: TestApi): Promise<{ rows: Array<{ id: string; bsn: string }> }> {
  const token = await login(api, demo('consulent'));
  const bsn = testBsn();
  const res = await call(api, 'POST', '/api/v1/personen', {
    token,
    body: { bsn, voornaam: 'Test', achternaam: `Persoon ${++teller}`, geboortedatum: '2006-05-17', postcode: '8011 AB' },
  });
  if (res.status !== 201) throw new Error(`persoon aanmaken: ${res.status} ${JSON.stringify(res.body)}`);
  return { rows: [{ id: res.body.id, bsn }] };
}
