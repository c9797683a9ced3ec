import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';
import { BIG5, BIG5_STANDEN, LEEFGEBIEDEN, SECTIES, STANDAARD_MELDING_SOORTEN } from '@rmc/shared-domain';

/**
 * Request generation for the OpenAPI fuzz suite (apps/api/test/fuzz.int-spec.ts): for one operation, a
 * fast-check arbitrary of requests (path parameters, query string, body and content type) mixing valid
 * shapes with boundary values and hostile input. Values that name records (`…Id`, `deelnemers`, path
 * ids) come from pools of real ids of the region, so handlers really run, besides random and non-uuid ids.
 */

export type Schema = Record<string, any>;

export interface Operatie {
  method: string;
  path: string;
  /** "POST /api/v1/casussen/{id}/fase" */
  key: string;
  permissie: string;
  body: Schema | null;
  query: Array<{ name: string; schema: Schema; required: boolean }>;
  padParams: string[];
}

export interface Verzoek {
  /** Encoded path segments per parameter. */
  pad: Record<string, string>;
  /** Encoded `name=value` pairs. */
  query: string[];
  body?: { json: unknown } | { raw: string };
  contentType?: string | null;
  /** Extra request headers (content encoding and the like). */
  headers?: Record<string, string>;
}

/** Pools of real ids, per kind of record, and the path parameter records of the operation. */
export interface Pools {
  velden: Partial<Record<VeldSoort, string[]>>;
  pad: Array<Record<string, string>>;
}

export type VeldSoort =
  | 'organisatie'
  | 'gebruiker'
  | 'persoon'
  | 'casus'
  | 'vestiging'
  | 'instelling'
  | 'regio'
  | 'melding'
  | 'overlegReeks'
  | 'gemeente';

export function operaties(doc: OpenAPIObject): Operatie[] {
  const uit: Operatie[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops as Record<string, any>)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const params: any[] = op.parameters ?? [];
      const schema = op.requestBody?.content?.['application/json']?.schema;
      uit.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        permissie: op['x-permission'] ?? 'session',
        body: schema ? oplossen(doc, schema) : null,
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: oplossen(doc, p.schema ?? {}), required: !!p.required })),
        padParams: params.filter((p) => p.in === 'path').map((p) => p.name),
      });
    }
  return uit;
}

/** Resolves `$ref`s (one level at a time; nested ones are resolved while generating). */
export function oplossen(doc: OpenAPIObject, s: Schema): Schema {
  let schema = s;
  for (let i = 0; i < 10 && schema?.['$ref']; i++) {
    const naam = String(schema['$ref']).split('/').pop()!;
    schema = (doc.components?.schemas as Record<string, Schema> | undefined)?.[naam] ?? {};
  }
  return schema ?? {};
}

// ---------------------------------------------------------------- values

const x = (n: number) => 'x'.repeat(n);

/** Text that is hostile to code rather than to the transport (the middleware refuses NUL and broken Unicode). */
const VREEMDE_TEKST = [
  '',
  ' ',
  '   a  ',
  'a',
  'ab',
  'abc',
  'Ä',
  'Ørsted',
  '😀',
  'e\u0301',
  '\u202Egnp.exe',
  '\u200B',
  '\uFEFF',
  '\u2028',
  '\uFFFF',
  '\u0001\u001F',
  "'; DROP TABLE persoon; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '%s%n',
  '../../etc/passwd',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  '1e999',
  '\\',
  '"',
  '\r\n',
  '\t',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];
const LENGTES = [2, 3, 159, 160, 161, 255, 256, 499, 500, 501, 1000, 1001, 2000, 2001, 4000, 4001, 10000, 10001, 100000];

