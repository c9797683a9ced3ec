import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, FaseInput } from '@rmc/shared-api-types';
import { SLUITREDENEN, STANDAARD_MINIMUM_INSPANNING, type Sluitreden } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { EVALUATIE_VRAGEN, SLUITREDEN_LABELS, type CasusWijziging } from './casus-teksten';

const MIN = STANDAARD_MINIMUM_INSPANNING;

/**
 * Closing a case: the reason (the DUO values and the routekaart outcomes), a professional justification
 * when closing without contact, and from evalueren first the routekaart's evaluation questions.
 */
@Component({
  selector: 'rmc-casus-afsluiten-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      @if (metEvaluatie()) {
        <fieldset class="rmc-groep" formGroupName="evaluatie" aria-describedby="afsluiten-evaluatie-hint">
          <legend class="rmc-groep__legend">Evaluatie</legend>
          <p class="utrecht-paragraph rmc-klein" id="afsluiten-evaluatie-hint">
            Beantwoord de evaluatievragen van de routekaart. De antwoorden worden bij de casus bewaard.
          </p>
          @for (vraag of evaluatieVragen; track vraag; let i = $index) {
            <rmc-form-field [label]="vraag" [controlId]="'afsluiten-e' + i" [fout]="i === 0 ? status.fout('evaluatie') : null">
              <textarea
                rmcVeld
                class="utrecht-textarea utrecht-textarea--html-textarea"
                rows="2"
                [formControlName]="'e' + i"
                aria-required="true"
              ></textarea>
            </rmc-form-field>
          }
        </fieldset>
      }
      <rmc-form-field label="Reden van afsluiten" controlId="afsluiten-sluitreden" [fout]="status.fout('sluitreden')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="sluitreden" aria-required="true">
          <option value="">Kies de reden</option>
          @for (r of sluitredenen; track r) {
            <option [value]="r">{{ sluitredenLabels[r] }}</option>
          }
        </select>
      </rmc-form-field>
      @if (sluitreden() === 'geen-contact') {
        <rmc-form-field
          label="Professionele onderbouwing"
          controlId="afsluiten-onderbouwing"
          [optioneel]="true"
          [hint]="onderbouwingHint"
          [fout]="status.fout('onderbouwing')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="4"
            formControlName="onderbouwing"
          ></textarea>
        </rmc-form-field>
      }
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Casus afsluiten
      </button>
    </form>
  `,
})
export class CasusAfsluitenFormComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly metEvaluatie = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly evaluatieVragen = EVALUATIE_VRAGEN;
  protected readonly sluitredenen = SLUITREDENEN;
  protected readonly sluitredenLabels = SLUITREDEN_LABELS;
  protected readonly onderbouwingHint =
    `Zonder contact afsluiten kan na minstens ${MIN.brieven} brief en ${MIN.huisbezoeken} huisbezoeken binnen ${MIN.binnenDagen / 7} weken. ` +
    'Is dat niet gelukt, onderbouw dan waarom u toch afsluit (minstens 20 tekens).';
  protected readonly controlIds: Record<string, string> = {
    sluitreden: 'afsluiten-sluitreden',
    onderbouwing: 'afsluiten-onderbouwing',
    evaluatie: 'afsluiten-e0',
  };
  protected readonly status = new FormulierStatus();
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    sluitreden: '',
    onderbouwing: '',
    evaluatie: this.fb.group(
      Object.fromEntries(EVALUATIE_VRAGEN.map((_, i) => [`e${i}`, new FormControl('', { nonNullable: true })])),
    ),
  });
  private readonly sluitredenWaarde = toSignal(this.form.controls.sluitreden.valueChanges, { initialValue: '' });
  protected readonly sluitreden = computed(() => this.sluitredenWaarde());

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { sluitreden, onderbouwing, evaluatie } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    const antwoorden = Object.fromEntries(EVALUATIE_VRAGEN.map((vraag, i) => [vraag, (evaluatie[`e${i}`] ?? '').trim()]));
    if (this.metEvaluatie() && Object.values(antwoorden).some((a) => !a))
      fouten['evaluatie'] = 'Beantwoord alle evaluatievragen.';
    if (!sluitreden) fouten['sluitreden'] = 'Kies de reden van afsluiten.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const invoer: FaseInput = { naar: 'afgesloten', sluitreden: sluitreden as Sluitreden };
    if (sluitreden === 'geen-contact' && onderbouwing.trim()) invoer.onderbouwing = onderbouwing.trim();
    if (this.metEvaluatie()) invoer.evaluatie = antwoorden;
    const casus = await voerWijzigingUit(this.status, () => this.api.naarFase(this.casus().id, invoer));
    if (casus)
      this.gewijzigd.emit({
        casus,
        bericht: `De casus is afgesloten: ${SLUITREDEN_LABELS[sluitreden as Sluitreden].toLowerCase()}.`,
      });
  }
}
