import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

let volgnummer = 0;

/**
 * A determinate progress bar (role="progressbar" with aria-valuenow/min/max and a visible label).
 * The text under the bar says the same for sighted users; the live region announces it calmly.
 */
@Component({
  selector: 'rmc-voortgangsbalk',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rmc-voortgang">
      <div class="rmc-voortgang__label" [id]="labelId">{{ label() }}</div>
      <div
        class="rmc-voortgang__balk"
        role="progressbar"
        [attr.aria-labelledby]="labelId"
        aria-valuemin="0"
        [attr.aria-valuemax]="maximum()"
        [attr.aria-valuenow]="waarde()"
        [attr.aria-valuetext]="tekst()"
      >
        <div class="rmc-voortgang__vulling" [style.inline-size.%]="procent()"></div>
      </div>
      <p class="utrecht-paragraph rmc-klein rmc-voortgang__tekst" aria-hidden="true">{{ tekst() }}</p>
    </div>
  `,
})
export class VoortgangsbalkComponent {
  readonly label = input.required<string>();
  readonly waarde = input.required<number>();
  readonly maximum = input.required<number>();
  /** Defaults to "n van m (p%)". */
  readonly omschrijving = input<string | null>(null);

  protected readonly labelId = `rmc-voortgang-${++volgnummer}`;
  protected readonly procent = computed(() =>
    this.maximum() > 0 ? Math.min(100, Math.round((this.waarde() / this.maximum()) * 100)) : 0,
  );
  protected readonly tekst = computed(() => this.omschrijving() ?? `${this.waarde()} van ${this.maximum()} (${this.procent()}%)`);
}