export const tekst: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Test',
      'Jansen',
      'Een korte toelichting bij de casus.',
      'MDO Zwolle-Zuid',
      'Onderwijs en werk',
      'Fuzz-organisatie',
    ),
  },
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...VREEMDE_TEKST) },
  { weight: 2, arbitrary: fc.constantFrom(...LENGTES).map(x) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const vandaag = new Date().toISOString().slice(0, 10);
const plusDagen = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const datum = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      vandaag,
      plusDagen(-1),
      plusDagen(1),
      plusDagen(7),
      plusDagen(30),
      plusDagen(-400),
      plusDagen(365),
      '2006-05-17',
      '2008-01-01',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-02-29',
      '2028-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '26-01-01',
      '0001-01-01',
      '1850-01-01',
      '9999-12-31',
      '275760-09-13',
      '2026-W10',
      '2026-123',
      '2026-12-01T10:00',
      '2026-12-01T25:00:00Z',
      'gisteren',
      '',
      ' ',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date(-8e15), max: new Date(8e15), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
);
const tijdstip = fc.oneof(
  fc.constantFrom(
    `${plusDagen(7)}T09:30:00+01:00`,
    `${plusDagen(-7)}T09:30`,
    `${plusDagen(1)}T23:59:59.999999Z`,
    '2026-12-01T24:00',
    '2026-12-01T09:30:00.1234567Z',
    '2026-12-01T09:30:00+15:00',
    '275760-09-13T00:00:00Z',
    '2026-02-29T10:00',
    '2026-12-01',
    '2026-12-01 09:30',
  ),
  fc.date({ min: new Date(-8e15), max: new Date(8e15), noInvalidDate: true }).map((d) => d.toISOString()),
);
const email = fc.constantFrom(
  'a@b.nl',
  'nieuw.fuzz@voorbeeld.nl',
  `${x(250)}@b.nl`,
  'geen-email',
  '"q"@b.nl',
  'ü@ü.nl',
  'a@b',
  '@b.nl',
  'A@B.NL ',
  'a+b@c.nl',
  '',
);
const getal = fc.oneof(
  fc.constantFrom(
    0,
    1,
    -1,
    2,
    5,
    7,
    10,
    12,
    23,
    24,
    27,
    30,
    36,
    59,
    60,
    90,
    200,
    240,
    365,
    366,
    500,
    501,
    1440,
    2147483647,
    2147483648,
    -2147483648,
    -2147483649,
    Number.MAX_SAFE_INTEGER,
    2 ** 63,
    1e21,
    1.5,
    0.1,
    -0.5,
    1e308,
    5e-324,
  ),
  fc.integer({ min: -100, max: 1000 }),
);

/** Random well-formed uuids and the edge ones. */
export const uuid: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff') },
);

/** Which pool a field name draws real ids from. */
export function soortVan(naam: string): VeldSoort | null {
  if (/organisatie/i.test(naam) || naam === 'deelnemerOrganisaties') return 'organisatie';
  if (/^(consulentId|procesregieId|eigenaarGebruikerId|deelnemers|aanwezig)$/.test(naam)) return 'gebruiker';
  if (naam === 'persoonId') return 'persoon';
  if (naam === 'casusId') return 'casus';
  if (/vestiging/i.test(naam)) return 'vestiging';
  if (naam === 'instellingId') return 'instelling';
  if (/regio/i.test(naam)) return 'regio';
  if (/melding/i.test(naam)) return 'melding';
  if (naam === 'reeksId') return 'overlegReeks';
  if (/gemeente/i.test(naam)) return 'gemeente';
  return null;
}

function idVoor(soort: VeldSoort | null, pools: Pools): fc.Arbitrary<string> {
  const pool = soort ? (pools.velden[soort] ?? []) : [];
  return fc.oneof(
    ...(pool.length ? [{ weight: 6, arbitrary: fc.constantFrom(...pool) }] : []),
    { weight: 2, arbitrary: uuid },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '1',
        'abc',
        '',
        `${pool[0] ?? '0b0e6f5e-59b5-4c1a-9a52-2f2f7d4a1c11'}x`,
        (pool[0] ?? '').toUpperCase(),
        "' OR 1=1 --",
      ),
    },
  );
}

/** A valid BSN (elfproef) from eight digits; the rare one whose check digit would be 10 is skipped. */
const bsn = fc
  .integer({ min: 10_000_000, max: 99_999_999 })
  .map((n) => {
    const d = String(n).padStart(8, '0').split('').map(Number);
    const som = d.reduce((t, c, i) => t + c * (9 - i), 0);
    return `${d.join('')}${som % 11}`;
  })
  .filter((b) => b.length === 9);

