import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type BadgeSoort = 'neutraal' | 'info' | 'ok' | 'waarschuwing' | 'fout';

/**
 * A short status label ("Te laat", "Aanvulling gevraagd"). The colour only repeats what the text
 * says (WCAG 1.4.1); every variant keeps text/background at 4.5:1 or more.
 */
@Component({
  selector: 'rmc-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'utrecht-status-badge rmc-badge', '[class]': 'klasse()' },
  template: `<ng-content />`,
})
export class BadgeComponent {
  readonly soort = input<BadgeSoort>('neutraal');
  protected readonly klasse = computed(() => `rmc-badge--${this.soort()}`);
}
