import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { PlatformRegioDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { PlatformApi } from './platform.api';

/** Invites the first coördinator of a region; from then on the region manages its own users. */
@Component({
  selector: 'rmc-coordinator-uitnodigen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent],
  template: `
    <h3 class="utrecht-heading-3" id="coordinator-kop" tabindex="-1">Coördinator uitnodigen voor {{ regio().naam }}</h3>
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Naam" controlId="coordinator-naam" [fout]="status.fout('naam')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          formControlName="naam"
          autocomplete="off"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field label="E-mailadres" controlId="coordinator-email" [fout]="status.fout('email')">
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
      <div class="utrecht-button-group rmc-knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Uitnodiging versturen
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="geannuleerd.emit()">
          Annuleren
        </button>
      </div>
    </form>
  `,
})
export class CoordinatorUitnodigenFormComponent {
  private readonly api = inject(PlatformApi);

  readonly regio = input.required<PlatformRegioDto>();
  /** Emits the invited e-mail address. */
  readonly uitgenodigd = output<string>();
  readonly geannuleerd = output<void>();

  protected readonly status = new FormulierStatus();
  protected readonly controlIds = { naam: 'coordinator-naam', email: 'coordinator-email' };
  protected readonly form = inject(FormBuilder).nonNullable.group({ naam: '', email: '' });

  constructor() {
    // The form opens below the table: take the user there.
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => host.nativeElement.querySelector<HTMLElement>('#coordinator-kop')?.focus());
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { naam, email } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!naam.trim()) fouten['naam'] = 'Vul de naam in.';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      fouten['email'] = 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    const gelukt = await this.status.voerUit(() =>
      this.api.nodigCoordinatorUit(this.regio().id, { naam: naam.trim(), email: email.trim() }),
    );
    if (gelukt) this.uitgenodigd.emit(email.trim());
  }
}
