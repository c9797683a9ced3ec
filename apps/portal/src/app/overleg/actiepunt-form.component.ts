import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { OverlegApi, voerOverlegUit, type OverlegActieInput, type OverlegDeelnemer, type OverlegWijziging } from './overleg.api';

/**
 * The chair adds an action item: owner organisation (a participant, or the region's own team), optionally
 * one person, and a due date. It lands in the case plan as an action of that organisation.
 */
@Component({
  selector: 'rmc-actiepunt-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds()" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Actiepunt"
        [controlId]="id('omschrijving')"
        hint="Eén concrete actie."
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
        label="Eigenaar (organisatie)"
        [controlId]="id('eigenaar')"
        hint="Het actiepunt komt in het plan van aanpak van de casus, als actie van deze organisatie."
        [fout]="status.fout('eigenaarOrganisatieId')"
      >
        <select
          rmcVeld
          class="utrecht-select utrecht-select--html-select"
          formControlName="eigenaarOrganisatieId"
          aria-required="true"
        >
          <option value="">Kies de organisatie</option>
          @for (o of organisaties(); track o.id) {
            <option [value]="o.id">{{ o.naam }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field
        label="Medewerker"
        [controlId]="id('gebruiker')"
        [optioneel]="true"
        hint="Leeg: de organisatie als geheel."
        [fout]="status.fout('eigenaarGebruikerId')"
      >
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="eigenaarGebruikerId">
          <option value="">Geen medewerker</option>
          @for (d of deelnemers(); track d.gebruikerId) {
            <option [value]="d.gebruikerId">{{ d.naam }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field label="Deadline" [controlId]="id('deadline')" [fout]="status.fout('deadline')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
          type="date"
          [min]="vandaag"
          formControlName="deadline"
          aria-required="true"
        />
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Actiepunt toevoegen<span class="rmc-visueel-verborgen"> bij agendapunt {{ nummer() }}</span>
      </button>
    </form>
  `,
})
export class ActiepuntFormComponent {
  private readonly api = inject(OverlegApi);
  readonly overlegId = input.required<string>();
  readonly puntId = input.required<string>();
  readonly nummer = input.required<number>();
  readonly organisaties = input.required<{ id: string; naam: string }[]>();
  readonly deelnemers = input<OverlegDeelnemer[]>([]);
  readonly gewijzigd = output<OverlegWijziging>();

  protected readonly vandaag = vandaagInNederland();
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    omschrijving: '',
    eigenaarOrganisatieId: '',
    eigenaarGebruikerId: '',
    deadline: '',
  });
  protected readonly id = (veld: string) => `punt-${this.puntId()}-actie-${veld}`;
  protected readonly controlIds = computed(() => ({
    omschrijving: this.id('omschrijving'),
    eigenaarOrganisatieId: this.id('eigenaar'),
    eigenaarGebruikerId: this.id('gebruiker'),
    deadline: this.id('deadline'),
  }));

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { omschrijving, eigenaarOrganisatieId, eigenaarGebruikerId, deadline } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (omschrijving.trim().length < 3) fouten['omschrijving'] = 'Omschrijf het actiepunt (minstens 3 tekens).';
    if (!eigenaarOrganisatieId) fouten['eigenaarOrganisatieId'] = 'Kies de organisatie die het actiepunt uitvoert.';
    if (!deadline) fouten['deadline'] = 'Vul een deadline in.';
    else if (deadline < this.vandaag) fouten['deadline'] = 'De deadline ligt in het verleden.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const invoer: OverlegActieInput = { omschrijving: omschrijving.trim(), eigenaarOrganisatieId, deadline };
    if (eigenaarGebruikerId) invoer.eigenaarGebruikerId = eigenaarGebruikerId;
    const overleg = await voerOverlegUit(this.status, () => this.api.actie(this.overlegId(), this.puntId(), invoer));
    if (!overleg) return;
    this.form.reset();
    const eigenaar = this.organisaties().find((o) => o.id === eigenaarOrganisatieId)?.naam ?? 'de gekozen organisatie';
    this.gewijzigd.emit({
      overleg,
      bericht: `Het actiepunt “${invoer.omschrijving}” is toegevoegd voor ${eigenaar} en staat in het plan van aanpak.`,
    });
  }
}
