import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { LoginResponse, SsoKnop } from '@rmc/shared-api-types';
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
import { SsoApi } from '../beheer/identiteitsproviders.api';

/** Why a single sign-on came back without a session (the callback's `sso-fout` code; never personal data). */
const SSO_FOUTEN: Record<string, string> = {
  'geen-toegang':
    'Inloggen via uw organisatie is niet gelukt. Er is op dit platform geen account voor u bij deze organisatie, of uw e-mailadres hoort niet bij deze organisatie. Vraag uw regio om een uitnodiging.',
  ongeldig: 'Het antwoord van uw organisatie kon niet worden gecontroleerd. Probeer het opnieuw.',
  verlopen: 'Uw inlogpoging is verlopen. Probeer het opnieuw.',
  'niet-bereikbaar': 'De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
};

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
    @if (ssoTotp()) {
      <rmc-page-header titel="Inloggen" intro="Uw organisatie heeft u aangemeld. Vul nog de code uit uw authenticator-app in." />
      <rmc-error-summary [detail]="totpStatus.detail()" [fouten]="totpStatus.velden()" [controlIds]="{ totp: 'sso-totp' }" />
      <form class="rmc-formulier" [formGroup]="totpForm" (ngSubmit)="verstuurSsoTotp()" novalidate>
        <rmc-form-field
          label="Code uit uw authenticator-app"
          controlId="sso-totp"
          hint="Vul de code van 6 cijfers in die uw app nu toont."
          [fout]="totpStatus.fout('totp')"
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
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="totpStatus.bezig()">
          {{ totpStatus.bezig() ? 'Bezig met inloggen…' : 'Inloggen' }}
        </button>
      </form>
    } @else {
      <rmc-page-header
        titel="Inloggen"
        intro="Log in met het e-mailadres en het wachtwoord van uw account, of via uw organisatie."
      />
      @if (melding) {
        <rmc-alert soort="ok">{{ melding }}</rmc-alert>
      } @else if (uitgelogd()) {
        <rmc-alert soort="ok">U bent uitgelogd.</rmc-alert>
      }
      @if (ssoFoutTekst(); as tekst) {
        <rmc-alert soort="fout">{{ tekst }}</rmc-alert>
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
      @if (knoppen().length) {
        <section aria-labelledby="sso-kop" class="rmc-sso">
          <h2 class="utrecht-heading-2" id="sso-kop">Inloggen via uw organisatie</h2>
          <ul class="rmc-sso__knoppen">
            @for (knop of knoppen(); track knop.id) {
              <li>
                <a class="utrecht-button utrecht-button--secondary-action" [href]="'/api/v1/auth/sso/' + knop.id + '/start'"
                  >Inloggen met {{ knop.naam }}</a
                >
              </li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    .rmc-sso__knoppen {
      list-style: none;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      align-items: flex-start;
    }
  `,
})
export class InloggenPage implements OnInit {
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);
  private readonly ssoApi = inject(SsoApi);

  /** Page to return to after login (query parameter, set by the guards). */
  readonly terug = input<string>();
  /** Single sign-on: `sso=totp` (the TOTP step after the provider), `sso-fout` (why it failed), `uitgelogd`. */
  readonly sso = input<string>();
  readonly ssoFout = input<string | undefined>(undefined, { alias: 'sso-fout' });
  readonly uitgelogd = input<string>();

  protected readonly knoppen = signal<SsoKnop[]>([]);
  protected readonly ssoTotp = computed(() => this.sso() === 'totp');
  protected readonly ssoFoutTekst = computed(() => {
    const f = this.ssoFout();
    return f ? (SSO_FOUTEN[f] ?? SSO_FOUTEN['ongeldig']) : null;
  });
  protected readonly totpStatus = new FormulierStatus();
  protected readonly totpForm = inject(FormBuilder).nonNullable.group({ totp: '' });

  async ngOnInit(): Promise<void> {
    try {
      this.knoppen.set(await this.ssoApi.knoppen());
    } catch {
      // Without the list the password login still works.
    }
  }

  protected async verstuurSsoTotp(): Promise<void> {
    if (this.totpStatus.bezig()) return;
    const totp = this.totpForm.getRawValue().totp.trim();
    if (!/^\d{6}$/.test(totp))
      return this.totpStatus.toonVeldfouten({ totp: 'Vul de code van 6 cijfers uit uw authenticator-app in.' });
    const gelukt = await this.totpStatus.voerUit(() => this.ssoApi.totp(totp), {
      401: 'De code is onjuist, of uw inlogpoging is verlopen. Probeer het opnieuw.',
      429: 'Te veel inlogpogingen. Wacht een kwartier en probeer het dan opnieuw.',
    });
    if (!gelukt) return;
    await this.naInloggen();
  }

  private async naInloggen(): Promise<void> {
    const me = await this.sessie.laad(true);
    if (me?.totpInstellenVereist) await this.router.navigate(['/totp-instellen']);
    else await this.router.navigateByUrl(veiligTerugPad(this.terug()));
  }

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
    await this.naInloggen();
  }
}
