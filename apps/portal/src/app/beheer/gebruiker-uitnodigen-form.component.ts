import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { GebruikerDto, OrganisatieDto } from '@rmc/shared-api-types';
import { ORGANISATIE_SOORT_LABELS, ROLLEN_PER_SOORT, ROL_LABELS, type Rol } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, StatusMessageComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { GebruikersApi } from './gebruikers.api';

/** Invite a colleague: the role list follows the chosen organisation's kind (ROLLEN_PER_SOORT). */
@Component({
  selector: 'rmc-gebruiker-uitnodigen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent, StatusMessageComponent],
  template: `
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Naam" controlId="uitnodiging-naam" [fout]="status.fout('naam')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          formControlName="naam"
          autocomplete="off"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field
        label="E-mailadres"
        controlId="uitnodiging-email"
        hint="Hierheen sturen we de link om een wachtwoord in te stellen."
        [fout]="status.fout('email')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="email"
          formControlName="email"
          autocomplete="off"
          spellcheck="false"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field label="Organisatie" controlId="uitnodiging-organisatie" [fout]="status.fout('organisatieId')">
        <select
          rmcVeld
          class="utrecht-select utrecht-select--html-select"
          formControlName="organisatieId"
          (change)="organisatieGekozen()"
          aria-required="true"
        >
          <option value="">Kies een organisatie</option>
          @for (organisatie of actieveOrganisaties(); track organisatie.id) {
            <option [value]="organisatie.id">{{ organisatie.naam }} ({{ soortLabels[organisatie.soort] }})</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field
        label="Rol"
        controlId="uitnodiging-rol"
        [hint]="gekozenOrganisatie() ? null : 'Kies eerst een organisatie: de rollen hangen af van de soort organisatie.'"
        [fout]="status.fout('rol')"
      >
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="rol" aria-required="true">
          <option value="">Kies een rol</option>
          @for (rol of toegestaneRollen(); track rol) {
            <option [value]="rol">{{ rolLabels[rol] }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Uitnodiging versturen
      </button>
    </form>
  `,
})
export class GebruikerUitnodigenFormComponent {
  private readonly api = inject(GebruikersApi);

  readonly organisaties = input.required<OrganisatieDto[]>();
  readonly uitgenodigd = output<GebruikerDto>();

  protected readonly soortLabels = ORGANISATIE_SOORT_LABELS;
  protected readonly rolLabels = ROL_LABELS;
  protected readonly status = new FormulierStatus();
  protected readonly succes = signal<string | null>(null);
  protected readonly controlIds = {
    naam: 'uitnodiging-naam',
    email: 'uitnodiging-email',
    organisatieId: 'uitnodiging-organisatie',
    rol: 'uitnodiging-rol',
  };
  protected readonly form = inject(FormBuilder).nonNullable.group({
    naam: '',
    email: '',
    organisatieId: '',
    rol: '' as Rol | '',
  });

  private readonly organisatieId = toSignal(this.form.controls.organisatieId.valueChanges, { initialValue: '' });
  protected readonly actieveOrganisaties = computed(() => this.organisaties().filter((o) => o.actief));
  protected readonly gekozenOrganisatie = computed(() => this.organisaties().find((o) => o.id === this.organisatieId()) ?? null);
  protected readonly toegestaneRollen = computed<readonly Rol[]>(() => {
    const organisatie = this.gekozenOrganisatie();
    return organisatie ? (ROLLEN_PER_SOORT[organisatie.soort] ?? []) : [];
  });

  /** A role from the previous organisation may not fit the new one; with one option, pick it. */
  protected organisatieGekozen(): void {
    const rollen = this.toegestaneRollen();
    this.form.controls.rol.setValue(rollen.length === 1 ? rollen[0] : '');
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    this.succes.set(null);
    const { naam, email, organisatieId, rol } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!naam.trim()) fouten['naam'] = 'Vul de naam in.';
    if (!email.trim()) fouten['email'] = 'Vul het e-mailadres in.';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      fouten['email'] = 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.';
    if (!organisatieId) fouten['organisatieId'] = 'Kies een organisatie.';
    if (!rol) fouten['rol'] = 'Kies een rol.';
    else if (!this.toegestaneRollen().includes(rol)) fouten['rol'] = 'Deze rol past niet bij de gekozen organisatie.';
    if (Object.keys(fouten).length || !rol) return this.status.toonVeldfouten(fouten);

    let gebruiker: GebruikerDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      gebruiker = await this.api.nodigUit({ naam: naam.trim(), email: email.trim(), organisatieId, rol });
    });
    if (!gelukt || !gebruiker) return;
    this.form.reset();
    this.succes.set(`Uitnodiging verstuurd naar ${email.trim()}.`);
    this.uitgenodigd.emit(gebruiker);
  }
}
