import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * Label, hint and error message around one projected control. The control carries the
 * `rmcVeld` directive, which takes its id, aria-describedby and aria-invalid from here, so a
 * page cannot forget to link its error message to the input.
 */
@Component({
  selector: 'rmc-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="utrecht-form-field"
      [class.utrecht-form-field--invalid]="!!fout()"
      [class.utrecht-form-field--checkbox]="soort() === 'checkbox'"
      [class.rmc-veld--checkbox]="soort() === 'checkbox'"
    >
      <div class="utrecht-form-field__label rmc-veld__label">
        <label class="utrecht-form-label" [class.utrecht-form-label--checkbox]="soort() === 'checkbox'" [for]="controlId()">
          {{ label() }}
          @if (optioneel()) {
            <span class="rmc-veld__optioneel">(niet verplicht)</span>
          }
        </label>
      </div>
      @if (hint()) {
        <div class="utrecht-form-field-description rmc-veld__hint" [id]="hintId()">{{ hint() }}</div>
      }
      @if (fout()) {
        <div class="utrecht-form-field-error-message rmc-veld__fout" [id]="foutId()">
          <span class="rmc-visueel-verborgen">Fout: </span>{{ fout() }}
        </div>
      }
      <div class="utrecht-form-field__input rmc-veld__invoer">
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    .rmc-veld--checkbox {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.75rem;
    }

    .rmc-veld--checkbox .rmc-veld__invoer {
      grid-row: 1;
      grid-column: 1;
    }
  `,
})
export class FormFieldComponent {
  readonly label = input.required<string>();
  /** id given to the projected control; the label's `for` points at it. */
  readonly controlId = input.required<string>();
  readonly hint = input<string | null>();
  readonly fout = input<string | null | undefined>();
  readonly optioneel = input(false);
  readonly soort = input<'tekst' | 'checkbox'>('tekst');

  readonly hintId = computed(() => `${this.controlId()}-hint`);
  readonly foutId = computed(() => `${this.controlId()}-fout`);
  /** Error first: screen readers read the reason the field is invalid before the general hint. */
  readonly beschrijvingIds = computed(() => {
    const ids = [this.fout() ? this.foutId() : null, this.hint() ? this.hintId() : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
}
