import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { OrganisatieDto } from '@rmc/shared-api-types';
import { ORGANISATIE_SOORTEN, ORGANISATIE_SOORT_LABELS, type OrganisatieSoort } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, StatusMessageComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { OrganisatiesApi } from './organisaties.api';

@Component({
  selector: 'rmc-organisatie-toevoegen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent, StatusMessageComponent],
  template: `
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Naam van de organisatie" controlId="organisatie-naam" [fout]="status.fout('naam')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          formControlName="naam"
          autocomplete="organization"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field label="Soort organisatie" controlId="organisatie-soort" [fout]="status.fout('soort')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="soort" aria-required="true">
          <option value="">Kies een soort</option>
          @for (soort of soorten; track soort) {
            <option [value]="soort">{{ labels[soort] }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Organisatie toevoegen
      </button>
    </form>
  `,
})
export class OrganisatieToevoegenFormComponent {
  private readonly api = inject(OrganisatiesApi);

  readonly toegevoegd = output<OrganisatieDto>();

  protected readonly soorten = ORGANISATIE_SOORTEN;
  protected readonly labels = ORGANISATIE_SOORT_LABELS;
  protected readonly status = new FormulierStatus();
  protected readonly succes = signal<string | null>(null);
  protected readonly controlIds = { naam: 'organisatie-naam', soort: 'organisatie-soort' };
  protected readonly form = inject(FormBuilder).nonNullable.group({ naam: '', soort: '' as OrganisatieSoort | '' });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    this.succes.set(null);
    const { naam, soort } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!naam.trim()) fouten['naam'] = 'Vul de naam van de organisatie in.';
    if (!soort) fouten['soort'] = 'Kies de soort organisatie.';
    if (Object.keys(fouten).length || !soort) return this.status.toonVeldfouten(fouten);

    let nieuw: OrganisatieDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      nieuw = await this.api.maak({ naam: naam.trim(), soort });
    });
    if (!gelukt || !nieuw) return;
    this.form.reset();
    this.succes.set(`Organisatie ${naam.trim()} is toegevoegd.`);
    this.toegevoegd.emit(nieuw);
  }
}
