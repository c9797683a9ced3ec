import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { OverlegApi, voerOverlegUit, type Agendapunt, type OverlegWijziging } from './overleg.api';

/**
 * The chair's notes on one agenda item. A live update from the server replaces the text only while
 * the chair has not started typing, so an update never throws away what is being written.
 */
@Component({
  selector: 'rmc-notities-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="{ notities: veldId() }" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="opslaan()" novalidate>
      <rmc-form-field
        [label]="'Notities bij agendapunt ' + nummer()"
        [controlId]="veldId()"
        hint="Zakelijk en feitelijk; alle deelnemers lezen de notities mee."
        [fout]="status.fout('notities')"
      >
        <textarea rmcVeld class="utrecht-textarea utrecht-textarea--html-textarea" rows="4" formControlName="notities"></textarea>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Notities opslaan<span class="rmc-visueel-verborgen"> bij agendapunt {{ nummer() }}</span>
      </button>
    </form>
  `,
})
export class NotitiesFormComponent {
  private readonly api = inject(OverlegApi);
  readonly overlegId = input.required<string>();
  readonly punt = input.required<Agendapunt>();
  readonly nummer = input.required<number>();
  readonly gewijzigd = output<OverlegWijziging>();

  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ notities: '' });
  protected readonly veldId = () => `punt-${this.punt().id}-notities`;

  constructor() {
    effect(() => {
      const opServer = this.punt().notities ?? '';
      const veld = this.form.controls.notities;
      if (!veld.dirty) veld.setValue(opServer);
    });
  }

  protected async opslaan(): Promise<void> {
    if (this.status.bezig()) return;
    const notities = this.form.controls.notities.value;
    const overleg = await voerOverlegUit(this.status, () => this.api.notities(this.overlegId(), this.punt().id, notities));
    if (!overleg) return;
    this.form.controls.notities.markAsPristine();
    this.gewijzigd.emit({ overleg, bericht: `De notities bij agendapunt ${this.nummer()} zijn opgeslagen.` });
  }
}
