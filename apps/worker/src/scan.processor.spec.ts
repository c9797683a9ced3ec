import { ALLE_JOBS, QUEUE_SCAN } from '@rmc/server-core';
import { schedulerPlan } from './scan.processor';

describe('scan schedulers', () => {
  const a = '11111111-1111-4111-8111-111111111111';
  const b = '22222222-2222-4222-8222-222222222222';

  it('one scheduler per active region plus the platform one; ids without a colon and not integer-like', () => {
    const plan = schedulerPlan([a, b], [], 60_000);
    expect(plan.upsert.map((u) => u.id).sort()).toEqual([`scan-platform`, `scan-regio-${a}`, `scan-regio-${b}`]);
    expect(plan.upsert.find((u) => u.id === `scan-regio-${a}`)).toEqual({
      id: `scan-regio-${a}`,
      name: 'scan-regio',
      data: { regioId: a },
    });
    for (const u of plan.upsert) {
      expect(u.id).not.toContain(':');
      expect(Number.isInteger(Number(u.id))).toBe(false);
      expect(ALLE_JOBS[QUEUE_SCAN]).toContain(u.name);
    }
    expect(plan.verwijder).toEqual([]);
  });

  it('leaves existing schedulers alone, replaces those with another interval, removes those of deactivated regions', () => {
    const plan = schedulerPlan(
      [a],
      [
        { id: `scan-regio-${a}`, every: 60_000 },
        { id: 'scan-platform', every: 1_000 },
        { id: `scan-regio-${b}`, every: 60_000 },
      ],
      60_000,
    );
    expect(plan.upsert.map((u) => u.id)).toEqual(['scan-platform']);
    expect(plan.verwijder).toEqual([`scan-regio-${b}`]);
  });
});
