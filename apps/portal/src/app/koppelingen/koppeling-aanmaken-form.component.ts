import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { KoppelingenApi, type NieuweSysteemkoppeling } from './koppelingen.api';

/** A new koppeling: only a name. The answer carries the token, which goes straight to the page's one-time panel. */
@Component({
  selector: 'rmc-koppeling-aanmaken-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Naam van de koppeling"
        controlId="koppeling-naam"
        hint="Zo herkent u de koppeling later terug, bijvoorbeeld de naam van het schoolsysteem: “Eduarte-koppeling”."
        [fout]="status.fout('naam')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          formControlName="naam"
          maxlength="80"
          autocomplete="off"
          aria-required="true"
        />
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Koppeling aanmaken
      </button>
    </form>
  `,
})
export class KoppelingAanmakenFormComponent {
  private readonly api = inject(KoppelingenApi);

  readonly aangemaakt = output<NieuweSysteemkoppeling>();

  protected readonly status = new FormulierStatus();
  protected readonly controlIds = { naam: 'koppeling-naam' };
  protected readonly form = inject(FormBuilder).nonNullable.group({ naam: '' });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const naam = this.form.getRawValue().naam.trim();
    // Same rule and words as the API (SysteemkoppelingCreateDto).
    if (naam.length < 2 || naam.length > 80)
      return this.status.toonVeldfouten({ naam: 'Geef de koppeling een naam (2 tot 80 tekens).' });

    let nieuw: NieuweSysteemkoppeling | null = null;
    const gelukt = await this.status.voerUit(async () => {
      nieuw = await this.api.maak(naam);
    });
    if (!gelukt || !nieuw) return;
    this.form.reset();
    this.aangemaakt.emit(nieuw);
  }
}
