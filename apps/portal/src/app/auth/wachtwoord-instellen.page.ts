import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Location } from '@angular/common';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { WachtwoordInstellenRequest } from '@rmc/shared-api-types';
import { MIN_WACHTWOORD_LENGTE, controleerWachtwoord } from '@rmc/shared-domain';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
} from '@rmc/portal-ui';
import { API } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';

/**
 * Reached from the invitation mail: /wachtwoord-instellen#token=…  The token travels in the
 * fragment, which browsers never send to a server (no token in access logs or Referer headers).
 */
@Component({
  selector: 'rmc-wachtwoord-instellen-page',
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
    <rmc-page-header titel="Wachtwoord instellen" intro="Kies een wachtwoord voor uw account in het RMC-portaal." />
    @if (!token) {
      <rmc-alert soort="fout">
        De link is niet compleet. Open de link uit uw uitnodigingsmail opnieuw, of vraag uw coördinator om een nieuwe uitnodiging.
      </rmc-alert>
    } @else {
      <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
      <section class="rmc-regels" aria-labelledby="regels-kop">
        <h2 class="utrecht-heading-2" id="regels-kop">Eisen aan uw wachtwoord</h2>
        <ul class="utrecht-unordered-list" id="wachtwoord-regels">
          <li class="utrecht-unordered-list__item">minstens {{ minLengte }} tekens;</li>
          <li class="utrecht-unordered-list__item">minstens drie van: kleine letters, hoofdletters, cijfers en leestekens;</li>
          <li class="utrecht-unordered-list__item">tip: een zin van een paar woorden is sterk en goed te onthouden.</li>
        </ul>
      </section>
      <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
        <rmc-form-field
          label="Nieuw wachtwoord"
          controlId="nieuw-wachtwoord"
          [hint]="'Minstens ' + minLengte + ' tekens.'"
          [fout]="status.fout('wachtwoord')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
            type="password"
            formControlName="wachtwoord"
            autocomplete="new-password"
            aria-required="true"
          />
        </rmc-form-field>
        <rmc-form-field label="Herhaal het wachtwoord" controlId="herhaal-wachtwoord" [fout]="status.fout('herhaling')">
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
            type="password"
            formControlName="herhaling"
            autocomplete="new-password"
            aria-required="true"
          />
        </rmc-form-field>
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Wachtwoord opslaan
        </button>
      </form>
    }
  `,
})
export class WachtwoordInstellenPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  protected readonly minLengte = MIN_WACHTWOORD_LENGTE;
  protected readonly status = new FormulierStatus();
  protected readonly controlIds = { wachtwoord: 'nieuw-wachtwoord', herhaling: 'herhaal-wachtwoord' };
  protected readonly form = inject(FormBuilder).nonNullable.group({ wachtwoord: '', herhaling: '' });
  protected readonly token: string | null;

  constructor() {
    const fragment = inject(ActivatedRoute).snapshot.fragment ?? '';
    this.token = new URLSearchParams(fragment).get('token');
    // Keep the token in memory only: strip it from the address bar and the browser history.
    if (this.token) inject(Location).replaceState('/wachtwoord-instellen');
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig() || !this.token) return;
    const { wachtwoord, herhaling } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    const reden = controleerWachtwoord(wachtwoord);
    if (reden) fouten['wachtwoord'] = reden;
    if (wachtwoord !== herhaling) fouten['herhaling'] = 'De twee wachtwoorden zijn niet gelijk.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    const verzoek: WachtwoordInstellenRequest = { token: this.token, wachtwoord };
    // A 400 names its field: `token` (link used or expired) or `wachtwoord` (the server's policy: own
    // name or address, a common password); the summary shows that reason, not a fixed text.
    const gelukt = await this.status.voerUit(
      () => firstValueFrom(this.http.post<void>(`${API}/auth/wachtwoord-instellen`, verzoek)),
      {
        410: 'De link is verlopen of al gebruikt. Vraag uw coördinator om een nieuwe uitnodiging.',
      },
    );
    if (gelukt) {
      await this.router.navigate(['/inloggen'], { state: { melding: 'Uw wachtwoord is ingesteld. U kunt nu inloggen.' } });
    }
  }
}
