import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto } from '@rmc/shared-api-types';
import { TEKST_MAX } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, formatDatum } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { INTAKE_VRAGEN, type CasusWijziging } from './casus-teksten';

/** Analyseren: the intake conversation, recorded with the routekaart's intake questions. */
@Component({
  selector: 'rmc-casus-intake',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <section aria-labelledby="intake-kop">
      <h2 class="utrecht-heading-2" id="intake-kop">Intakegesprek</h2>
      @if (beheer()) {
        <p class="utrecht-paragraph">
          Leg het gesprek met de jongere vast met de vragen van de routekaart. Schrijf op wat de jongere vertelt en wat u ziet:
          feiten en wensen, geen diagnoses.
        </p>
        @if (casus().intake; as intake) {
          <p class="utrecht-paragraph rmc-klein">
            Vastgelegd voor het gesprek van {{ datum(intake.datum) }}. Opslaan vervangt de vorige versie.
          </p>
        }
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds()" />
        <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form()" (ngSubmit)="verstuur()" novalidate>
          <rmc-form-field label="Datum van het gesprek" controlId="intake-datum" [fout]="status.fout('datum')">
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
              type="date"
              [max]="vandaag"
              formControlName="datum"
              aria-required="true"
            />
          </rmc-form-field>
          @for (vraag of vragen(); track vraag; let i = $index) {
            <rmc-form-field
              [label]="vraag"
              [controlId]="'intake-v' + i"
              [optioneel]="true"
              [fout]="status.fout('antwoorden.' + vraag) ?? (i === 0 ? status.fout('antwoorden') : null)"
            >
              <textarea
                rmcVeld
                class="utrecht-textarea utrecht-textarea--html-textarea"
                rows="3"
                [attr.maxlength]="antwoordMax"
                [formControlName]="'v' + i"
              ></textarea>
            </rmc-form-field>
          }
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Intake vastleggen
          </button>
        </form>
      } @else if (casus().intake; as intake) {
        <p class="utrecht-paragraph">Gesprek van {{ datum(intake.datum) }}.</p>
        <dl class="rmc-gegevens">
          @for (a of antwoorden(); track a[0]) {
            <dt>{{ a[0] }}</dt>
            <dd class="rmc-gegevens__tekst">{{ a[1] }}</dd>
          }
        </dl>
      } @else {
        <p class="utrecht-paragraph">Er is nog geen intakegesprek vastgelegd.</p>
      }
    </section>
  `,
})
export class CasusIntakeComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly vandaag = vandaagInNederland();
  /** The API's limit (TEKST_MAX in shared-domain), so the browser stops where the server would refuse. */
  protected readonly antwoordMax = TEKST_MAX.intakeAntwoord;
  protected readonly datum = formatDatum;
  protected readonly status = new FormulierStatus();

  /** The routekaart's questions, plus any other question an earlier record holds (nothing is dropped). */
  protected readonly vragen = computed(() => {
    const eerder = Object.keys(this.casus().intake?.antwoorden ?? {});
    return [...INTAKE_VRAGEN, ...eerder.filter((v) => !INTAKE_VRAGEN.includes(v))];
  });
  protected readonly antwoorden = computed(() => Object.entries(this.casus().intake?.antwoorden ?? {}).filter(([, a]) => a));
  protected readonly controlIds = computed(() => ({ datum: 'intake-datum', antwoorden: 'intake-v0' }));
  protected readonly form = computed(() => {
    const antwoorden = this.casus().intake?.antwoorden ?? {};
    const velden: Record<string, FormControl<string>> = {
      datum: new FormControl(this.casus().intake?.datum ?? this.vandaag, { nonNullable: true }),
    };
    this.vragen().forEach((vraag, i) => (velden[`v${i}`] = new FormControl(antwoorden[vraag] ?? '', { nonNullable: true })));
    return new FormGroup(velden);
  });

  constructor() {
    effect(() => {
      this.casus();
      this.status.wis();
    });
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const waarden = this.form().getRawValue();
    const antwoorden: Record<string, string> = {};
    this.vragen().forEach((vraag, i) => {
      const antwoord = (waarden[`v${i}`] ?? '').trim();
      if (antwoord) antwoorden[vraag] = antwoord;
    });
    const fouten: Record<string, string> = {};
    if (!waarden['datum']) fouten['datum'] = 'Vul de datum van het gesprek in.';
    if (!Object.keys(antwoorden).length) fouten['antwoorden'] = 'Beantwoord minstens één intakevraag.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const casus = await voerWijzigingUit(this.status, () =>
      this.api.intake(this.casus().id, { datum: waarden['datum'], antwoorden }),
    );
    if (casus) this.gewijzigd.emit({ casus, bericht: 'Het intakegesprek is vastgelegd.' });
  }
}
