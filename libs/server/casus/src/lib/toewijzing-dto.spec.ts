import { createValidationPipe, type FieldError } from '@rmc/server-core';
import { ToewijzingDto } from './dto';

/** What the API's validation pipe answers for a PUT …/toewijzing body. */
async function fouten(body: unknown): Promise<FieldError[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: ToewijzingDto });
    return [];
  } catch (e) {
    return (e as { errors?: FieldError[] }).errors ?? [{ field: '?', message: String(e) }];
  }
}

const CONSULENT = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

describe('ToewijzingDto (PUT /api/v1/casussen/:id/toewijzing)', () => {
  it('accepts a consulent, with or without an existing doelgroep', async () => {
    expect(await fouten({ consulentId: CONSULENT })).toEqual([]);
    expect(await fouten({ consulentId: CONSULENT, doelgroep: 'oud-vsv' })).toEqual([]);
  });

  it('names the bad field in Dutch', async () => {
    expect((await fouten({})).map((f) => f.field)).toEqual(['consulentId']);
    expect(await fouten({ consulentId: 'niet-een-id' })).toEqual([{ field: 'consulentId', message: 'Kies een consulent.' }]);
    expect(await fouten({ consulentId: CONSULENT, doelgroep: 'onbekend' })).toEqual([
      { field: 'doelgroep', message: 'Kies een doelgroep.' },
    ]);
  });
});