/** Plausible values by the field's name: what the portal would send, so the handler runs. */
function schoneTekst(naam: string, pools: Pools, voorbeeld: unknown): fc.Arbitrary<unknown> {
  const uit = (a: fc.Arbitrary<unknown>) =>
    typeof voorbeeld === 'string' ? fc.oneof({ weight: 3, arbitrary: fc.constant(voorbeeld) }, { weight: 1, arbitrary: a }) : a;
  if (/Id$|^deelnemers$|^deelnemerOrganisaties$|^aanwezig$|Ids$|gemeenteCode/.test(naam)) {
    const pool = pools.velden[soortVan(naam) ?? 'organisatie'] ?? [];
    // The acting school's own vestiging comes first in its pool: a school files for its own.
    if (soortVan(naam) === 'vestiging' && pool.length) return fc.constant(pool[0]);
    return pool.length ? fc.constantFrom(...pool) : uuid;
  }
  if (naam === 'geboortedatum') return fc.constantFrom('2006-05-17', '2008-01-31', '2004-09-01');
  // Absence lies in the past, in order; agreements, deadlines and shares in the future.
  if (naam === 'begindatum') return fc.constantFrom(plusDagen(-40), plusDagen(-30));
  if (naam === 'einddatum') return fc.constantFrom(plusDagen(-2), plusDagen(-1));
  if (/datum$|Datum$|^deadline$|^verlooptOp$|^vanaf$|^tot$/.test(naam))
    return fc.constantFrom(vandaag, plusDagen(1), plusDagen(14), plusDagen(60));
  if (naam === 'start') return uit(fc.constantFrom(`${plusDagen(7)}T09:30:00+01:00`, `${plusDagen(1)}T14:00`));
  if (/email$|Email$/.test(naam)) return fc.nat(1_000_000).map((n) => `fuzz.${n}@voorbeeld.nl`);
  if (naam === 'bsn') return bsn;
  if (/postcode$|Postcode$/.test(naam)) return fc.constantFrom('8011 AB', '8021 AA', '7511 JA');
  if (/telefoon$|Telefoon$/.test(naam)) return fc.constant('0612345678');
  if (naam === 'schooljaar') return fc.constantFrom('2026-2027', '2027-2028');
  if (naam === 'wachtwoord') return fc.constant('Een-heel-lang-en-sterk-fuzzwachtwoord-2026!');
  if (naam === 'code' || naam === 'totp') return fc.stringMatching(/^\d{6}$/);
  if (naam === 'token') return fc.stringMatching(/^[0-9a-f]{64}$/);
  if (naam === 'inhoud') return fc.constant('JVBERi0xLjQKJeLjz9MK');
  if (naam === 'bestandsnaam') return fc.constant('machtiging.pdf');
  if (naam === 'onlineLink') return fc.constant('https://meet.example.nl/mdo');
  if (naam === 'soort' && voorbeeld === undefined) return fc.constantFrom(...STANDAARD_MELDING_SOORTEN);
  if (naam === 'secties') return fc.constantFrom(...SECTIES.filter((x) => x !== 'verzuim'));
  if (naam === 'csv')
    return fc.constant(
      'bsn,voornaam,achternaam,geboortedatum,postcode,begindatum\n999990019,Anna,Jansen,2006-05-17,8011 AB,2026-11-01\n',
    );
  return uit(
    fc.constantFrom('Een korte toelichting bij de casus.', 'MDO Zwolle-Zuid', 'Onderwijs en werk', 'Afspraak met de jongere'),
  );
}

