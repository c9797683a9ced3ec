import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { LoginResponse } from '@rmc/shared-api-types';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  focusOpElement,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { navigatieMelding, veiligTerugPad } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';

@Component({
  selector: 'rmc-inloggen-page',
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
    <rmc-page-header titel="Inloggen" intro="Log in met het e-mailadres en het wachtwoord van uw account." />
    @if (melding) {
      <rmc-alert soort="ok">{{ melding }}</rmc-alert>
    }
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="E-mailadres" controlId="login-email" [fout]="status.fout('email')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="email"
          formControlName="email"
          autocomplete="username"
          spellcheck="false"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field label="Wachtwoord" controlId="login-wachtwoord" [fout]="status.fout('wachtwoord')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
          type="password"
          formControlName="wachtwoord"
          autocomplete="current-password"
          aria-required="true"
        />
      </rmc-form-field>
      @if (totpVereist()) {
        <rmc-form-field
          label="Code uit uw authenticator-app"
          controlId="login-totp"
          hint="Vul de code van 6 cijfers in die uw app nu toont."
          [fout]="status.fout('totp')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric rmc-invoer--kort"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="6"
            formControlName="totp"
            aria-required="true"
          />
        </rmc-form-field>
      }
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        {{ status.bezig() ? 'Bezig met inloggen…' : 'Inloggen' }}
      </button>
    </form>
  `,
})
export class InloggenPage {
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);

  /** Page to return to after login (query parameter, set by the guards). */
  readonly terug = input<string>();

  protected readonly melding = navigatieMelding();
  protected readonly status = new FormulierStatus();
  protected readonly totpVereist = signal(false);
  protected readonly controlIds = { email: 'login-email', wachtwoord: 'login-wachtwoord', totp: 'login-totp' };
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: '', wachtwoord: '', totp: '' });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { email, wachtwoord, totp } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!email.trim()) fouten['email'] = 'Vul uw e-mailadres in.';
    else if (!email.includes('@')) fouten['email'] = 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.';
    if (!wachtwoord) fouten['wachtwoord'] = 'Vul uw wachtwoord in.';
    if (this.totpVereist() && !/^\d{6}$/.test(totp.trim()))
      fouten['totp'] = 'Vul de code van 6 cijfers uit uw authenticator-app in.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    let antwoord: LoginResponse | null = null;
    const gelukt = await this.status.voerUit(
      async () => {
        antwoord = await this.sessie.inloggen({
          email: email.trim(),
          wachtwoord,
          ...(this.totpVereist() ? { totp: totp.trim() } : {}),
        });
      },
      {
        401: 'E-mailadres of wachtwoord onjuist.',
        429: 'Te veel inlogpogingen. Wacht een kwartier en probeer het dan opnieuw.',
      },
    );
    if (!gelukt || !antwoord) return;

    if ((antwoord as LoginResponse).totpVereist) {
      this.totpVereist.set(true);
      // The field appears after this change detection pass; then move focus into it.
      setTimeout(() => focusOpElement('login-totp'));
      return;
    }
    const me = await this.sessie.laad(true);
    if (me?.totpInstellenVereist) await this.router.navigate(['/totp-instellen']);
    else await this.router.navigateByUrl(veiligTerugPad(this.terug()));
  }
}
