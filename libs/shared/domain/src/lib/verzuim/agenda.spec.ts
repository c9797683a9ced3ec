import { agendaGeldig, agendaOvergang, agendaVerschillen, schooljaarVan, type AgendaInhoud } from './agenda';
import { STANDAARD_NORMEN } from './melding';

describe('agendaOvergang', () => {
  const alle = [
    { partij: 'instelling', goedgekeurd: true },
    { partij: 'r1', goedgekeurd: true },
    { partij: 'r2', goedgekeurd: true },
  ];
  it('concept → ter accordering → vastgesteld only when every party approved', () => {
    expect(agendaOvergang('concept', 'indienen', [])).toEqual({ status: 'ter-accordering' });
    expect(
      agendaOvergang('ter-accordering', 'goedkeuren', [
        { partij: 'instelling', goedgekeurd: true },
        { partij: 'r1', goedgekeurd: false },
      ]),
    ).toEqual({ status: 'ter-accordering' });
    expect(agendaOvergang('ter-accordering', 'goedkeuren', alle)).toEqual({ status: 'vastgesteld' });
  });
  it('a change to a vastgesteld agenda makes a new version', () => {
    expect(agendaOvergang('vastgesteld', 'wijzigen', alle)).toEqual({ status: 'concept', nieuweVersie: true });
    expect(agendaOvergang('ter-accordering', 'wijzigen', alle)).toEqual({ status: 'concept' });
  });
  it('refuses invalid steps with a reason', () => {
    expect(agendaOvergang('vastgesteld', 'indienen', [])).toHaveProperty('fout');
    expect(agendaOvergang('concept', 'goedkeuren', alle)).toHaveProperty('fout');
    expect(agendaOvergang('vervangen', 'wijzigen', [])).toHaveProperty('fout');
  });
});

describe('school year', () => {
  it('starts on 1 August', () => {
    expect(schooljaarVan('2026-07-31')).toBe('2025-2026');
    expect(schooljaarVan('2026-08-01')).toBe('2026-2027');
  });
  it('an agenda is in force only when vastgesteld and within its year', () => {
    expect(agendaGeldig('vastgesteld', '2026-2027', '2026-11-22')).toBe(true);
    expect(agendaGeldig('ter-accordering', '2026-2027', '2026-11-22')).toBe(false);
    expect(agendaGeldig('vastgesteld', '2025-2026', '2026-11-22')).toBe(false);
  });
});

describe('agendaVerschillen', () => {
  const basis: AgendaInhoud = {
    normen: STANDAARD_NORMEN,
    contactpersonen: [],
    preventie: { verzuimspreekuur: true, rmcOpLocatie: 'di', overig: '' },
    startoverleg: 'september',
  };
  it('lists changed paths only', () => {
    const nieuw = {
      ...basis,
      normen: basis.normen.map((n) => (n.soort === 'zorgwekkend' ? { ...n, oppakTermijnWerkdagen: 2 } : n)),
      startoverleg: 'oktober',
    };
    expect(agendaVerschillen(basis, nieuw)).toEqual([
      { pad: 'normen[zorgwekkend].oppakTermijnWerkdagen', oud: 3, nieuw: 2 },
      { pad: 'startoverleg', oud: 'september', nieuw: 'oktober' },
    ]);
  });
});