/** A string value by the field's name, for the shapes the DTOs expect. */
function tekstVoor(naam: string, pools: Pools): fc.Arbitrary<unknown> {
  const gemengd = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: tekst });
  if (naam === 'gemeenteCode' || naam === 'contactgemeenteCode' || naam === 'gemeenteCodes') {
    const codes = pools.velden.gemeente ?? [];
    return gemengd(
      fc.oneof(...(codes.length ? [fc.constantFrom(...codes)] : []), fc.constantFrom('GM0000', 'GM9999', '0193', 'GM01934')),
    );
  }
  if (/Id$|^deelnemers$|^aanwezig$|Ids$/.test(naam)) return idVoor(soortVan(naam), pools);
  if (/datum$|Datum$|^deadline$|^verlooptOp$|^vanaf$|^tot$/.test(naam)) return gemengd(datum);
  if (naam === 'start') return gemengd(tijdstip);
  if (/email$|Email$/.test(naam)) return gemengd(email);
  if (naam === 'bsn')
    return gemengd(
      fc.oneof(
        fc.constantFrom('999990019', '123456782', '111222333', '000000000', '12345678', '1234567890', '99999001A'),
        fc.stringMatching(/^\d{9}$/),
      ),
    );
  if (/postcode$|Postcode$/.test(naam))
    return gemengd(fc.constantFrom('8011 AB', '8011AB', '7511 JA', '0000 AA', '9999 ZZ', '1234 SA', 'XXXX', '8011 ab'));
  if (/telefoon$|Telefoon$/.test(naam))
    return gemengd(fc.constantFrom('0612345678', '+31 6 12345678', '038-1234567', 'abc', '1'));
  if (naam === 'schooljaar')
    return gemengd(
      fc.constantFrom('2026-2027', '2025-2026', '2027-2028', '2026-2028', '1999-2000', '2026/2027', '9999-10000', '2026'),
    );
  if (naam === 'wachtwoord')
    return gemengd(
      fc.constantFrom(
        'Demo-wachtwoord-2026!',
        'kort',
        'Een-heel-lang-en-sterk-wachtwoord-2026!',
        x(129),
        x(100000),
        'wachtwoord123',
      ),
    );
  if (naam === 'code' || naam === 'totp')
    return gemengd(fc.oneof(fc.stringMatching(/^\d{6}$/), fc.constantFrom('000000', '12345', '1234567', 'abcdef')));
  if (naam === 'token') return gemengd(fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.constantFrom('', 'abc')));
  if (naam === 'inhoud')
    return gemengd(
      fc.oneof(
        fc.constantFrom('JVBERi0xLjQKJeLjz9MK', 'iVBORw0KGgo=', '/9j/4AAQSkZJRgABAQ', '!!!', '', 'JVBERi0xLjQK'.repeat(1000)),
        fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')),
      ),
    );
  if (naam === 'csv')
    return gemengd(
      fc.constantFrom(
        'bsn;voornaam;achternaam\n999990019;Anna;Jansen\n',
        'bsn,voornaam,achternaam,geboortedatum,postcode,begindatum\n999990019,Anna,Jansen,2006-05-17,8011 AB,2026-11-01\n',
        '',
        '\n\n\n',
        '"a""b;c\n',
        'kop\n' + 'x\n'.repeat(5000),
      ),
    );
  return tekst;
}

