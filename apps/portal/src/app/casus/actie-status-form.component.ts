import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { PlanActieDto, PlanActieStatus, PlanActieStatusInput } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { ACTIE_STATUS_LABELS, type CasusWijziging } from './casus-teksten';

const MET_REDEN: PlanActieStatus[] = ['niet-gedaan', 'niet-mogelijk'];

/** The status of one plan action: done, not done or not possible (the last two with the reason). */
@Component({
  selector: 'rmc-actie-status-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective, KeuzegroepComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds()" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-keuzegroep
        [legend]="'Status van “' + actie().omschrijving + '”'"
        [controlId]="prefix() + '-status'"
        [fout]="status.fout('status')"
      >
        @for (s of keuzes(); track s; let eerste = $first) {
          <div class="rmc-keuze">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              [id]="eerste ? prefix() + '-status' : prefix() + '-' + s"
              [value]="s"
              formControlName="status"
            />
            <label
              class="utrecht-form-label utrecht-form-label--radio"
              [for]="eerste ? prefix() + '-status' : prefix() + '-' + s"
              >{{ labels[s] }}</label
            >
          </div>
        }
      </rmc-keuzegroep>
      @if (metReden()) {
        <rmc-form-field
          label="Reden"
          [controlId]="prefix() + '-toelichting'"
          hint="Waarom is de actie niet gedaan of niet mogelijk? Het RMC leest dit mee."
          [fout]="status.fout('toelichting')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="3"
            formControlName="toelichting"
            aria-required="true"
          ></textarea>
        </rmc-form-field>
      } @else {
        <rmc-form-field
          label="Toelichting"
          [controlId]="prefix() + '-toelichting'"
          [optioneel]="true"
          [fout]="status.fout('toelichting')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="2"
            formControlName="toelichting"
          ></textarea>
        </rmc-form-field>
      }
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Status opslaan<span class="rmc-visueel-verborgen"> van “{{ actie().omschrijving }}”</span>
      </button>
    </form>
  `,
})
export class ActieStatusFormComponent {
  private readonly api = inject(CasusApi);
  readonly casusId = input.required<string>();
  readonly actie = input.required<PlanActieDto>();
  /** The RMC may also reopen an action; a partner reports done / not done / not possible. */
  readonly metOpen = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly labels = ACTIE_STATUS_LABELS;
  protected readonly keuzes = computed<PlanActieStatus[]>(() =>
    this.metOpen() ? ['open', 'gedaan', 'niet-gedaan', 'niet-mogelijk'] : ['gedaan', 'niet-gedaan', 'niet-mogelijk'],
  );
  protected readonly prefix = computed(() => `actie-${this.actie().id}`);
  protected readonly controlIds = computed(() => ({
    status: `${this.prefix()}-status`,
    toelichting: `${this.prefix()}-toelichting`,
  }));
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ status: '' as PlanActieStatus | '', toelichting: '' });
  private readonly gekozen = toSignal(this.form.controls.status.valueChanges, { initialValue: '' as const });
  protected readonly metReden = computed(() => MET_REDEN.includes(this.gekozen() as PlanActieStatus));

  constructor() {
    effect(() => {
      const a = this.actie();
      this.form.setValue({ status: a.status === 'open' && !this.metOpen() ? '' : a.status, toelichting: a.toelichting ?? '' });
    });
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { status, toelichting } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!status) fouten['status'] = 'Kies de status van de actie.';
    if (status && MET_REDEN.includes(status) && !toelichting.trim()) fouten['toelichting'] = 'Geef de reden.';
    if (Object.keys(fouten).length || !status) return this.status.toonVeldfouten(fouten);
    const invoer: PlanActieStatusInput = { status };
    if (toelichting.trim()) invoer.toelichting = toelichting.trim();
    const casus = await voerWijzigingUit(this.status, () => this.api.actieStatus(this.casusId(), this.actie().id, invoer));
    if (casus)
      this.gewijzigd.emit({
        casus,
        bericht: `De status van “${this.actie().omschrijving}” is nu: ${ACTIE_STATUS_LABELS[status].toLowerCase()}.`,
      });
  }
}
