import { baseUrl } from './env';
import { DEMO_WACHTWOORD } from './login';
import { nieuwBsn } from './melding';

/*
 * Preparation through the API as an API client would (bearer token, no portal header), for the data a
 * spec needs before the browser part.
 */

export interface ApiAntwoord<T> {
  status: number;
  body: T;
}

/** Logs in without the portal header: the answer carries an access token for the Authorization header. */
export async function apiLogin(email: string, wachtwoord = DEMO_WACHTWOORD): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (!body.accessToken) throw new Error(`login ${email}: ${res.status}`);
  return body.accessToken;
}

/** One API call under /api/v1 with the token; the JSON answer (null when empty). */
export async function api<T = unknown>(token: string, method: string, pad: string, body?: unknown): Promise<ApiAntwoord<T>> {
  const res = await fetch(`${baseUrl}/api/v1${pad}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const tekst = await res.text();
  return { status: res.status, body: (tekst ? JSON.parse(tekst) : null) as T };
}

/** Like api(), but fails the test with the answer when the status is not 2xx. */
export async function apiOk<T = unknown>(token: string, method: string, pad: string, body?: unknown): Promise<T> {
  const antwoord = await api<T>(token, method, pad, body);
  if (antwoord.status < 200 || antwoord.status >= 300)
    throw new Error(`${method} ${pad}: ${antwoord.status} ${JSON.stringify(antwoord.body)}`);
  return antwoord.body;
}

/** Every row of a paged list (`items` + `volgende`), walking the pages 100 at a time. */
export async function alleItems<T>(token: string, pad: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const pagina: { items: T[]; volgende: string | null } = await apiOk(
      token,
      'GET',
      `${pad}${pad.includes('?') ? '&' : '?'}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    items.push(...pagina.items);
    cursor = pagina.volgende;
  } while (cursor);
  return items;
}

export interface TestJongere {
  id: string;
  bsn: string;
  voornaam: string;
  achternaam: string;
}

/**
 * A new young person in the region of the token's user, with a fresh BSN from the test range, so a
 * spec never uses up (or erases) one of the demo persons other specs pick from. The postcode must lie
 * in that region (e.g. 8011 AB for IJssel-Vecht, 7511 AB for Twente).
 */
export async function maakJongere(
  token: string,
  gegevens: { voornaam: string; achternaam: string; postcode: string; geboortedatum?: string },
): Promise<TestJongere> {
  const bsn = nieuwBsn();
  const persoon = await apiOk<{ id: string }>(token, 'POST', '/personen', {
    bsn,
    voornaam: gegevens.voornaam,
    achternaam: gegevens.achternaam,
    geboortedatum: gegevens.geboortedatum ?? '2006-05-17',
    postcode: gegevens.postcode,
    telefoon: '06-12345678',
  });
  return { id: persoon.id, bsn, voornaam: gegevens.voornaam, achternaam: gegevens.achternaam };
}

/** The id of the demo organisation with this exact name (other specs add organisations of the same kind). */
export async function organisatieId(token: string, naam: string): Promise<string> {
  const organisaties = await alleItems<{ id: string; naam: string }>(token, '/organisaties');
  const org = organisaties.find((o) => o.naam === naam);
  if (!org) throw new Error(`Organisatie ${naam} niet gevonden`);
  return org.id;
}
