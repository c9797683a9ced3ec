import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, formatMoment } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import type { CasusWijziging } from './casus-teksten';

/** Notes of partners: the region reads all of them; a partner writes and reads its own organisation's. */
@Component({
  selector: 'rmc-casus-notities',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <section aria-labelledby="notities-kop">
      <h2 class="utrecht-heading-2" id="notities-kop">{{ partner() ? 'Notities voor het RMC' : 'Notities van partners' }}</h2>
      @if (partner()) {
        <p class="utrecht-paragraph">
          Wat u hier schrijft, leest het RMC bij de casus. U ziet alleen de notities van uw eigen organisatie.
        </p>
      }
      @if (notities().length) {
        <ol class="rmc-tijdlijn">
          @for (n of notities(); track $index) {
            <li class="rmc-tijdlijn__item">
              <p class="utrecht-paragraph rmc-klein">
                <strong>{{ n.organisatie }}</strong> · {{ moment(n.op) }}
              </p>
              <p class="utrecht-paragraph rmc-gegevens__tekst">{{ n.tekst }}</p>
            </li>
          }
        </ol>
      } @else {
        <p class="utrecht-paragraph">Er zijn nog geen notities.</p>
      }
      @if (partner()) {
        <h3 class="utrecht-heading-3" id="notitie-nieuw-kop">Notitie toevoegen</h3>
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
          <rmc-form-field
            label="Notitie"
            controlId="notitie-tekst"
            hint="Feiten en afspraken; geen diagnoses."
            [fout]="status.fout('tekst')"
          >
            <textarea
              rmcVeld
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows="4"
              formControlName="tekst"
              aria-required="true"
            ></textarea>
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Notitie opslaan
          </button>
        </form>
      }
    </section>
  `,
})
export class CasusNotitiesComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly partner = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly moment = formatMoment;
  protected readonly notities = computed(() => this.casus().notities ?? []);
  protected readonly controlIds = { tekst: 'notitie-tekst' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ tekst: '' });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const tekst = this.form.getRawValue().tekst.trim();
    if (tekst.length < 2) return this.status.toonVeldfouten({ tekst: 'Schrijf een notitie (minstens 2 tekens).' });
    const casus = await voerWijzigingUit(this.status, () => this.api.notitie(this.casus().id, { tekst }));
    if (!casus) return;
    this.form.reset();
    this.gewijzigd.emit({ casus, bericht: 'De notitie is opgeslagen. Het RMC ziet haar bij de casus.' });
  }
}
