import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/**
 * Under a paged list: how many rows are shown (an aria-live status, so a screen reader hears the new
 * count after loading) and a real button "Meer laden" while the server has a next page.
 */
@Component({
  selector: 'rmc-meer-laden',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rmc-meer-laden">
      <p class="utrecht-paragraph rmc-meer-laden__status" role="status" aria-live="polite">{{ status() }}</p>
      @if (meer()) {
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          [disabled]="bezig()"
          [attr.aria-busy]="bezig() || null"
          (click)="laden.emit()"
        >
          {{ bezig() ? 'Bezig met laden…' : 'Meer laden' }}
        </button>
      }
    </div>
  `,
  styles: `
    .rmc-meer-laden {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
      margin-block: 1rem;
    }
    .rmc-meer-laden__status {
      margin: 0;
    }
  `,
})
export class MeerLadenComponent {
  /** Rows shown now. */
  readonly aantal = input.required<number>();
  /** Rows the filter matches, if the server counted them. */
  readonly totaal = input<number | null>(null);
  readonly meer = input.required<boolean>();
  readonly bezig = input(false);
  /** Plural noun, e.g. "meldingen". */
  readonly wat = input.required<string>();
  /** Singular noun, e.g. "melding". */
  readonly enkelvoud = input.required<string>();
  readonly laden = output<void>();

  protected readonly status = computed(() => {
    const n = this.aantal();
    const totaal = this.totaal();
    if (totaal !== null && totaal > n) return `${n} van ${totaal} ${this.wat()} getoond.`;
    if (this.meer()) return `${n} ${this.wat()} getoond; er zijn er meer.`;
    if (n === 0) return '';
    return n === 1 ? `1 ${this.enkelvoud()} getoond.` : `Alle ${n} ${this.wat()} getoond.`;
  });
}
