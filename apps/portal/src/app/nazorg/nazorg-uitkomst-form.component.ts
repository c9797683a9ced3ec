import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { NAZORG_UITKOMSTEN, NazorgApi, type NazorgTaakDto, type NazorgUitkomst, type NazorgUitkomstAntwoord } from './nazorg.api';

/** Records the outcome of one nazorg check-in. */
@Component({
  selector: 'rmc-nazorg-uitkomst-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective, KeuzegroepComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds()" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-keuzegroep
        [legend]="'Waar is ' + naam() + ' nu?'"
        [controlId]="prefix() + '-uitkomst'"
        [fout]="status.fout('uitkomst')"
      >
        @for (u of uitkomsten; track u.waarde; let eerste = $first) {
          <div class="rmc-keuze">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              [id]="eerste ? prefix() + '-uitkomst' : prefix() + '-uitkomst-' + u.waarde"
              [value]="u.waarde"
              formControlName="uitkomst"
            />
            <label
              class="utrecht-form-label utrecht-form-label--radio"
              [for]="eerste ? prefix() + '-uitkomst' : prefix() + '-uitkomst-' + u.waarde"
              >{{ u.label }}</label
            >
          </div>
        }
      </rmc-keuzegroep>
      <rmc-form-field
        label="Toelichting"
        [controlId]="prefix() + '-toelichting'"
        [optioneel]="true"
        hint="Bijvoorbeeld de school of werkgever, of wat u heeft geprobeerd."
        [fout]="status.fout('toelichting')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
          formControlName="toelichting"
        ></textarea>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Uitkomst vastleggen<span class="rmc-visueel-verborgen"> voor {{ naam() }}</span>
      </button>
    </form>
  `,
})
export class NazorgUitkomstFormComponent {
  private readonly api = inject(NazorgApi);
  readonly taak = input.required<NazorgTaakDto>();
  readonly vastgelegd = output<NazorgUitkomstAntwoord>();

  protected readonly uitkomsten = NAZORG_UITKOMSTEN;
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ uitkomst: '' as '' | NazorgUitkomst, toelichting: '' });

  protected readonly prefix = computed(() => `nazorg-${this.taak().id}`);
  protected readonly naam = computed(() => `${this.taak().voornaam} ${this.taak().achternaam}`);
  protected readonly controlIds = computed<Record<string, string>>(() => ({
    uitkomst: `${this.prefix()}-uitkomst`,
    toelichting: `${this.prefix()}-toelichting`,
  }));

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { uitkomst, toelichting } = this.form.getRawValue();
    if (!uitkomst) return this.status.toonVeldfouten({ uitkomst: 'Kies waar de jongere nu is.' });
    let antwoord: NazorgUitkomstAntwoord | null = null;
    const gelukt = await this.status.voerUit(async () => {
      antwoord = await this.api.legUitkomstVast(this.taak().id, uitkomst, toelichting.trim() || undefined);
    });
    if (gelukt && antwoord) this.vastgelegd.emit(antwoord);
  }
}
