import { ChangeDetectionStrategy, Component } from '@angular/core';
import { focusOpElement } from '@rmc/portal-ui';

/** First focusable element of every page (WCAG 2.4.1 bypass blocks). */
@Component({
  selector: 'rmc-skip-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud" (click)="naarInhoud($event)"
      >Direct naar de inhoud</a
    >
  `,
})
export class SkipLinkComponent {
  protected naarInhoud(event: Event): void {
    if (focusOpElement('inhoud')) event.preventDefault();
  }
}
