import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { TotpActiverenRequest, TotpInstellenResponse } from '@rmc/shared-api-types';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
} from '@rmc/portal-ui';
import { API } from '../core/api';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';

/** Two-step verification setup. No QR library is available, so the secret is shown as text. */
@Component({
  selector: 'rmc-totp-instellen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    FormFieldComponent,
    FieldControlDirective,
    ErrorSummaryComponent,
    AlertComponent,
  ],
  template: `
    <rmc-page-header
      titel="Tweestapsverificatie instellen"
      intro="Uw account geeft toegang tot persoonsgegevens. Daarom logt u in met uw wachtwoord én een code uit een authenticator-app."
    />
    @if (sessie.me()?.totpInstellenVereist) {
      <rmc-alert soort="info">Uw regio verplicht tweestapsverificatie. Stel die eerst in; daarna kunt u verder.</rmc-alert>
    } @else {
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/">Terug naar het overzicht</a></p>
    }
    @if (laadFout()) {
      <rmc-alert soort="fout">{{ laadFout() }}</rmc-alert>
    }
    @if (gegevens(); as g) {
      <section aria-labelledby="stap1-kop">
        <h2 class="utrecht-heading-2" id="stap1-kop">Stap 1: voeg uw account toe aan de app</h2>
        <p class="utrecht-paragraph">
          Open een authenticator-app (bijvoorbeeld de app van uw organisatie), kies <em>sleutel handmatig invoeren</em> en vul
          deze sleutel in:
        </p>
        <p class="rmc-sleutel">
          <code aria-describedby="sleutel-uitleg">{{ leesbareSleutel() }}</code>
        </p>
        <p class="utrecht-paragraph rmc-klein" id="sleutel-uitleg">
          De spaties zijn alleen voor de leesbaarheid. Soort: op tijd gebaseerd (TOTP), 6 cijfers.
        </p>
        <details class="rmc-details">
          <summary>Volledige instel-link voor de app tonen</summary>
          <p class="rmc-breek">
            <code>{{ g.otpauthUrl }}</code>
          </p>
        </details>
      </section>
      <section aria-labelledby="stap2-kop">
        <h2 class="utrecht-heading-2" id="stap2-kop">Stap 2: bevestig met een code</h2>
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="activeer()" novalidate>
          <rmc-form-field
            label="Code uit de app"
            controlId="totp-code"
            hint="De code van 6 cijfers die de app nu toont."
            [fout]="status.fout('code')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric rmc-invoer--kort"
              type="text"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength="6"
              formControlName="code"
              aria-required="true"
            />
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Tweestapsverificatie aanzetten
          </button>
        </form>
      </section>
    } @else if (!laadFout()) {
      <p class="utrecht-paragraph" role="status">Sleutel wordt aangemaakt…</p>
    }
  `,
  styles: `
    .rmc-sleutel code {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      background: var(--rmc-achtergrond-zacht);
      border: 2px solid var(--rmc-lijn);
      font-size: 1.375rem;
      letter-spacing: 0.1em;
      word-break: break-all;
    }
  `,
})
export class TotpInstellenPage implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  protected readonly sessie = inject(SessieService);

  protected readonly gegevens = signal<TotpInstellenResponse | null>(null);
  protected readonly laadFout = signal<string | null>(null);
  protected readonly leesbareSleutel = computed(() => (this.gegevens()?.secret ?? '').replace(/(.{4})(?=.)/g, '$1 '));
  protected readonly status = new FormulierStatus();
  protected readonly controlIds = { code: 'totp-code' };
  protected readonly form = inject(FormBuilder).nonNullable.group({ code: '' });

  async ngOnInit(): Promise<void> {
    try {
      this.gegevens.set(await firstValueFrom(this.http.post<TotpInstellenResponse>(`${API}/auth/totp/instellen`, {})));
    } catch (fout) {
      this.laadFout.set(leesProbleem(fout).detail ?? 'De sleutel kon niet worden aangemaakt. Probeer het later opnieuw.');
    }
  }

  protected async activeer(): Promise<void> {
    if (this.status.bezig()) return;
    const code = this.form.getRawValue().code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) return this.status.toonVeldfouten({ code: 'Vul de code van 6 cijfers uit de app in.' });
    const verzoek: TotpActiverenRequest = { code };
    const gelukt = await this.status.voerUit(() => firstValueFrom(this.http.post<void>(`${API}/auth/totp/activeren`, verzoek)), {
      400: 'De code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwste code.',
    });
    if (!gelukt) return;
    await this.sessie.laad(true);
    await this.router.navigate(['/'], { state: { melding: 'Tweestapsverificatie staat aan.' } });
  }
}