/** Valid-shaped values for a schema, with boundary values. */
export function waarde(
  doc: OpenAPIObject,
  s: Schema,
  naam: string,
  pools: Pools,
  diepte = 0,
  schoon = false,
): fc.Arbitrary<unknown> {
  const schema = oplossen(doc, s);
  if (Array.isArray(schema['enum']) && schema['enum'].length)
    return schoon
      ? fc.constantFrom(...schema['enum'])
      : fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...schema['enum']) }, { weight: 1, arbitrary: tekst });
  switch (schema['type']) {
    case 'string':
      return schoon ? schoneTekst(naam, pools, schema['example']) : tekstVoor(naam, pools);
    case 'number':
    case 'integer':
      if (schoon && naam === 'verzuimUren') return fc.integer({ min: 16, max: 60 });
      if (schoon && naam === 'verzuimDagen') return fc.integer({ min: 20, max: 40 });
      return schoon
        ? typeof schema['minimum'] === 'number'
          ? fc.integer({ min: schema['minimum'], max: schema['maximum'] ?? schema['minimum'] + 30 })
          : fc.integer({ min: 1, max: 30 })
        : getal;
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = waarde(doc, schema['items'] ?? {}, naam, pools, diepte + 1, schoon);
      if (schoon) return fc.array(item, { minLength: 1, maxLength: 2 });
      const max = typeof schema['maxItems'] === 'number' ? schema['maxItems'] : null;
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
        { weight: 1, arbitrary: fc.constant([]) },
        ...(max !== null
          ? [{ weight: 1, arbitrary: fc.array(item, { minLength: max, maxLength: max + 1 }) }]
          : [{ weight: 1, arbitrary: fc.array(item, { minLength: 20, maxLength: 60 }) }]),
      );
    }
  }
  const props = schema['properties'] as Record<string, Schema> | undefined;
  if (props && diepte < 6) {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const verplicht = (schema['required'] as string[] | undefined) ?? [];
    for (const [k, v] of Object.entries(props)) {
      // A plausible request leaves out an optional reference it has no real record for.
      if (schoon && !verplicht.includes(k) && /Id$/.test(k) && !(pools.velden[soortVan(k) ?? 'organisatie'] ?? []).length)
        continue;
      model[k] = waarde(doc, v, k, pools, diepte + 1, schoon);
    }
    // A plausible request fills in what it can (agendas make optional fields required per kind of melding).
    return fc.record(model, {
      requiredKeys: schoon
        ? Object.keys(model).filter((k) => verplicht.includes(k) || !/Id$/.test(k))
        : verplicht.filter((k) => k in model),
    });
  }
  const extra = schema['additionalProperties'];
  if (schoon && naam === 'principes')
    return fc.dictionary(
      fc.constantFrom(...BIG5),
      fc.record(
        { stand: fc.constantFrom(...BIG5_STANDEN), toelichting: fc.constant('Gaat goed met de jongere.') },
        { requiredKeys: ['stand'] },
      ),
      { minKeys: 1, maxKeys: 3 },
    );
  if (schoon && naam === 'scores')
    return fc.dictionary(
      fc.constantFrom(...LEEFGEBIEDEN),
      fc.record(
        { score: fc.integer({ min: 1, max: 5 }), notitie: fc.constant('Feiten uit het gesprek.') },
        { requiredKeys: ['score'] },
      ),
      { minKeys: 1, maxKeys: 4 },
    );
  if (naam === 'principes')
    return fc.dictionary(
      fc.oneof(fc.constantFrom(...BIG5), fc.string({ maxLength: 8 })),
      fc.oneof(
        fc.record(
          { stand: fc.oneof(tekst, getal, fc.constantFrom(...BIG5_STANDEN)), toelichting: tekst },
          { requiredKeys: ['stand'] },
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxKeys: 6 },
    );
  if (naam === 'scores')
    return fc.dictionary(
      fc.oneof(fc.constantFrom(...LEEFGEBIEDEN), fc.string({ maxLength: 8 })),
      fc.oneof(fc.record({ score: getal, notitie: tekst }, { requiredKeys: ['score'] }), fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 8 },
    );
  if (extra && typeof extra === 'object' && schoon)
    return fc.dictionary(
      fc.constantFrom('bsn', 'voornaam', 'achternaam', 'Vraag 1'),
      waarde(doc, extra, naam, pools, diepte + 1, true),
      { maxKeys: 3 },
    );
  if (extra && typeof extra === 'object')
    return fc.dictionary(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('bsn', 'voornaam', 'Vraag 1', '__proto__')),
      waarde(doc, extra, naam, pools, diepte + 1),
      { maxKeys: 5 },
    );
  return fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
}

// ---------------------------------------------------------------- hostile changes

/** A value of the wrong type, or a hostile one, for any position. */
export const foutWaarde: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    0,
    -1,
    1.5,
    '',
    'x',
    true,
    false,
    [],
    {},
    [null],
    { a: 1 },
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '0',
    'true',
    'null',
    ['a', 'b'],
    [[[]]],
  ),
  fc.constantFrom(1_100_000, 200_000).map(x),
  fc.constantFrom('a\u0000b', '\uD800', 'x\uDC00y'),
  fc.integer({ min: 30, max: 34 }).map(genest),
  fc.jsonValue({ maxDepth: 3 }),
);

export function genest(n: number): unknown {
  let w: unknown = 'x';
  for (let i = 0; i < n; i++) w = { a: w };
  return w;
}

