import { TestBed } from '@angular/core/testing';
import { StaafdiagramComponent } from '@rmc/portal-ui';

describe('rmc-staafdiagram as columns (months on the naleving page)', () => {
  const render = (kolommen: boolean) => {
    const f = TestBed.createComponent(StaafdiagramComponent);
    f.componentRef.setInput('titel', 'Meldingen per maand');
    f.componentRef.setInput('staven', [
      { label: 'aug 2026', waarde: 3 },
      { label: 'sep 2026', waarde: null },
      { label: 'okt 2026', waarde: 0 },
    ]);
    f.componentRef.setInput('kolommen', kolommen);
    f.detectChanges();
    return f.nativeElement as HTMLElement;
  };
  it('draws one column per month with its label in two lines, and keeps the table', () => {
    const el = render(true);
    expect(el.querySelectorAll('svg[role="img"]')).toHaveLength(1);
    expect(el.querySelectorAll('svg rect')).toHaveLength(3);
    expect([...el.querySelectorAll('svg tspan')].map((t) => t.textContent)).toEqual([
      'aug',
      '2026',
      'sep',
      '2026',
      'okt',
      '2026',
    ]);
    expect(el.querySelectorAll('table tbody tr')).toHaveLength(3);
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Meldingen per maand. aug 2026: 3; sep 2026: <5; okt 2026: 0.',
    );
  });
  it('still draws horizontal bars by default', () => {
    const el = render(false);
    expect(el.querySelectorAll('svg rect')).toHaveLength(3);
    expect(el.querySelectorAll('svg tspan')).toHaveLength(0);
  });
});
