import { controleerOvergang, mogelijkeStappen, type CasusFeiten } from './fasen';
import { sluitenZonderContactToegestaan, STANDAARD_MINIMUM_INSPANNING, volgendeStapLadder } from './contact';

const leeg: CasusFeiten = {
  oordeelSignalering: null,
  intakeVastgelegd: false,
  aantalScans: 0,
  aantalPlanacties: 0,
  procesregieGezet: false,
  evaluatieVastgelegd: false,
  nazorgMaanden: 12,
};

describe('phase machine', () => {
  it('waarnemen → analyseren needs an oordeel signalering that says action is needed', () => {
    expect(controleerOvergang('waarnemen', 'analyseren', leeg)).toMatch(/oordeel signalering/);
    expect(controleerOvergang('waarnemen', 'analyseren', { ...leeg, oordeelSignalering: { actieNodig: true } })).toBeNull();
  });
  it('analyseren → plannen needs an intake and a life-domain scan', () => {
    const f = { ...leeg, oordeelSignalering: { actieNodig: true } };
    expect(controleerOvergang('analyseren', 'plannen', f)).toMatch(/intakegesprek/);
    expect(controleerOvergang('analyseren', 'plannen', { ...f, intakeVastgelegd: true })).toMatch(/leefgebieden/);
    expect(controleerOvergang('analyseren', 'plannen', { ...f, intakeVastgelegd: true, aantalScans: 1 })).toBeNull();
  });
  it('plannen → handelen needs actions and procesregie', () => {
    expect(controleerOvergang('plannen', 'handelen', { ...leeg, aantalPlanacties: 1 })).toMatch(/procesregie/);
    expect(controleerOvergang('plannen', 'handelen', { ...leeg, aantalPlanacties: 2, procesregieGezet: true })).toBeNull();
  });
  it('refuses jumps that the routekaart does not have', () => {
    expect(controleerOvergang('waarnemen', 'handelen', leeg)).toMatch(/kan een casus niet/);
    expect(controleerOvergang('beeindigd', 'analyseren', leeg)).toMatch(/kan een casus niet/);
  });
  it('after closing comes nazorg when the region has a nazorg length, and nazorg can reopen', () => {
    expect(controleerOvergang('afgesloten', 'beeindigd', leeg)).toMatch(/nazorg/);
    expect(controleerOvergang('afgesloten', 'nazorg', leeg)).toBeNull();
    expect(controleerOvergang('afgesloten', 'beeindigd', { ...leeg, nazorgMaanden: 0 })).toBeNull();
    expect(controleerOvergang('nazorg', 'analyseren', leeg)).toBeNull();
  });
  it('a case closed by a warm handover has no nazorg here: it can only end', () => {
    const overgedragen = { ...leeg, overgedragen: true };
    expect(controleerOvergang('afgesloten', 'nazorg', overgedragen)).toMatch(/overgedragen/);
    expect(controleerOvergang('afgesloten', 'beeindigd', overgedragen)).toBeNull();
  });
  it('lists the steps with reasons for the portal', () => {
    expect(mogelijkeStappen('handelen', leeg).map((s) => s.naar)).toEqual(['evalueren', 'plannen', 'afgesloten']);
    expect(mogelijkeStappen('waarnemen', leeg).every((s) => !s.toegestaan && s.reden)).toBe(true);
  });
});

describe('outreach ladder and closing without contact', () => {
  it('suggests letter → app → announced visit → unannounced visit, and nothing after contact', () => {
    expect(volgendeStapLadder([])?.vorm).toBe('brief');
    expect(volgendeStapLadder([{ datum: '2026-11-02', vorm: 'brief', uitkomst: 'geen-gehoor' }])?.vorm).toBe('app');
    expect(
      volgendeStapLadder([
        { datum: '2026-11-02', vorm: 'brief', uitkomst: 'geen-gehoor' },
        { datum: '2026-11-05', vorm: 'telefoon', uitkomst: 'geen-gehoor' },
      ])?.vorm,
    ).toBe('huisbezoek-aangekondigd');
    expect(volgendeStapLadder([{ datum: '2026-11-02', vorm: 'brief', uitkomst: 'contact' }])).toBeNull();
  });
  it('needs a letter and three home visits within four weeks, or a justification', () => {
    const min = STANDAARD_MINIMUM_INSPANNING;
    const pogingen = [
      { datum: '2026-10-01', vorm: 'brief' as const, uitkomst: 'geen-gehoor' as const },
      { datum: '2026-10-08', vorm: 'huisbezoek-aangekondigd' as const, uitkomst: 'niet-thuis' as const },
      { datum: '2026-10-15', vorm: 'huisbezoek-onaangekondigd' as const, uitkomst: 'niet-thuis' as const },
    ];
    expect(sluitenZonderContactToegestaan(pogingen, min)).toMatch(/nu 1 en 2/);
    expect(
      sluitenZonderContactToegestaan(
        [...pogingen, { datum: '2026-10-27', vorm: 'huisbezoek-onaangekondigd', uitkomst: 'brief-achtergelaten' }],
        min,
      ),
    ).toBeNull();
    expect(
      sluitenZonderContactToegestaan(
        [...pogingen, { datum: '2026-11-20', vorm: 'huisbezoek-onaangekondigd', uitkomst: 'niet-thuis' }],
        min,
      ),
    ).toMatch(/nu 0 en 1/);
    expect(sluitenZonderContactToegestaan([], min, 'Jongere is aantoonbaar naar het buitenland vertrokken.')).toBeNull();
  });
});