/** Every path (as key lists) into a JSON value, the root included. */
function paden(w: unknown, pad: string[] = [], uit: string[][] = []): string[][] {
  uit.push(pad);
  if (uit.length > 200) return uit;
  if (w && typeof w === 'object') for (const [k, v] of Object.entries(w)) paden(v, [...pad, k], uit);
  return uit;
}

function kloon<T>(w: T): T {
  return w === undefined ? w : JSON.parse(JSON.stringify(w));
}

function zet(body: unknown, pad: string[], fn: (ouder: any, sleutel: string) => void): unknown {
  if (!pad.length) return body;
  const b = kloon(body) as any;
  let o = b;
  for (const k of pad.slice(0, -1)) o = o?.[k];
  if (o && typeof o === 'object') fn(o, pad[pad.length - 1]);
  return b;
}

const EXTRA_SLEUTELS = [
  'onbekend',
  'id',
  'regioId',
  'rol',
  'isAdmin',
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  'a.b',
  '$where',
];

const RAUW = [
  '{',
  '{"a":}',
  "{'a':1}",
  '\uFEFF{}',
  '[1,]',
  'NaN',
  '{"a":1}{"b":2}',
  '',
  'null',
  '"tekst"',
  '123',
  'true',
  '[]',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '['.repeat(100000),
  '['.repeat(5000) + ']'.repeat(5000),
  '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
  '{"x":"\\ud800"}',
  '{"x":"\\u0000"}',
  '{"x":1e999}',
  '{"x":-0}',
  '\u0000',
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'application/problem+json',
  'application/json;;',
  '*/*',
];

/** Body variants for an operation: valid shapes, then hostile changes to them. */
export function bodyArb(
  doc: OpenAPIObject,
  op: Operatie,
  pools: Pools,
): fc.Arbitrary<Pick<Verzoek, 'body' | 'contentType' | 'headers'>> {
  const json = (w: unknown) => ({ body: { json: w } });
  if (!op.body) {
    // Operations without a body: mostly none, sometimes junk or an unexpected JSON body.
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.constantFrom(...RAUW).map((raw) => ({ body: { raw } })) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json) },
    );
  }
  const geldig = waarde(doc, op.body, 'body', pools);
  return fc.oneof(
    { weight: 6, arbitrary: geldig.map(json) },
    // wrong type (or a hostile value) at one position
    {
      weight: 5,
      arbitrary: geldig.chain((b) =>
        fc
          .tuple(fc.constantFrom(...nietLeeg(paden(b).filter((p) => p.length))), foutWaarde)
          .map(([p, w]) =>
            json(p.length ? zet(b, p, (o, k) => (o[k] = w)) : { [Object.keys(op.body?.['properties'] ?? { x: 1 })[0]]: w }),
          ),
      ),
    },
    // a field missing
    {
      weight: 2,
      arbitrary: geldig.chain((b) => fc.constantFrom(...paden(b)).map((p) => json(zet(b, p, (o, k) => delete o[k])))),
    },
    // an extra field, at the top or nested
    {
      weight: 2,
      arbitrary: geldig.chain((b) =>
        fc
          .tuple(
            fc.constantFrom(...paden(b).filter((p) => !p.length || typeof at(b, p) === 'object')),
            fc.constantFrom(...EXTRA_SLEUTELS),
            foutWaarde,
          )
          .map(([p, k, w]) => {
            const c = kloon(b) as any;
            const o = at(c, p);
            if (o && typeof o === 'object')
              Object.defineProperty(o, k, { value: w, enumerable: true, configurable: true, writable: true });
            return json(c);
          }),
      ),
    },
    // a whole wrong body
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          foutWaarde,
          geldig.map((b) => [b]),
          fc.constant(undefined),
        )
        .map(json),
    },
    // malformed JSON
    { weight: 2, arbitrary: fc.constantFrom(...RAUW).map((raw) => ({ body: { raw } })) },
    // duplicate keys: the last one wins in JSON.parse
    { weight: 1, arbitrary: geldig.map((b) => ({ body: { raw: dubbel(b) } })) },
    // wrong content type (or none), and broken content encodings
    {
      weight: 2,
      arbitrary: fc.tuple(geldig, fc.constantFrom(...CONTENT_TYPES, null)).map(([b, contentType]) => ({
        body: { raw: contentType?.includes('form') ? 'naam=x&actief=true' : (JSON.stringify(b) ?? '') },
        contentType,
      })),
    },
    {
      weight: 1,
      arbitrary: geldig.chain((b) =>
        fc
          .constantFrom('gzip', 'deflate', 'br', 'compress', 'identity, gzip')
          .map((enc) => ({ body: { raw: JSON.stringify(b) ?? '' }, headers: { 'content-encoding': enc } })),
      ),
    },
  );
}

