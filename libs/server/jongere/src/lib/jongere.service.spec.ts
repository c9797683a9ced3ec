import { afspraakSleutel } from './jongere.service';

describe('afspraakSleutel', () => {
  const afspraak = { met: 'jongere', afspraak: 'Gesprek op het RMC-kantoor', volgendeDatum: '2026-12-15' };

  it('is stable for the same appointment of the same case (the plan is replaced as a whole, the key stays)', () => {
    expect(afspraakSleutel('c1', { ...afspraak })).toBe(afspraakSleutel('c1', afspraak));
    expect(afspraakSleutel('c1', afspraak)).toMatch(/^[0-9a-f]{20}$/);
  });

  it('changes with the case, the date or the text: an answer never carries over to another appointment', () => {
    const sleutel = afspraakSleutel('c1', afspraak);
    expect(afspraakSleutel('c2', afspraak)).not.toBe(sleutel);
    expect(afspraakSleutel('c1', { ...afspraak, volgendeDatum: '2026-12-16' })).not.toBe(sleutel);
    expect(afspraakSleutel('c1', { ...afspraak, afspraak: 'Bellen' })).not.toBe(sleutel);
  });
});
