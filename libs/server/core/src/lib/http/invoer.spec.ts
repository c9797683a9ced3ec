import { databaseInvoerFout } from './problem.filter';
import { isKalenderdatum } from '@rmc/shared-domain';

describe('bad input that validators or PostgreSQL refuse', () => {
  it('a calendar date is jjjj-mm-dd and exists', () => {
    for (const ok of ['2026-02-28', '2028-02-29', '2026-12-31']) expect(isKalenderdatum(ok)).toBe(true);
    for (const fout of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-W10',
      '2026-123',
      '2026-01-01T10:00',
      '26-01-01',
      '',
      null,
      20260101,
      '1850-01-01',
    ])
      expect({ fout, ok: isKalenderdatum(fout) }).toEqual({ fout, ok: false });
  });

  it('maps PostgreSQL input errors in a field the client sent to 4xx naming it; everything else stays a 500', () => {
    const body = { eigenaarGebruikerId: 'x', sleutel: 'y', datum: 'z' };
    const fk = {
      code: '23503',
      detail: 'Key (eigenaar_gebruiker_id)=(00000000-0000-4000-8000-000000000001) is not present in table "gebruiker".',
    };
    expect(databaseInvoerFout(fk, body)).toMatchObject({ status: 400, field: 'eigenaarGebruikerId' });
    expect(databaseInvoerFout({ driverError: fk }, body)).toMatchObject({ status: 400, field: 'eigenaarGebruikerId' });
    expect(databaseInvoerFout({ code: '23505', detail: 'Key (sleutel)=(x) already exists.' }, body)).toMatchObject({
      status: 409,
      field: 'sleutel',
    });
    expect(databaseInvoerFout({ code: '22007', column: 'datum' }, body)).toMatchObject({ status: 400, field: 'datum' });
    // Server faults: a column the client did not send, an unknown column, a row still referenced (an
    // erasure that missed a child), a NOT NULL the code should have filled, connection loss.
    expect(databaseInvoerFout(fk, { omschrijving: 'x' })).toBeNull();
    expect(databaseInvoerFout({ code: '22007' }, body)).toBeNull();
    expect(
      databaseInvoerFout(
        { code: '23503', detail: 'Key (eigenaar_gebruiker_id)=(x) is still referenced from table "plan_actie".' },
        body,
      ),
    ).toBeNull();
    expect(databaseInvoerFout({ code: '23502', column: 'datum' }, body)).toBeNull();
    // Keys of several columns or expressions: the field the body carries.
    expect(
      databaseInvoerFout(
        { code: '23505', detail: 'Key (regio_id, naam)=(00000000-0000-4000-8000-000000000001, Test) already exists.' },
        { naam: 'Test' },
      ),
    ).toMatchObject({ status: 409, field: 'naam' });
    expect(
      databaseInvoerFout({ code: '23505', detail: 'Key (lower(naam))=(test) already exists.' }, { naam: 'Test' }),
    ).toMatchObject({ status: 409, field: 'naam' });
    expect(
      databaseInvoerFout({ code: '23505', detail: 'Key (regio_id, naam)=(x, y) already exists.' }, { actief: true }),
    ).toBeNull();
    expect(
      databaseInvoerFout({ code: '23505', detail: 'Key (naam)=(x) already exists.' }, Object.create({ naam: 'geërfd' })),
    ).toBeNull();
    // Under RLS PostgreSQL leaves the key out of the detail: the constraint's name tells.
    const rls = {
      code: '23505',
      constraint: 'organisatie_regio_id_naam_key',
      table: 'organisatie',
      message: 'duplicate key value violates unique constraint "organisatie_regio_id_naam_key"',
    };
    expect(databaseInvoerFout(rls, { naam: 'Test' })).toMatchObject({ status: 409, field: 'naam' });
    expect(databaseInvoerFout(rls, { actief: true })).toBeNull();
    const fkRls = {
      code: '23503',
      constraint: 'plan_actie_eigenaar_gebruiker_id_fkey',
      table: 'plan_actie',
      message: 'insert or update on table "plan_actie" violates foreign key constraint "plan_actie_eigenaar_gebruiker_id_fkey"',
    };
    expect(databaseInvoerFout(fkRls, body)).toMatchObject({ status: 400, field: 'eigenaarGebruikerId' });
    expect(
      databaseInvoerFout(
        {
          ...fkRls,
          message:
            'update or delete on table "gebruiker" violates foreign key constraint "plan_actie_eigenaar_gebruiker_id_fkey" on table "plan_actie"',
        },
        body,
      ),
    ).toBeNull();
    for (const anders of [{ code: '57P01' }, { code: '40001' }, { code: '42703' }, new Error('boom'), null])
      expect(databaseInvoerFout(anders, body)).toBeNull();
  });
});