const nietLeeg = (l: string[][]) => (l.length ? l : [[]]);

function at(w: unknown, pad: string[]): any {
  let o: any = w;
  for (const k of pad) o = o?.[k];
  return o;
}

function dubbel(b: unknown): string {
  const s = JSON.stringify(b) ?? 'null';
  if (!b || typeof b !== 'object' || Array.isArray(b)) return s;
  const k = Object.keys(b)[0];
  return k === undefined ? s : `{${JSON.stringify(k)}:null,${s.slice(1)}`;
}

// ---------------------------------------------------------------- path and query

const enc = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '?'));

/** Path segments that are not ids (already URL-encoded; some decode to hostile text on purpose). */
const PAD_FOUT = [
  '1',
  '-1',
  'abc',
  'null',
  'undefined',
  '%27%20OR%201%3D1%20--',
  x(300),
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  '%2F',
  '..%2F..',
  '%F0%9F%91%8D',
  '%20',
  'ID',
  '0b0e6f5e-59b5-4c1a-9a52-2f2f7d4a1c1',
  '0b0e6f5e59b54c1a9a522f2f7d4a1c11',
  '%7B0b0e6f5e-59b5-4c1a-9a52-2f2f7d4a1c11%7D',
];

export function padArb(op: Operatie, pools: Pools): fc.Arbitrary<Record<string, string>> {
  if (!op.padParams.length) return fc.constant({});
  const los = (naam: string): fc.Arbitrary<string> =>
    naam === 'wachtrij'
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom('mail', 'import', 'scan') },
          { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'MAIL', ...PAD_FOUT) },
        )
      : naam === 'jobId'
        ? fc.oneof(fc.constantFrom('1', '0', 'repeat:scan:1', x(101), ...PAD_FOUT), fc.string({ maxLength: 20 }).map(enc))
        : fc.oneof(
            { weight: 3, arbitrary: uuid },
            { weight: 2, arbitrary: fc.constantFrom(...PAD_FOUT) },
            { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(enc) },
          );
  const willekeurig = fc.record(Object.fromEntries(op.padParams.map((n) => [n, los(n)])) as Record<string, fc.Arbitrary<string>>);
  const echt = pools.pad.filter((r) => op.padParams.every((n) => n in r));
  if (!echt.length) return willekeurig;
  // A real record with one parameter replaced (a real case with a random deling id, …).
  const half = fc
    .tuple(fc.constantFrom(...echt), fc.constantFrom(...op.padParams), willekeurig)
    .map(([r, n, w]) => ({ ...r, [n]: w[n] }));
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...echt) },
    { weight: 2, arbitrary: willekeurig },
    { weight: 1, arbitrary: half },
  );
}

const QUERY_FOUT = [
  '',
  '%00',
  '%ED%A0%80',
  '%',
  '%zz',
  enc(x(10000)),
  enc("' OR 1=1 --"),
  '-1',
  '0',
  '1e3',
  '1.5',
  'NaN',
  'Infinity',
  'true',
  'ja',
  enc('2026-02-30'),
  enc('😀'),
];

