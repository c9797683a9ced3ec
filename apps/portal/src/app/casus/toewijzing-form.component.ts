import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, ConsulentDto, ToewijzingInput } from '@rmc/shared-api-types';
import { DOELGROEPEN, type Doelgroep } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { DOELGROEP_LABELS, type CasusWijziging } from './casus-teksten';

/**
 * Coördinator: moves the case to another consulent (illness, workload) and may correct the doelgroep.
 * The API moves the open actions of the previous consulent along and notifies the new one.
 */
@Component({
  selector: 'rmc-toewijzing-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Consulent"
        controlId="toewijzing-consulent"
        [hint]="laadTekst() ?? 'Open acties van de vorige consulent gaan mee naar de nieuwe consulent.'"
        [fout]="status.fout('consulentId')"
      >
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="consulentId" aria-required="true">
          <option value="">Kies een consulent</option>
          @for (c of consulenten(); track c.id) {
            <option [value]="c.id">{{ c.naam }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field label="Doelgroep" controlId="toewijzing-doelgroep" [fout]="status.fout('doelgroep')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="doelgroep" aria-required="true">
          @for (d of doelgroepen; track d) {
            <option [value]="d">{{ doelgroepLabels[d] }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Toewijzing opslaan
      </button>
    </form>
  `,
})
export class ToewijzingFormComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly doelgroepen = DOELGROEPEN;
  protected readonly doelgroepLabels = DOELGROEP_LABELS;
  protected readonly consulenten = signal<ConsulentDto[]>([]);
  protected readonly laadTekst = signal<string | null>('Consulenten worden geladen…');
  protected readonly controlIds = { consulentId: 'toewijzing-consulent', doelgroep: 'toewijzing-doelgroep' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ consulentId: '', doelgroep: '' as Doelgroep | '' });

  constructor() {
    void this.laad();
    // The case gives the consulent's name; choose the matching entry so the form shows the current assignment.
    effect(() => {
      const c = this.casus();
      const consulent = this.consulenten().find((k) => k.naam === c.consulentNaam);
      this.form.setValue({ consulentId: consulent?.id ?? '', doelgroep: c.doelgroep ?? '' });
    });
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { consulentId, doelgroep } = this.form.getRawValue();
    if (!consulentId) return this.status.toonVeldfouten({ consulentId: 'Kies een consulent.' });
    const invoer: ToewijzingInput = { consulentId };
    if (doelgroep) invoer.doelgroep = doelgroep;
    const casus = await voerWijzigingUit(this.status, () => this.api.wijsToe(this.casus().id, invoer));
    if (!casus) return;
    const naam = casus.consulentNaam ?? this.consulenten().find((k) => k.id === consulentId)?.naam ?? 'de gekozen consulent';
    this.gewijzigd.emit({ casus, bericht: `De casus is toegewezen aan ${naam}.` });
  }

  private async laad(): Promise<void> {
    try {
      this.consulenten.set(await this.api.consulenten());
      this.laadTekst.set(this.consulenten().length ? null : 'Er zijn geen consulenten in uw regio om aan toe te wijzen.');
    } catch {
      this.laadTekst.set('De lijst met consulenten kon niet worden geladen. Vernieuw de pagina om het opnieuw te proberen.');
    }
  }
}
