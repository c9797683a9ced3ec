import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { OverlegApi, voerOverlegUit, type OverlegWijziging } from './overleg.api';

/** The chair records a decision on one agenda item; every participant sees it at once. */
@Component({
  selector: 'rmc-besluit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="{ tekst: veldId() }" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Nieuw besluit" [controlId]="veldId()" [fout]="status.fout('tekst')">
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="2"
          formControlName="tekst"
          aria-required="true"
        ></textarea>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Besluit vastleggen<span class="rmc-visueel-verborgen"> bij agendapunt {{ nummer() }}</span>
      </button>
    </form>
  `,
})
export class BesluitFormComponent {
  private readonly api = inject(OverlegApi);
  readonly overlegId = input.required<string>();
  readonly puntId = input.required<string>();
  readonly nummer = input.required<number>();
  readonly gewijzigd = output<OverlegWijziging>();

  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ tekst: '' });
  protected readonly veldId = () => `punt-${this.puntId()}-besluit`;

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const tekst = this.form.controls.tekst.value.trim();
    if (tekst.length < 3) return this.status.toonVeldfouten({ tekst: 'Beschrijf het besluit (minstens 3 tekens).' });
    const overleg = await voerOverlegUit(this.status, () => this.api.besluit(this.overlegId(), this.puntId(), tekst));
    if (!overleg) return;
    this.form.reset();
    this.gewijzigd.emit({ overleg, bericht: `Het besluit bij agendapunt ${this.nummer()} is vastgelegd.` });
  }
}
