import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A live region that is always in the page, so screen readers announce a success message when
 * it appears (a role="status" element inserted together with its text is often not read).
 */
@Component({
  selector: 'rmc-status-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', class: 'rmc-status' },
  template: `
    @if (bericht()) {
      <div class="utrecht-alert utrecht-alert--ok rmc-alert">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">{{ bericht() }}</div>
        </div>
      </div>
    }
  `,
})
export class StatusMessageComponent {
  readonly bericht = input<string | null>(null);
}
