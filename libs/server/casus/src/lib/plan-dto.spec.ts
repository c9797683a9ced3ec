import { createValidationPipe, type FieldError } from '@rmc/server-core';
import { PlanDto } from './dto';

/** What the API's validation pipe answers for a PUT …/plan body: the field paths the portal maps to its controls. */
async function fouten(body: unknown): Promise<FieldError[]> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: PlanDto });
    return [];
  } catch (e) {
    return (e as { errors?: FieldError[] }).errors ?? [{ field: '?', message: String(e) }];
  }
}

const ORG = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

describe('PlanDto (PUT /api/v1/casussen/:id/plan)', () => {
  it('accepts goals and contact agreements, and empty lists', async () => {
    expect(await fouten({ doelen: [], contactafspraken: [] })).toEqual([]);
    expect(
      await fouten({
        doelen: [{ omschrijving: 'Een opleiding in de zorg vinden.', status: 'bereikt' }],
        contactafspraken: [
          { met: 'jongere', afspraak: 'Elke twee weken bellen.', volgendeDatum: '2028-02-29' },
          { met: 'partner', organisatieId: ORG, afspraak: 'Maandelijks overleg.' },
        ],
      }),
    ).toEqual([]);
  });

  it('names every bad field by its path, in Dutch', async () => {
    const res = await fouten({
      doelen: [{ omschrijving: '', status: 'klaar' }],
      contactafspraken: [
        { met: 'partner', afspraak: 'Elke week bellen.' },
        { met: 'jongere', afspraak: 'ok', volgendeDatum: '2026-02-30', extra: 1 },
      ],
    });
    expect(res.map((f) => f.field).sort()).toEqual([
      'contactafspraken.0.organisatieId',
      'contactafspraken.1.afspraak',
      'contactafspraken.1.extra',
      'contactafspraken.1.volgendeDatum',
      'doelen.0.omschrijving',
      'doelen.0.status',
    ]);
    expect(res.find((f) => f.field === 'contactafspraken.0.organisatieId')!.message).toBe(
      'Kies de partnerorganisatie waarmee de afspraak is.',
    );
    expect(res.find((f) => f.field === 'doelen.0.omschrijving')!.message).toMatch(/wil bereiken/);
  });

  it('wants both lists, at most 20 entries each', async () => {
    expect((await fouten({})).map((f) => f.field)).toEqual(['doelen', 'contactafspraken']);
    const doel = { omschrijving: 'Rijbewijs halen', status: 'open' };
    expect((await fouten({ doelen: Array(21).fill(doel), contactafspraken: [] })).map((f) => f.field)).toEqual(['doelen']);
  });
});
