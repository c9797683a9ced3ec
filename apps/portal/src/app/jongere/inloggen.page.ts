import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { JongereApi } from './jongere.api';

/** Login for the young person: e-mail address, then the 6-digit code from the mail. */
@Component({
  selector: 'rmc-jongere-inloggen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    PageHeaderComponent,
    FormFieldComponent,
    FieldControlDirective,
    ErrorSummaryComponent,
    AlertComponent,
  ],
  template: `
    <rmc-page-header titel="Inloggen" intro="Log in op je eigen pagina bij het RMC." />
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    @if (!codeGevraagd()) {
      <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="vraagCode()" novalidate>
        <rmc-form-field label="Je e-mailadres" controlId="jongere-email" [fout]="status.fout('email')">
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="email"
            formControlName="email"
            autocomplete="email"
            aria-required="true"
          />
        </rmc-form-field>
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Stuur mij een code
        </button>
      </form>
    } @else {
      <rmc-alert soort="info">
        Is dit e-mailadres bij ons bekend? Dan krijg je zo een mail met een code van 6 cijfers. De code werkt 10 minuten.
      </rmc-alert>
      <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="inloggen()" novalidate>
        <rmc-form-field label="Code uit de mail" controlId="jongere-code" hint="6 cijfers" [fout]="status.fout('code')">
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            inputmode="numeric"
            formControlName="code"
            autocomplete="one-time-code"
            aria-required="true"
          />
        </rmc-form-field>
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Inloggen
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="codeGevraagd.set(false)">
          Andere code vragen
        </button>
      </form>
    }
  `,
})
export class JongereInloggenPage {
  private readonly api = inject(JongereApi);
  private readonly router = inject(Router);
  protected readonly status = new FormulierStatus();
  protected readonly controlIds = { email: 'jongere-email', code: 'jongere-code' };
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: '', code: '' });
  protected readonly codeGevraagd = signal(false);

  protected async vraagCode(): Promise<void> {
    const { email } = this.form.getRawValue();
    if (!email.includes('@')) return this.status.toonVeldfouten({ email: 'Vul je e-mailadres in.' });
    if (await this.status.voerUit(() => this.api.vraagCode(email.trim()))) this.codeGevraagd.set(true);
  }

  protected async inloggen(): Promise<void> {
    const { email, code } = this.form.getRawValue();
    if (!/^\d{6}$/.test(code.trim())) return this.status.toonVeldfouten({ code: 'De code heeft 6 cijfers.' });
    const gelukt = await this.status.voerUit(() => this.api.inloggen(email.trim(), code.trim()), {
      401: 'Deze code werkt niet. Controleer de code of vraag een nieuwe code.',
    });
    if (gelukt) await this.router.navigate(['/jongere']);
  }
}
