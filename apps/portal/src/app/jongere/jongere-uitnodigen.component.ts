import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { JongereUitnodigingDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, StatusMessageComponent } from '@rmc/portal-ui';
import { firstValueFrom } from 'rxjs';
import { API } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';

/**
 * The consulent invites the young person to their own page (/jongere) from the case. The mail holds a
 * greeting and a one-time link only. Sending again makes the earlier link void and ends their sessions.
 */
@Component({
  selector: 'rmc-jongere-uitnodigen',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective, StatusMessageComponent],
  template: `
    <section aria-labelledby="jongere-uitnodigen-kop">
      <h2 class="utrecht-heading-2" id="jongere-uitnodigen-kop">Eigen pagina voor de jongere</h2>
      <p class="utrecht-paragraph">
        De jongere ziet daar het plan, de afspraken en wie het dossier bekeek. Een nieuwe uitnodiging maakt de vorige link
        ongeldig en logt de jongere overal uit (bijvoorbeeld bij een kwijtgeraakte telefoon).
      </p>
      <rmc-status-message [bericht]="melding()" />
      <rmc-error-summary
        [detail]="status.detail()"
        [fouten]="status.velden()"
        [controlIds]="{ email: 'jongere-uitnodiging-email' }"
      />
      <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
        <rmc-form-field
          label="E-mailadres van de jongere"
          controlId="jongere-uitnodiging-email"
          hint="Leeg: het e-mailadres uit het dossier."
          [fout]="status.fout('email')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="email"
            formControlName="email"
            autocomplete="off"
          />
        </rmc-form-field>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
          Jongere uitnodigen
        </button>
      </form>
    </section>
  `,
})
export class JongereUitnodigenComponent {
  private readonly http = inject(HttpClient);
  readonly casusId = input.required<string>();
  protected readonly status = new FormulierStatus();
  protected readonly melding = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: '' });

  protected async verstuur(): Promise<void> {
    const email = this.form.getRawValue().email.trim();
    let uit: JongereUitnodigingDto | undefined;
    const gelukt = await this.status.voerUit(
      async () =>
        (uit = await firstValueFrom(
          this.http.post<JongereUitnodigingDto>(`${API}/casussen/${this.casusId()}/jongere-uitnodiging`, email ? { email } : {}),
        )),
    );
    if (gelukt) this.melding.set(`Uitnodiging verstuurd naar ${uit!.verstuurdNaar}.`);
  }
}
