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
  styles: `
    .rmc-voortgang {
      margin-block-end: 1.5rem;
      max-inline-size: 40rem;
    }

    .rmc-voortgang__label {
      font-weight: 700;
      margin-block-end: 0.25rem;
    }

    .rmc-voortgang__balk {
      block-size: 1.5rem;
      border: 2px solid var(--rmc-donkerblauw);
      border-radius: 4px;
      background: #ffffff;
      overflow: hidden;
    }

    .rmc-voortgang__vulling {
      block-size: 100%;
      background: var(--rmc-blauw);
      transition: inline-size 0.3s ease;
    }

    .rmc-voortgang__tekst {
      margin-block: 0.25rem 0;
    }

    @media (forced-colors: active) {
      .rmc-voortgang__vulling {
        background: Highlight;
        fill: Highlight;
        forced-color-adjust: none;
      }
    }
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
