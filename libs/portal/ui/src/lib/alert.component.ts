import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type AlertSoort = 'info' | 'ok' | 'waarschuwing' | 'fout';

const UTRECHT_KLASSE: Record<AlertSoort, string> = {
  info: 'utrecht-alert--info',
  ok: 'utrecht-alert--ok',
  waarschuwing: 'utrecht-alert--warning',
  fout: 'utrecht-alert--error',
};

/** A message box. Errors are announced at once (role="alert"); other kinds are plain content. */
@Component({
  selector: 'rmc-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="utrecht-alert rmc-alert" [class]="klasse()" [attr.role]="soort() === 'fout' ? 'alert' : null">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message"><ng-content /></div>
      </div>
    </div>
  `,
})
export class AlertComponent {
  readonly soort = input<AlertSoort>('info');
  protected readonly klasse = computed(() => UTRECHT_KLASSE[this.soort()]);
}
