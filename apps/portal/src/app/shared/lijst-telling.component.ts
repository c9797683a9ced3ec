import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * Above a list: the result count ("37 meldingen", "meer dan 50 meldingen") and, when a filter is set,
 * a button that removes the filters. The empty state is the table's `leegTekst` (see `leegTekst`).
 */
@Component({
  selector: 'rmc-lijst-telling',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rmc-lijst-telling">
      <p class="utrecht-paragraph rmc-lijst-telling__aantal" data-testid="lijst-aantal">{{ aantal() }}{{ toelichting() }}</p>
      @if (gefilterd()) {
        <button type="button" class="utrecht-button utrecht-button--subtle rmc-knop--klein" (click)="wis.emit()">
          Filters wissen
        </button>
      }
    </div>
  `,
  styles: `
    .rmc-lijst-telling {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-block: 1rem 0.5rem;
    }
    .rmc-lijst-telling__aantal {
      margin: 0;
      font-weight: bold;
    }
  `,
})
export class LijstTellingComponent {
  /** The count text, e.g. from `UrlLijst.aantal()`. */
  readonly aantal = input.required<string>();
  /** Appended to the count, e.g. ", waarvan 3 te laat". */
  readonly toelichting = input('');
  readonly gefilterd = input(false);
  readonly wis = output<void>();
}

/** The empty state that says what to do: with a filter set, to change or remove it; else `zonder`. */
export function leegTekst(gefilterd: boolean, zonder: string): string {
  return gefilterd ? 'Niets gevonden met deze filters. Pas de filters aan of kies “Filters wissen”.' : zonder;
}
