import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, OrganisatieDto, PlanActieDto, PlanActieInput } from '@rmc/shared-api-types';
import {
  DataTableComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { ActieStatusFormComponent } from './actie-status-form.component';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { PlanDoelenComponent } from './plan-doelen.component';
import { RegieFormComponent } from './regie-form.component';
import { actieStatusBadge, type CasusWijziging } from './casus-teksten';

/** Open and past its deadline. */
export function overTijd(a: PlanActieDto, vandaag = vandaagInNederland()): boolean {
  return a.status === 'open' && !!a.deadline && a.deadline < vandaag;
}

/**
 * Plannen: the plan van aanpak — actions owned by the consulent or a partner organisation, the regie, and the
 * goals and agreed contact moments (their own form: they are saved apart from the actions).
 */
@Component({
  selector: 'rmc-casus-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    DataTableComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    ActieStatusFormComponent,
    RegieFormComponent,
    PlanDoelenComponent,
  ],
  template: `
    <section aria-labelledby="plan-kop">
      <h2 class="utrecht-heading-2" id="plan-kop">Plan van aanpak</h2>
      <rmc-data-table
        bijschrift="Acties in het plan van aanpak"
        [kolommen]="kolommen"
        [rijen]="acties()"
        [rijKlasse]="rijKlasse"
        leegTekst="Het plan heeft nog geen acties."
      />
      @if (beheer()) {
        @for (a of acties(); track a.id) {
          <details class="rmc-details">
            <summary>Status wijzigen: {{ a.omschrijving }}</summary>
            <div class="rmc-details__inhoud">
              <rmc-actie-status-form [casusId]="casus().id" [actie]="a" [metOpen]="true" (gewijzigd)="gewijzigd.emit($event)" />
            </div>
          </details>
        }

        <h3 class="utrecht-heading-3" id="actie-kop">Actie toevoegen</h3>
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="voegToe()" novalidate>
          <rmc-form-field
            label="Omschrijving"
            controlId="actie-omschrijving"
            hint="Wat moet er gebeuren? Eén concrete actie."
            [fout]="status.fout('omschrijving')"
          >
            <textarea
              rmcVeld
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows="2"
              formControlName="omschrijving"
              aria-required="true"
            ></textarea>
          </rmc-form-field>
          <rmc-form-field
            label="Eigenaar"
            controlId="actie-eigenaar"
            hint="De organisatie die de actie uitvoert. Een partner ziet alleen de eigen acties."
            [fout]="status.fout('eigenaarOrganisatieId')"
          >
            <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="eigenaarOrganisatieId">
              <option value="">RMC-consulent</option>
              <option value="jongere">De jongere zelf (ziet het op de eigen pagina en vinkt het daar af)</option>
              @for (o of partners(); track o.id) {
                <option [value]="o.id">{{ o.naam }}</option>
              }
            </select>
          </rmc-form-field>
          <rmc-form-field label="Deadline" controlId="actie-deadline" [optioneel]="true" [fout]="status.fout('deadline')">
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
              type="date"
              [min]="vandaag"
              formControlName="deadline"
            />
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Actie toevoegen
          </button>
        </form>

        <h3 class="utrecht-heading-3" id="regie-kop">Regie</h3>
        <p class="utrecht-paragraph">
          De procesregie ligt altijd bij een consulent van de regio. De casusregie (de regiehouder) ligt bij de consulent of bij
          één partnerorganisatie.
        </p>
        <rmc-regie-form [casus]="casus()" [organisaties]="partners()" (gewijzigd)="gewijzigd.emit($event)" />
      }
      <rmc-plan-doelen
        [casus]="casus()"
        [beheer]="beheer()"
        [organisaties]="organisaties()"
        (gewijzigd)="gewijzigd.emit($event)"
      />
    </section>
  `,
})
export class CasusPlanComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly organisaties = input<OrganisatieDto[]>([]);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly vandaag = vandaagInNederland();
  protected readonly acties = computed(() => this.casus().acties ?? []);
  /** The region's own team is "RMC-consulent" (no owner organisation). */
  protected readonly partners = computed(() => this.organisaties().filter((o) => o.soort !== 'regio-team'));
  protected readonly kolommen: Kolom<PlanActieDto>[] = [
    { kop: 'Actie', waarde: (a) => a.omschrijving },
    { kop: 'Eigenaar', waarde: (a) => a.eigenaar ?? 'RMC-consulent' },
    {
      kop: 'Deadline',
      waarde: (a) => formatDatum(a.deadline) || 'Geen',
      badges: (a) => (overTijd(a) ? [{ tekst: 'Over tijd', soort: 'fout' }] : []),
    },
    { kop: 'Status', waarde: () => '', badges: (a) => [actieStatusBadge(a.status)] },
    { kop: 'Toelichting', waarde: (a) => a.toelichting },
  ];
  protected readonly rijKlasse = (a: PlanActieDto) => (overTijd(a) ? 'rmc-rij--te-laat' : null);

  protected readonly controlIds = {
    omschrijving: 'actie-omschrijving',
    eigenaarOrganisatieId: 'actie-eigenaar',
    deadline: 'actie-deadline',
  };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ omschrijving: '', eigenaarOrganisatieId: '', deadline: '' });

  protected async voegToe(): Promise<void> {
    if (this.status.bezig()) return;
    const { omschrijving, eigenaarOrganisatieId, deadline } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (omschrijving.trim().length < 3) fouten['omschrijving'] = 'Omschrijf de actie (minstens 3 tekens).';
    if (deadline && deadline < this.vandaag) fouten['deadline'] = 'De deadline ligt in het verleden.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const invoer: PlanActieInput = { omschrijving: omschrijving.trim() };
    if (eigenaarOrganisatieId === 'jongere') invoer.eigenaarJongere = true;
    else if (eigenaarOrganisatieId) invoer.eigenaarOrganisatieId = eigenaarOrganisatieId;
    if (deadline) invoer.deadline = deadline;
    const casus = await voerWijzigingUit(this.status, () => this.api.actie(this.casus().id, invoer));
    if (!casus) return;
    this.form.reset();
    const eigenaar =
      eigenaarOrganisatieId === 'jongere'
        ? 'de jongere zelf'
        : (this.partners().find((o) => o.id === eigenaarOrganisatieId)?.naam ?? 'de RMC-consulent');
    this.gewijzigd.emit({ casus, bericht: `De actie “${invoer.omschrijving}” is toegevoegd voor ${eigenaar}.` });
  }
}
