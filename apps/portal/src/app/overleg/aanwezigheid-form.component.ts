import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { ErrorSummaryComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { OverlegApi, voerOverlegUit, type OverlegDeelnemer, type OverlegWijziging } from './overleg.api';

/** The chair records who attended. A live update resets the ticks only while nothing was changed here. */
@Component({
  selector: 'rmc-aanwezigheid-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummaryComponent, KeuzegroepComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="{ aanwezig: 'aanwezig-0' }" />
    <form class="rmc-formulier rmc-formulier--breed" (submit)="$event.preventDefault(); opslaan()" novalidate>
      <rmc-keuzegroep
        legend="Aanwezig"
        controlId="aanwezig-0"
        hint="Vink aan wie bij het overleg is."
        [fout]="status.fout('aanwezig')"
      >
        @for (d of deelnemers(); track d.gebruikerId; let i = $index) {
          <div class="rmc-keuze">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              [id]="'aanwezig-' + i"
              [checked]="gekozen().has(d.gebruikerId)"
              (change)="zet(d.gebruikerId, $any($event.target).checked)"
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" [for]="'aanwezig-' + i">{{ d.naam }}</label>
          </div>
        }
      </rmc-keuzegroep>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Aanwezigheid opslaan
      </button>
    </form>
  `,
})
export class AanwezigheidFormComponent {
  private readonly api = inject(OverlegApi);
  readonly overlegId = input.required<string>();
  readonly deelnemers = input.required<OverlegDeelnemer[]>();
  readonly gewijzigd = output<OverlegWijziging>();

  protected readonly status = new FormulierStatus();
  protected readonly gekozen = signal(new Set<string>());
  private aangepast = false;

  constructor() {
    effect(() => {
      const opServer = new Set(
        this.deelnemers()
          .filter((d) => d.aanwezig)
          .map((d) => d.gebruikerId),
      );
      if (!this.aangepast) this.gekozen.set(opServer);
    });
  }

  protected zet(id: string, aan: boolean): void {
    this.aangepast = true;
    const nieuw = new Set(this.gekozen());
    if (aan) nieuw.add(id);
    else nieuw.delete(id);
    this.gekozen.set(nieuw);
  }

  protected async opslaan(): Promise<void> {
    if (this.status.bezig()) return;
    const aanwezig = [...this.gekozen()];
    const overleg = await voerOverlegUit(this.status, () => this.api.aanwezigheid(this.overlegId(), aanwezig));
    if (!overleg) return;
    this.aangepast = false;
    this.gewijzigd.emit({
      overleg,
      bericht: `De aanwezigheid is opgeslagen (${aanwezig.length} van ${overleg.deelnemers.length} aanwezig).`,
    });
  }
}
