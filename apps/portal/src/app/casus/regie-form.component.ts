import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, ConsulentDto, OrganisatieDto, RegieInput } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import type { CasusWijziging } from './casus-teksten';

/** Procesregie (always a consulent of the region) and casusregie (the consulent or one partner organisation). */
@Component({
  selector: 'rmc-regie-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    @if (casus().regie; as r) {
      <dl class="rmc-gegevens">
        <dt>Procesregie</dt>
        <dd>{{ r.procesregie ?? 'Nog niet vastgelegd' }}</dd>
        <dt>Casusregie</dt>
        <dd>{{ r.casusregie ?? 'Nog niet vastgelegd' }}</dd>
      </dl>
    }
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Procesregie"
        controlId="regie-procesregie"
        hint="De consulent die het proces bewaakt."
        [fout]="status.fout('procesregieId')"
      >
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="procesregieId" aria-required="true">
          <option value="">{{ consulenten().length ? 'Kies een consulent' : 'Consulenten worden geladen…' }}</option>
          @for (c of consulenten(); track c.id) {
            <option [value]="c.id">{{ c.naam }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field
        label="Casusregie"
        controlId="regie-casusregie"
        hint="Wie de hulp rond de jongere coördineert (de regiehouder)."
        [fout]="status.fout('casusregieOrganisatieId')"
      >
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="casusregieOrganisatieId">
          <option value="">Bij de consulent met procesregie</option>
          @for (o of organisaties(); track o.id) {
            <option [value]="o.id">{{ o.naam }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Regie vastleggen
      </button>
    </form>
  `,
})
export class RegieFormComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  /** Partner organisations that can hold the casusregie. */
  readonly organisaties = input<OrganisatieDto[]>([]);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly consulenten = signal<ConsulentDto[]>([]);
  protected readonly controlIds = { procesregieId: 'regie-procesregie', casusregieOrganisatieId: 'regie-casusregie' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ procesregieId: '', casusregieOrganisatieId: '' });

  constructor() {
    void this.laad();
    // The case gives names; choose the matching entries so the form shows the current regie.
    effect(() => {
      const r = this.casus().regie;
      const consulent = this.consulenten().find((c) => c.naam === r?.procesregie);
      const organisatie = this.organisaties().find((o) => o.naam === r?.casusregie);
      this.form.setValue({ procesregieId: consulent?.id ?? '', casusregieOrganisatieId: organisatie?.id ?? '' });
    });
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { procesregieId, casusregieOrganisatieId } = this.form.getRawValue();
    if (!procesregieId) return this.status.toonVeldfouten({ procesregieId: 'Kies de consulent met procesregie.' });
    const invoer: RegieInput = { procesregieId };
    if (casusregieOrganisatieId) invoer.casusregieOrganisatieId = casusregieOrganisatieId;
    const casus = await voerWijzigingUit(this.status, () => this.api.regie(this.casus().id, invoer));
    if (casus) this.gewijzigd.emit({ casus, bericht: 'De regie is vastgelegd.' });
  }

  private async laad(): Promise<void> {
    try {
      this.consulenten.set(await this.api.consulenten());
    } catch (fout) {
      this.status.toonProbleem(fout);
    }
  }
}
