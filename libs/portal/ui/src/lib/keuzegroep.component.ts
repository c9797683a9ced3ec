import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A group of radio buttons or checkboxes as one field: fieldset + legend, hint and error message,
 * linked to the group with aria-describedby. Give the first option the id `controlId`, so the
 * error summary can move focus to it.
 */
@Component({
  selector: 'rmc-keuzegroep',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-fieldset"
      [class.utrecht-form-fieldset--invalid]="!!fout()"
      [attr.aria-describedby]="beschrijvingIds()"
    >
      <legend class="utrecht-form-fieldset__legend rmc-keuzegroep__legend">
        {{ legend() }}
        @if (optioneel()) {
          <span class="rmc-veld__optioneel">(niet verplicht)</span>
        }
      </legend>
      @if (hint()) {
        <p class="utrecht-form-field-description rmc-veld__hint" [id]="hintId()">{{ hint() }}</p>
      }
      @if (fout()) {
        <p class="utrecht-form-field-error-message rmc-veld__fout" [id]="foutId()">
          <span class="rmc-visueel-verborgen">Fout: </span>{{ fout() }}
        </p>
      }
      <ng-content />
    </fieldset>
  `,
  styles: `
    .rmc-keuzegroep__legend {
      font-weight: 700;
    }
  `,
})
export class KeuzegroepComponent {
  readonly legend = input.required<string>();
  readonly controlId = input.required<string>();
  readonly hint = input<string | null>();
  readonly fout = input<string | null | undefined>();
  readonly optioneel = input(false);

  protected readonly hintId = computed(() => `${this.controlId()}-hint`);
  protected readonly foutId = computed(() => `${this.controlId()}-fout`);
  protected readonly beschrijvingIds = computed(() => {
    const ids = [this.fout() ? this.foutId() : null, this.hint() ? this.hintId() : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
}