export function queryArb(op: Operatie, pools: Pools): fc.Arbitrary<string[]> {
  const geldig = op.query.map((q) =>
    fc.option(
      waarde({ paths: {} } as OpenAPIObject, q.schema, q.name, pools).map((w) => `${enc(q.name)}=${enc(String(w))}`),
      { freq: 2, nil: null },
    ),
  );
  const gemengd = op.query.map((q, i) => {
    const fout = fc.constantFrom(...QUERY_FOUT).map((w) => `${q.name}=${w}`);
    const ok = geldig[i].map((w) => w ?? `${q.name}=`);
    const dubbelWaarde = fc.tuple(ok, ok).map(([a, b]) => `${a}&${b}`);
    const object = fc.constantFrom(`${q.name}[a]=1`, `${q.name}[]=1`, `${q.name}[__proto__][x]=1`);
    return fc.oneof(
      { weight: 4, arbitrary: geldig[i] },
      { weight: 3, arbitrary: fout },
      { weight: 1, arbitrary: dubbelWaarde },
      { weight: 1, arbitrary: object },
    );
  });
  const extra = fc.constantFrom(
    'onbekend=1',
    'limit=100&limit=1',
    '__proto__=x',
    'constructor[prototype][x]=1',
    '%00=1',
    `q=${enc(x(5000))}`,
  );
  const schoon = (delen: Array<string | null>) => delen.filter((d): d is string => d !== null);
  return fc.oneof(
    // A valid query with boundary values (the handler runs).
    { weight: 1, arbitrary: fc.tuple(...geldig).map(schoon) },
    // Hostile values, repeated and bracketed parameters, an unknown one.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.tuple(...gemengd), fc.option(extra, { freq: 3, nil: null }))
        .map(([delen, e]) => schoon([...delen, e])),
    },
  );
}

export function verzoekArb(doc: OpenAPIObject, op: Operatie, pools: Pools): fc.Arbitrary<Verzoek> {
  const gemengd = fc
    .tuple(padArb(op, pools), queryArb(op, pools), bodyArb(doc, op, pools))
    .map(([pad, query, b]): Verzoek => ({ pad, query, ...b }));
  // A plausible request on a real record of the region (what the portal would send), so the handler
  // runs to the end and its database statements meet the data, besides the hostile variants.
  const echt = pools.pad.filter((r) => op.padParams.every((n) => n in r));
  if (op.padParams.length && !echt.length) return gemengd;
  const schoon = fc
    .tuple(
      op.padParams.length ? fc.constantFrom(...echt) : fc.constant({}),
      fc.tuple(
        ...op.query.map((q) =>
          fc.option(
            waarde(doc, q.schema, q.name, pools, 0, true).map((w) => `${enc(q.name)}=${enc(String(w))}`),
            { freq: 3, nil: null },
          ),
        ),
      ),
      op.body ? waarde(doc, op.body, 'body', pools, 0, true).map((w) => ({ json: w })) : fc.constant(undefined),
    )
    .map(([pad, query, body]): Verzoek => ({
      pad,
      query: query.filter((q): q is string => q !== null),
      ...(body ? { body } : {}),
    }));
  return fc.oneof({ weight: 2, arbitrary: schoon }, { weight: 3, arbitrary: gemengd });
}

/** The URL path and query of a request. */
export function url(op: Operatie, v: Verzoek): string {
  const pad = op.path.replace(/\{(\w+)\}/g, (_, n: string) => v.pad[n] ?? n);
  return v.query.length ? `${pad}?${v.query.join('&')}` : pad;
}

/** One line for a report: method, path and a shortened body. */
export function kort(op: Operatie, v: Verzoek, max = 160): string {
  const u = url(op, v);
  const body =
    v.body === undefined
      ? ''
      : 'raw' in v.body
        ? `raw ${JSON.stringify(v.body.raw.slice(0, 400))}`
        : (JSON.stringify(v.body.json) ?? 'undefined');
  const ct =
    v.contentType !== undefined ? ` [${v.contentType ?? 'geen content-type'}]` : v.headers ? ` ${JSON.stringify(v.headers)}` : '';
  const inkorten = (s: string) => (s.length > max ? `${s.slice(0, max)}… (${s.length} tekens)` : s);
  return `${op.method} ${inkorten(u)}${ct} ${inkorten(body)}`.trim();
}

/** A 32-bit seed per operation from the run's seed, so one operation can be replayed alone. */
export function seedVoor(seed: number, key: string): number {
  let h = seed | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h | 0;
}

/** English words that betray a framework default instead of a Dutch message. */
export const ENGELS =
  /\b(the|must|should|cannot|invalid|not found|bad request|unexpected|internal server error|forbidden|unauthorized|expected|is not|failed|error)\b/i;
