import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import type { CasusWijziging } from './casus-teksten';

/** Waarnemen: the oordeel signalering — is direct action needed, and why. */
@Component({
  selector: 'rmc-casus-signalering',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective, KeuzegroepComponent],
  template: `
    <section aria-labelledby="signalering-kop">
      <h2 class="utrecht-heading-2" id="signalering-kop">Oordeel signalering</h2>
      <p class="utrecht-paragraph">
        Beoordeel in de fase Waarnemen of directe actie nodig is: is de jongere zonder startkwalificatie en zonder school, werk of
        dagbesteding, en wat weet u al (bron, verzuim, eerdere contacten)? Met “ja” kan de casus naar Analyseren.
      </p>
      @if (casus().oordeelSignalering; as o) {
        <dl class="rmc-gegevens">
          <dt>Directe actie nodig</dt>
          <dd>{{ o.actieNodig ? 'Ja' : 'Nee' }}</dd>
          <dt>Toelichting</dt>
          <dd class="rmc-gegevens__tekst">{{ o.toelichting }}</dd>
        </dl>
      } @else {
        <p class="utrecht-paragraph">Er is nog geen oordeel vastgelegd.</p>
      }
      @if (beheer()) {
        <h3 class="utrecht-heading-3">{{ casus().oordeelSignalering ? 'Oordeel wijzigen' : 'Oordeel vastleggen' }}</h3>
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
          <rmc-keuzegroep legend="Is directe actie nodig?" controlId="signalering-actieNodig" [fout]="status.fout('actieNodig')">
            <div class="rmc-keuze">
              <input
                class="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                id="signalering-actieNodig"
                value="ja"
                formControlName="actieNodig"
              />
              <label class="utrecht-form-label utrecht-form-label--radio" for="signalering-actieNodig"
                >Ja, directe actie is nodig</label
              >
            </div>
            <div class="rmc-keuze">
              <input
                class="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                id="signalering-actieNodig-nee"
                value="nee"
                formControlName="actieNodig"
              />
              <label class="utrecht-form-label utrecht-form-label--radio" for="signalering-actieNodig-nee"
                >Nee, geen directe actie</label
              >
            </div>
          </rmc-keuzegroep>
          <rmc-form-field
            label="Toelichting"
            controlId="signalering-toelichting"
            hint="Waarom wel of geen actie? Noem de feiten waarop u het oordeel baseert."
            [fout]="status.fout('toelichting')"
          >
            <textarea
              rmcVeld
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows="4"
              formControlName="toelichting"
              aria-required="true"
            ></textarea>
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Oordeel vastleggen
          </button>
        </form>
      }
    </section>
  `,
})
export class CasusSignaleringComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly controlIds = { actieNodig: 'signalering-actieNodig', toelichting: 'signalering-toelichting' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ actieNodig: '' as '' | 'ja' | 'nee', toelichting: '' });

  constructor() {
    // Start from the recorded judgement, so a change is an edit, not a retype.
    effect(() => {
      const o = this.casus().oordeelSignalering;
      if (o) this.form.setValue({ actieNodig: o.actieNodig ? 'ja' : 'nee', toelichting: o.toelichting });
    });
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { actieNodig, toelichting } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!actieNodig) fouten['actieNodig'] = 'Kies of directe actie nodig is.';
    if (toelichting.trim().length < 5) fouten['toelichting'] = 'Licht het oordeel toe (minstens 5 tekens).';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const casus = await voerWijzigingUit(this.status, () =>
      this.api.signalering(this.casus().id, { actieNodig: actieNodig === 'ja', toelichting: toelichting.trim() }),
    );
    if (casus) this.gewijzigd.emit({ casus, bericht: 'Het oordeel signalering is vastgelegd.' });
  }
}
