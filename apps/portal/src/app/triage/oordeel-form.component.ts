import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { OordeelInput } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { MeldingenApi } from '../meldingen/meldingen.api';
import { DOELGROEP_LABELS, OORDEEL_LABELS } from '../meldingen/melding-teksten';

const UITLEG: Record<OordeelInput['oordeel'], string> = {
  'actie-vereist': 'De regio pakt de melding op; er wordt een casus geopend of de melding wordt aan een lopende casus gekoppeld.',
  'geen-actie': 'De regio onderneemt niets; geef de reden.',
  'ter-kennisneming': 'De regio neemt de melding voor kennisgeving aan.',
};

/** The triage judgement: actie vereist (with doelgroep), geen actie (with reason) or ter kennisneming. */
@Component({
  selector: 'rmc-oordeel-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, KeuzegroepComponent, ErrorSummaryComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-keuzegroep legend="Wat is uw oordeel?" controlId="oordeel-oordeel" [fout]="status.fout('oordeel')">
        @for (o of oordelen; track o; let eerste = $first) {
          <div class="rmc-keuze rmc-keuze--met-uitleg">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              [id]="eerste ? 'oordeel-oordeel' : 'oordeel-' + o"
              [value]="o"
              formControlName="oordeel"
              [attr.aria-describedby]="'oordeel-uitleg-' + o"
            />
            <label class="utrecht-form-label utrecht-form-label--radio" [for]="eerste ? 'oordeel-oordeel' : 'oordeel-' + o">{{
              labels[o]
            }}</label>
            <span class="rmc-klein rmc-keuze__uitleg" [id]="'oordeel-uitleg-' + o">{{ uitleg[o] }}</span>
          </div>
        }
      </rmc-keuzegroep>
      @if (oordeel() === 'actie-vereist') {
        <rmc-form-field
          label="Doelgroep"
          controlId="oordeel-doelgroep"
          hint="Voor de casus die wordt geopend."
          [fout]="status.fout('doelgroep')"
        >
          <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="doelgroep" aria-required="true">
            <option value="">Kies de doelgroep</option>
            @for (d of doelgroepen; track d[0]) {
              <option [value]="d[0]">{{ d[1] }}</option>
            }
          </select>
        </rmc-form-field>
      }
      @if (oordeel() === 'geen-actie' || oordeel() === 'ter-kennisneming') {
        <rmc-form-field
          label="Reden"
          controlId="oordeel-reden"
          [optioneel]="oordeel() === 'ter-kennisneming'"
          [fout]="status.fout('reden')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="3"
            formControlName="reden"
            [attr.aria-required]="oordeel() === 'geen-actie'"
          ></textarea>
        </rmc-form-field>
      }
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Oordeel vastleggen
      </button>
    </form>
  `,
})
export class OordeelFormComponent {
  private readonly api = inject(MeldingenApi);
  readonly meldingId = input.required<string>();
  readonly klaar = output<string>();

  protected readonly oordelen = Object.keys(OORDEEL_LABELS) as OordeelInput['oordeel'][];
  protected readonly labels = OORDEEL_LABELS;
  protected readonly uitleg = UITLEG;
  protected readonly doelgroepen = Object.entries(DOELGROEP_LABELS);
  protected readonly controlIds = { oordeel: 'oordeel-oordeel', doelgroep: 'oordeel-doelgroep', reden: 'oordeel-reden' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    oordeel: '' as OordeelInput['oordeel'] | '',
    doelgroep: '',
    reden: '',
  });
  protected readonly oordeel = toSignal(this.form.controls.oordeel.valueChanges, { initialValue: '' as const });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { oordeel, doelgroep, reden } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!oordeel) fouten['oordeel'] = 'Kies een oordeel.';
    if (oordeel === 'actie-vereist' && !doelgroep) fouten['doelgroep'] = 'Kies de doelgroep van de casus.';
    if (oordeel === 'geen-actie' && !reden.trim()) fouten['reden'] = 'Geef de reden waarom de regio geen actie onderneemt.';
    if (Object.keys(fouten).length || !oordeel) return this.status.toonVeldfouten(fouten);
    const invoer: OordeelInput = { oordeel };
    if (oordeel === 'actie-vereist') invoer.doelgroep = doelgroep as OordeelInput['doelgroep'];
    else if (reden.trim()) invoer.reden = reden.trim();
    const gelukt = await this.status.voerUit(() => this.api.geefOordeel(this.meldingId(), invoer));
    if (!gelukt) return;
    this.klaar.emit(`Oordeel vastgelegd: ${OORDEEL_LABELS[oordeel].toLowerCase()}.`);
  }
}
