import { ChangeDetectionStrategy, Component, Injectable, computed, inject, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { ErrorSummaryComponent, KeuzegroepComponent, PageHeaderComponent, StatusMessageComponent } from '@rmc/portal-ui';
import type { MailVoorkeur, VoorkeurenUpdate } from '@rmc/shared-api-types';
import { API } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';

export type { MailVoorkeur };

/**
 * PATCH /api/v1/auth/voorkeuren. The API has no GET for the current choice, so the portal keeps the
 * last saved value for this session only.
 */
@Injectable({ providedIn: 'root' })
export class VoorkeurenApi {
  private readonly http = inject(HttpClient);
  private readonly sessie = inject(SessieService);
  /** Per user (e-mail address), so another login in the same tab does not see the previous choice. */
  private readonly bewaard = signal<Record<string, MailVoorkeur>>({});
  readonly laatsteMailVoorkeur = computed(() => this.bewaard()[this.sessie.me()?.gebruiker.email ?? ''] ?? null);

  async zetMailVoorkeur(mailVoorkeur: MailVoorkeur): Promise<void> {
    await firstValueFrom(
      this.http.patch<VoorkeurenUpdate>(`${API}/auth/voorkeuren`, { mailVoorkeur } satisfies VoorkeurenUpdate),
    );
    const email = this.sessie.me()?.gebruiker.email;
    if (email) this.bewaard.update((b) => ({ ...b, [email]: mailVoorkeur }));
  }
}

@Component({
  selector: 'rmc-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, PageHeaderComponent, ErrorSummaryComponent, StatusMessageComponent, KeuzegroepComponent],
  template: `
    <rmc-page-header titel="Mijn account" intro="Uw gegevens en hoe u berichten van het portaal per e-mail ontvangt." />
    <rmc-status-message [bericht]="succes()" />

    @if (sessie.me(); as me) {
      <section aria-labelledby="gegevens-kop">
        <h2 class="utrecht-heading-2" id="gegevens-kop">Uw gegevens</h2>
        <dl class="rmc-gegevens">
          <dt>Naam</dt>
          <dd>{{ me.gebruiker.naam }}</dd>
          <dt>E-mailadres</dt>
          <dd>{{ me.gebruiker.email }}</dd>
          <dt>Rol</dt>
          <dd>{{ sessie.rolLabel() }}</dd>
          @if (me.organisatie) {
            <dt>Organisatie</dt>
            <dd>{{ me.organisatie.naam }}</dd>
          }
        </dl>
      </section>
    }

    <section aria-labelledby="mail-kop">
      <h2 class="utrecht-heading-2" id="mail-kop">E-mail over nieuwe berichten</h2>
      <p class="utrecht-paragraph">
        In e-mails staan nooit persoonsgegevens, alleen een link naar het portaal. Als u niets kiest, krijgt u direct een e-mail
        per bericht.
        @if (!api.laatsteMailVoorkeur()) {
          Uw huidige keuze wordt hier niet getoond; kies opnieuw en sla op om zeker te zijn.
        }
      </p>
      <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
      <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="opslaan()" novalidate>
        <rmc-keuzegroep legend="Hoe wilt u e-mail ontvangen?" controlId="voorkeur-mail" [fout]="status.fout('mailVoorkeur')">
          <div class="rmc-keuze">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id="voorkeur-mail"
              value="direct"
              formControlName="mailVoorkeur"
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for="voorkeur-mail">Direct een e-mail per bericht</label>
          </div>
          <div class="rmc-keuze">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id="voorkeur-mail-dagelijks"
              value="dagelijks"
              formControlName="mailVoorkeur"
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for="voorkeur-mail-dagelijks"
              >Eén dagelijks overzicht</label
            >
          </div>
        </rmc-keuzegroep>
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Voorkeur opslaan
        </button>
      </form>
    </section>
  `,
})
export class AccountPage {
  protected readonly sessie = inject(SessieService);
  protected readonly api = inject(VoorkeurenApi);
  protected readonly status = new FormulierStatus();
  protected readonly succes = signal<string | null>(null);
  protected readonly controlIds = { mailVoorkeur: 'voorkeur-mail' };
  protected readonly form = inject(FormBuilder).nonNullable.group({
    mailVoorkeur: (this.api.laatsteMailVoorkeur() ?? '') as '' | MailVoorkeur,
  });

  protected async opslaan(): Promise<void> {
    if (this.status.bezig()) return;
    this.succes.set(null);
    const { mailVoorkeur } = this.form.getRawValue();
    if (!mailVoorkeur) return this.status.toonVeldfouten({ mailVoorkeur: 'Kies direct of een dagelijks overzicht.' });
    const gelukt = await this.status.voerUit(() => this.api.zetMailVoorkeur(mailVoorkeur));
    if (gelukt)
      this.succes.set(
        mailVoorkeur === 'direct'
          ? 'Opgeslagen: u krijgt direct een e-mail per bericht.'
          : 'Opgeslagen: u krijgt één dagelijks overzicht per e-mail.',
      );
  }
}
