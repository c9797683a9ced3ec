import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { MeldingenApi } from '../meldingen/meldingen.api';

/** Region → school: one specific question; the melding waits for the answer ("aanvulling gevraagd"). */
@Component({
  selector: 'rmc-aanvulling-vragen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="{ vraag: 'aanvulling-vraag' }" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Vraag aan de school" controlId="aanvulling-vraag" [hint]="hint()" [fout]="status.fout('vraag')">
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
          formControlName="vraag"
          aria-required="true"
        ></textarea>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Aanvulling vragen
      </button>
    </form>
  `,
})
export class AanvullingVragenFormComponent {
  private readonly api = inject(MeldingenApi);
  readonly meldingId = input.required<string>();
  readonly hint = input<string | null>('Stel één concrete vraag. De school ziet de vraag bij de melding en krijgt een bericht.');
  readonly klaar = output<string>();

  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ vraag: '' });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const vraag = this.form.getRawValue().vraag.trim();
    if (!vraag) return this.status.toonVeldfouten({ vraag: 'Schrijf de vraag aan de school.' });
    if (vraag.length < 5) return this.status.toonVeldfouten({ vraag: 'Stel een concrete vraag van minstens 5 tekens.' });
    const gelukt = await this.status.voerUit(() => this.api.vraagAanvulling(this.meldingId(), { vraag }));
    if (!gelukt) return;
    this.form.reset();
    this.klaar.emit('De vraag om aanvulling is naar de school gestuurd.');
  }
}
