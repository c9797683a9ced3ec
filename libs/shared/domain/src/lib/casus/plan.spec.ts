import { veldenVoorSecties, LEEFGEBIEDEN } from './delen';
import { CONTACT_MET, CONTACT_MET_LABELS, DOEL_STATUS_LABELS, DOEL_STATUSSEN, PLAN_MAX, controleerPlan } from './plan';

const ORG = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const velden = (invoer: unknown) => controleerPlan(invoer).map((f) => f.field);

describe('plan van aanpak: doelen en contactafspraken', () => {
  it('has a label for every goal status and every party', () => {
    expect(DOEL_STATUSSEN).toEqual(['open', 'bereikt', 'losgelaten']);
    for (const s of DOEL_STATUSSEN) expect(DOEL_STATUS_LABELS[s]).toBeTruthy();
    for (const m of CONTACT_MET) expect(CONTACT_MET_LABELS[m]).toBeTruthy();
  });

  it('accepts goals and agreements with the young person or a partner, and empty lists', () => {
    expect(controleerPlan({ doelen: [], contactafspraken: [] })).toEqual([]);
    expect(
      controleerPlan({
        doelen: [
          { omschrijving: 'Een opleiding in de zorg vinden.', status: 'open' },
          { omschrijving: 'Eigen kamer', status: 'bereikt' },
        ],
        contactafspraken: [
          { met: 'jongere', afspraak: 'Elke twee weken bellen.', volgendeDatum: '2028-02-29' },
          { met: 'partner', organisatieId: ORG, afspraak: 'Maandelijks overleg met de klantmanager.' },
        ],
      }),
    ).toEqual([]);
  });

  it('names the field and the reason for goals', () => {
    expect(controleerPlan({ doelen: [{ omschrijving: '  ', status: 'open' }], contactafspraken: [] })).toEqual([
      { field: 'doelen.0.omschrijving', message: expect.stringMatching(/wil bereiken/) },
    ]);
    expect(velden({ doelen: [{ omschrijving: 'x'.repeat(501), status: 'klaar' }], contactafspraken: [] })).toEqual([
      'doelen.0.omschrijving',
      'doelen.0.status',
    ]);
    expect(velden({ doelen: [null], contactafspraken: [] })).toEqual(['doelen.0.omschrijving', 'doelen.0.status']);
  });

  it('names the field and the reason for contact agreements', () => {
    const afspraken = [
      { met: 'partner', afspraak: 'Elke week bellen' },
      { met: 'jongere', organisatieId: ORG, afspraak: 'Elke week bellen' },
      { met: 'buurman', afspraak: 'ok' },
      { met: 'jongere', afspraak: 'Elke week bellen', volgendeDatum: '2026-02-30' },
      { met: 'partner', organisatieId: 'geen-uuid', afspraak: 'Elke week bellen', volgendeDatum: '1-3-2026' },
    ];
    expect(velden({ doelen: [], contactafspraken: afspraken })).toEqual([
      'contactafspraken.0.organisatieId',
      'contactafspraken.1.organisatieId',
      'contactafspraken.2.met',
      'contactafspraken.2.afspraak',
      'contactafspraken.3.volgendeDatum',
      'contactafspraken.4.organisatieId',
      'contactafspraken.4.volgendeDatum',
    ]);
  });

  it('wants both lists, each with at most 20 entries', () => {
    expect(velden({})).toEqual(['doelen', 'contactafspraken']);
    expect(velden(null)).toEqual(['doelen', 'contactafspraken']);
    const doel = { omschrijving: 'Rijbewijs halen', status: 'open' };
    const afspraak = { met: 'jongere', afspraak: 'Elke week appen' };
    expect(velden({ doelen: Array(PLAN_MAX).fill(doel), contactafspraken: Array(PLAN_MAX).fill(afspraak) })).toEqual([]);
    expect(velden({ doelen: Array(PLAN_MAX + 1).fill(doel), contactafspraken: Array(PLAN_MAX + 1).fill(afspraak) })).toEqual([
      'doelen',
      'contactafspraken',
    ]);
  });

  it('is RMC only: no share section opens the plan', () => {
    const alle = veldenVoorSecties(['basis', 'contact', 'acties', 'verzuim', ...LEEFGEBIEDEN.map((d) => `domein:${d}`)]);
    expect(alle).not.toContain('plan');
  });
});
